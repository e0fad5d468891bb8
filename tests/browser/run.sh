#!/usr/bin/env bash
# HTML reports in a real browser: Debian's Chromium, headless, loads each report, dumps the DOM it
# built, and this script asserts on that DOM (with xmllint's XPath):
#   - no <script>, no event-handler attribute, no <img>, no javascript: URL came from a dossier;
#   - the radar has one vertex per marker for each series drawn;
#   - the page's <h1> is the dossier's title, exactly (so hostile text shows as text);
#   - --redact leaves none of the personal data in the page;
#   - printed, the report is on A4 pages, its sections on pages of their own;
#   - a screenshot is a PNG that is not blank (many colours).
# Also checks the Markdown of the hostile dossier through cmark-gfm (GitHub's CommonMark).
# Usage: run.sh SIEG_BINARY REPO_ROOT [OUT_DIR]   (exit 77 = skipped: no chromium)
# OUT_DIR keeps the pages, DOM dumps and report-screenshot.png (default: a temporary folder).
set -u
sieg=$(realpath "$1")
root=$(realpath "$2")
out=${3:-}
chromium_bin=$(command -v chromium || true)
if [ -z "$chromium_bin" ]; then
  echo "SKIP: chromium is not installed (apt-get install chromium); .ci/run installs it"
  exit 77
fi
for tool in xmllint jq python3 cmark-gfm; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/install-deps.sh installs it)"; exit 1; }
done
cd "$root" || exit 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -n "$out" ] || out="$work/out"
mkdir -p "$out"
export LANG=C.UTF-8
passed=0
failed=0

ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
expect_eq() {  # label, expected, got
  if [ "$2" = "$3" ]; then ok; else fail "$1: expected '$2', got '$3'"; fi
}

browser() {  # chromium with a fresh profile and no network chatter
  "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile-$RANDOM$RANDOM" "$@" 2>"$work/chromium.log"
}

xpath() {  # file, expression
  xmllint --html --xpath "$2" "$1" 2>/dev/null
}

dump() {  # html file -> its DOM as Chromium built it
  local dom="${1%.html}.dom.html"
  browser --dump-dom "file://$1" >"$dom"
  [ -s "$dom" ] || fail "$1: chromium dumped no DOM ($(tail -n 2 "$work/chromium.log"))"
  echo "$dom"
}

