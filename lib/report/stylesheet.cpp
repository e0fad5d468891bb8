#include "report/render.hpp"

namespace sieg::report {

const std::string& stylesheet() {
  static const std::string css = R"css(:root { --ink: #1d2530; --muted: #5b6675; --line: #d5dbe3; --accent: #1f5fa8; --self: #d9822b;
  --ok: #1e7b3c; --bad: #b3261e; --warn: #9a6700; --bg-alt: #f4f6f9; }
* { box-sizing: border-box; }
body { font: 15px/1.5 "DejaVu Sans", "Segoe UI", system-ui, sans-serif; color: var(--ink); margin: 0 auto;
  max-width: 60rem; padding: 1.5rem; }
header { border-bottom: 3px solid var(--accent); margin-bottom: 1rem; }
header .call { color: var(--muted); margin: 0; }
h1 { font-size: 1.6rem; margin: .2rem 0 .4rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin-top: 1.4rem; }
.meta span { margin-right: .8rem; }
.badge { display: inline-block; padding: .05rem .5rem; border-radius: .8rem; font-weight: bold; font-size: .85rem; }
.badge.ok, .status.passed { color: var(--ok); }
.badge.ok { background: #e3f2e7; }
.badge.bad { background: #fbe4e2; color: var(--bad); }
.status.failed, .not-met { color: var(--bad); font-weight: bold; }
.status.warning { color: var(--warn); font-weight: bold; }
.status.not_applicable, .status.off { color: var(--muted); }
.redacted-note { background: #fff6d6; border-left: 4px solid var(--warn); padding: .4rem .8rem; }
.redacted { color: var(--muted); font-style: italic; }
dl { display: grid; grid-template-columns: 15rem 1fr; gap: .25rem 1rem; margin: 0; }
dt { font-weight: bold; color: var(--muted); }
dd { margin: 0; white-space: pre-line; }
dd ul { margin: 0; padding-left: 1.1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: var(--bg-alt); }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; background: var(--bg-alt); }
tr.comments td { font-size: .85rem; color: var(--muted); border-top: none; }
tr.comments ul { margin: 0; padding-left: 1rem; }
tr.disagreement td.level { color: var(--warn); font-weight: bold; }
td.level .flag { display: block; white-space: normal; font-size: .78rem; min-width: 6rem; }
td.descriptor { min-width: 13rem; }
table.scores tr.total td.num { white-space: normal; }
body.minutes { max-width: 78rem; }
body.minutes table { font-size: .85rem; }
body.minutes td:nth-child(2) { min-width: 14rem; }
tr.excluded td { color: var(--muted); }
.source { color: var(--muted); font-size: .82rem; }
svg { max-width: 100%; height: auto; display: block; margin: .5rem 0; }
svg text { font: 12px "DejaVu Sans", sans-serif; fill: var(--ink); }
svg .ring { fill: none; stroke: var(--line); }
svg .axis { stroke: var(--line); }
svg .ring-label, svg .tick { fill: var(--muted); font-size: 10px; }
svg .series { fill-opacity: .18; stroke-width: 2; }
svg .series.self, svg .swatch.self { fill: var(--self); stroke: var(--self); }
svg .series.jury, svg .swatch.jury { fill: var(--accent); stroke: var(--accent); }
svg .vertex.self { fill: var(--self); }
svg .vertex.jury { fill: var(--accent); }
svg .bar-bg { fill: var(--bg-alt); }
svg .bar { fill: var(--accent); }
svg .grid-line { stroke: var(--line); }
svg .trend { fill: none; stroke: var(--self); stroke-width: 2; }
svg .point { fill: var(--self); }
nav { margin-bottom: 1rem; }
a { color: var(--accent); }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .5rem; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10.5pt; max-width: none; padding: 0; }
  nav { display: none; }
  section.page + section.page { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, svg { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
)css";
  return css;
}

} // namespace sieg::report
