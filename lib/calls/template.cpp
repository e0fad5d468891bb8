#include "calls/template.hpp"

#include <fmt/format.h>

#include "calls/call.hpp"
#include "calls/kinds.hpp"

namespace sieg::calls {

std::string new_call_text(const std::string& id, const std::string& source_text, const std::string& from) {
  std::string kinds;
  for (const auto& k : calls::kinds()) kinds += fmt::format("#   {:<20} {}\n", k.name, i18n::pick(k.description, i18n::Lang::En));
  std::string types;
  for (const auto& t : question_types()) types += (types.empty() ? "" : ", ") + t;
  std::string out = fmt::format(R"(# Call « {0} », copied from « {1} » by `sieg calls new`: edit it to say what your call's text says,
# then `sieg calls check THIS_FILE`, and list it in sieg.toml: calls = ["calls/{0}.toml"].
# Guide: docs/new-call.md; reference: man 5 sieg-call.
#
# Keys of a call file (every text a user reads is given in French and English: {{ fr = "…", en = "…" }}):
#   id            the call's id: what dossiers write in `appel:` (lower-case letters, digits, '-')
#   title         the call's name, as reports and the form show it
#   region        the region's name; departements: its départements (codes, as text: "09", "2A")
#   opens         first day dossiers may be filed (a TOML date: 2026-01-15, unquoted), optional
#   deadline      last day (the rule kind date_not_after checks it against the filing date)
#   grid          the jury's grid: a built-in grid (sieg grids) or a grid file beside this one
#                 ("occitanie.grid.toml", format: man 5 sieg-grid)
#   source        the call's text, by title: every rule cites its passage from it
#   [[payment]]   the payment schedule: percent (the shares add up to 100) and when
#   [[criteria]]  what the jury weighs beside the grid: id, group, label, source
#   [[questions]] questions of your own, added to the dossier: path (where the answer goes, under a part
#                 of the dossier: "action.lieu"), type ({2}),
#                 title, help, required = true|false, personal = true (left out of redacted outputs),
#                 choices = [{{ value = "…", title = {{…}} }}] for choice, items = [{{ path, type, title }}] for list
#   [[rules]]     what a dossier must (error), should (severity = "warning") or may show (severity = "info"):
#                 code (SIEG-E and three digits), kind, its parameters, statement, meaning, fix, source,
#                 when = {{ path = "…", equals = … }} to apply it only in some cases. The kinds:
{3}#
)",
                                id, from, types, kinds);
  std::size_t at = 0;
  bool replaced = false;
  while (at < source_text.size()) {
    std::size_t nl = source_text.find('\n', at);
    std::string line = source_text.substr(at, nl == std::string::npos ? std::string::npos : nl - at);
    if (!replaced && line.rfind("id = ", 0) == 0) {
      out += fmt::format("id = \"{}\"\n", id);
      replaced = true;
    } else {
      out += line + "\n";
    }
    if (nl == std::string::npos) break;
    at = nl + 1;
  }
  return out;
}

} // namespace sieg::calls