# Every assertion a page must pass, whatever its dossier says.
inert() {  # dom, label
  expect_eq "$2: script elements" 0 "$(xpath "$1" 'count(//script)')"
  expect_eq "$2: event-handler attributes" 0 "$(xpath "$1" "count(//@*[starts-with(translate(name(),'ON','on'),'on')])")"
  expect_eq "$2: img elements" 0 "$(xpath "$1" 'count(//img)')"
  expect_eq "$2: javascript: URLs" 0 "$(xpath "$1" "count(//@*[contains(translate(.,'JAVSCRIPT','javscript'),'javascript:')])")"
}

check_report() {  # dossier, html, json (sieg's JSON report of the same dossier)
  local dom title markers source
  dom=$(dump "$2")
  inert "$dom" "$1"
  title=$(jq -r '.dossier.title' "$3")
  expect_eq "$1: h1 is the dossier's title" "$title" "$(xpath "$dom" 'string(//h1)')"
  local page_title
  page_title=$(xpath "$dom" 'string(//title)')
  if [[ "$page_title" == "$title — "* ]]; then ok; else fail "$1: <title> is '$page_title'"; fi
  markers=$(jq '.score.markers | length' "$3")
  source=$(jq -r '.score.source' "$3")
  if [ "$source" = jury ]; then
    expect_eq "$1: radar vertices (jury)" "$markers" "$(xpath "$dom" "count(//*[@class='vertex jury'])")"
  fi
  if jq -e '[.score.markers[].self] | any(. != null)' "$3" >/dev/null; then
    expect_eq "$1: radar vertices (self)" "$markers" "$(xpath "$dom" "count(//*[@class='vertex self'])")"
  fi
}

# 1. Every example dossier, in French; one in English.
for f in examples/*.yaml examples/ineligible/*.yaml; do
  id=$(basename "$f" .yaml)
  "$sieg" report "$f" -o "$out/$id.html" || { fail "$f: sieg report exited $?"; continue; }
  "$sieg" report "$f" --format json -o "$out/$id.json" || { fail "$f: sieg report --format json exited $?"; continue; }
  check_report "$f" "$out/$id.html" "$out/$id.json"
done
"$sieg" --lang en report examples/aquitaine-micro-creche.yaml -o "$out/en.html"
dom=$(dump "$out/en.html")
expect_eq "--lang en: html lang" en "$(xpath "$dom" 'string(/html/@lang)')"
expect_eq "--lang en: scores heading" 1 "$(xpath "$dom" "count(//h2[.='Scores'])")"

# 2. Hostile text in every field of the dossier and of its reviews: shown, inert.
payload='<script>alert(1)</script>"><img src=x onerror=alert(2)> [clic](javascript:alert(3))'
"$sieg" report tests/report/hostile.yaml --reviews tests/report/evaluations -o "$out/hostile.html"
"$sieg" report tests/report/hostile.yaml --reviews tests/report/evaluations --format json -o "$out/hostile.json"
check_report hostile "$out/hostile.html" "$out/hostile.json"
dom="$out/hostile.dom.html"
expect_eq "hostile: payload shown as text (summary)" "$payload" "$(xpath "$dom" 'string((//dd)[1])')"
shown=$(xpath "$dom" 'string(//table[@class="jurors"]//tr[2]/td[2])')
expect_eq "hostile: reviewer's name shown as text" "$payload a" "$shown"
"$sieg" report tests/report/hostile.yaml --reviews tests/report/evaluations --format md -o "$out/hostile.md"
cmark-gfm --unsafe -e table -e autolink -e strikethrough "$out/hostile.md" >"$work/hostile-md.html"
for bad in '<script' '<img' 'href="javascript' '<[a-z][^>]* on[a-z]+='; do
  if grep -qiE -- "$bad" "$work/hostile-md.html"; then fail "hostile Markdown rendered by cmark-gfm contains $bad"; else ok; fi
done
if grep -qF 'alert(1)&lt;/script&gt;' "$work/hostile-md.html"; then ok; else fail "hostile Markdown: the text is not shown"; fi

# 3. Redaction: no contact name, e-mail, phone, street or reviewer name left.
"$sieg" report examples/aquitaine-micro-creche.yaml --redact -o "$out/redacted.html"
dom=$(dump "$out/redacted.html")
inert "$dom" redacted
for secret in 'Claire Martin' 'direction@petits-horizons.example.org' '05 56 00 00 01' '12 rue des Lilas' \
  'Paul Martin' 'Hélène Garnier' 'Marc Lefèvre' 'Sophie Bernard' 'paul-martin'; do
  if grep -qF -- "$secret" "$dom"; then fail "redacted: '$secret' is in the page"; else ok; fi
done
expect_eq "redacted: marks shown" true "$(xpath "$dom" "count(//dd[@class='redacted'][.='[masqué]']) > 3")"
"$sieg" report examples/aquitaine-micro-creche.yaml --redact --format md -o "$out/redacted.md"
"$sieg" report examples/aquitaine-micro-creche.yaml --redact --format json -o "$out/redacted.json"
for secret in 'Claire Martin' 'direction@petits-horizons' 'Paul Martin' 'paul-martin'; do
  if grep -qF -- "$secret" "$out/redacted.md" "$out/redacted.json"; then fail "redacted md/json: '$secret' left"; else ok; fi
done

# 4. The site: the index links every dossier page, relative links only, pages share style.css.
rm -rf "$out/site"
"$sieg" report examples -o "$out/site" >/dev/null
dom=$(dump "$out/site/index.html")
inert "$dom" "site index"
links=$(xpath "$dom" "count(//table[contains(@class,'ranking')]//a)")
expect_eq "site: ranked dossiers linked" 6 "$links"
expect_eq "site: ineligible dossiers linked" 2 "$(xpath "$dom" "count(//table[@class='ineligible']//a)")"
expect_eq "site: absolute links" 0 "$(xpath "$dom" "count(//@href[contains(., '://') or starts-with(., '/')])")"
page="$out/site/aquitaine-micro-creche.html"
dom=$(dump "$page")
expect_eq "site page: link back to the index" 1 "$(xpath "$dom" "count(//nav/a[@href='index.html'])")"
expect_eq "site page: shared stylesheet" 1 "$(xpath "$dom" "count(//link[@rel='stylesheet'][@href='style.css'])")"

# 5. Printing: A4 pages (595 x 842 points), a page break before each of the five sections at least.
browser --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "file://$out/aquitaine-micro-creche.html" >/dev/null
pages=$(grep -aoE '/MediaBox ?\[[^]]*\]' "$out/report.pdf" | wc -l)
a4=$(grep -aoE '/MediaBox ?\[0 0 594\.9[0-9]* 841\.9[0-9]*\]' "$out/report.pdf" | wc -l)
if [ "$pages" -ge 5 ] && [ "$pages" = "$a4" ]; then ok; else fail "print: $pages page(s), $a4 of them A4"; fi

# 6. A screenshot: a PNG, not blank. Kept as report-screenshot.png (README's picture).
browser --window-size=1000,1500 --hide-scrollbars --screenshot="$out/report-screenshot.png" "file://$out/aquitaine-micro-creche.html" >/dev/null
colours=$(python3 - "$out/report-screenshot.png" <<'EOF'
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
if data[:8] != b'\x89PNG\r\n\x1a\n':
    print(0); sys.exit()
pos, idat, width, height, ctype = 8, b'', 0, 0, 0
while pos < len(data):
    n, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b'IHDR':
        width, height, _, ctype = struct.unpack('>IIBB', body[:10])
    elif kind == b'IDAT':
        idat += body
    pos += 12 + n
raw = zlib.decompress(idat)
bpp = {2: 3, 6: 4}.get(ctype, 4)
stride = width * bpp + 1
seen = set()
for y in range(0, height, 7):  # rows are filtered; the sub-sampled raw bytes still tell blank from not
    row = raw[y * stride + 1:(y + 1) * stride]
    for x in range(0, len(row) - bpp, bpp * 5):
        seen.add(row[x:x + bpp])
print(len(seen))
EOF
)
if [ "${colours:-0}" -gt 20 ]; then ok; else fail "screenshot looks blank ($colours distinct pixel values)"; fi

echo "browser: $passed passed, $failed failed (pages in $out)"
[ "$failed" -eq 0 ]
