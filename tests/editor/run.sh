#!/usr/bin/env bash
# The editor's view through a real LSP session (yaml-language-server from npm, tests/editor/lsp.js) on a
# repository made by sieg init, set up as its .vscode/settings.json says: what the editor shows must be what
# sieg says. A fresh `sieg new --review` or `--decision` file shows no error (sieg: one warning); a decision
# file gets the decision schema; an impossible date in a review or decision is an error with a readable
# message (sieg: SIEG-S009); a filled review missing a level is an error (sieg too); `appel` and `avis`
# offer their choices with titles, and a key's completion shows its title.
# Usage: run.sh SIEG_BINARY REPO_ROOT [CACHE_DIR]   (exit 77 = skipped: node or npm missing, registry unreachable)
set -u
sieg=$(realpath "$1")
root=$(realpath "$2")
cache=$(realpath -m "${3:-$root/build/editor}")
node=$(command -v node || command -v nodejs) || { echo "SKIP: node is not installed"; exit 77; }
server="$cache/node_modules/yaml-language-server/bin/yaml-language-server"
. "$root/tests/npm-tool.sh"
npm_tool "$cache" node_modules/yaml-language-server/bin/yaml-language-server yaml-language-server@1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" SIEG_CACHE_DIR="$work/cache" LANG=C.UTF-8
cd "$work" && "$sieg" init --call aquitaine-2015 repo > /dev/null && cd repo || exit 2
d=exemple-aquitaine-micro-creche
"$sieg" new --review "dossiers/$d.yaml" --reviewer "Anne Roussel" --today 2015-06-01 > /dev/null
"$sieg" new --decision "dossiers/$d.yaml" --today 2015-07-10 > /dev/null
mv "evaluations/$d/decision.yaml" "evaluations/$d/fresh-decision.yaml.keep"
# A filled review, an impossible date (no modeline: the settings' globs give its schema).
sed '1d; s/^dossier: .*/dossier: '"$d"'/; s/^date: .*/date: 2015-02-30/' "$root/examples/evaluations/aquitaine-micro-creche/helene-garnier.yaml" > "evaluations/$d/date.yaml"
# A filled review, one level left empty.
sed '1d; s/^dossier: .*/dossier: '"$d"'/; s/^  place_beneficiaires: {niveau: 2}$/  place_beneficiaires: {niveau: null}/' "$root/examples/evaluations/aquitaine-micro-creche/marc-lefevre.yaml" > "evaluations/$d/empty-level.yaml"
# A decision taken, without modeline.
printf 'format: 1\ndossier: %s\ndecision: retenu\nmontant_accorde: 25000\ndate: 2015-07-10\nmotifs: "Besoin établi."\n' "$d" > "evaluations/$d/decision.yaml"
printf 'format: 1\nappel: \n' > dossiers/nouveau.yaml
review=$(ls "evaluations/$d" | grep anne)
cp "evaluations/$d/fresh-decision.yaml.keep" "$work/fresh-decision.yaml" && mkdir -p evaluations/autre && cp "$work/fresh-decision.yaml" evaluations/autre/decision.yaml
cat > "$work/requests.json" <<JSON
[{"file": "evaluations/$d/$review"}, {"file": "evaluations/autre/decision.yaml"}, {"file": "evaluations/$d/decision.yaml"},
 {"file": "evaluations/$d/date.yaml"}, {"file": "evaluations/$d/empty-level.yaml"},
 {"file": "dossiers/nouveau.yaml", "completeAt": {"line": 1, "character": 7}},
 {"file": "dossiers/nouveau.yaml", "completeAt": {"line": 2, "character": 0}},
 {"file": "evaluations/$d/$review", "completeAt": {"line": $(grep -n '^avis:' "evaluations/$d/$review" | cut -d: -f1 | awk '{print $1 - 1}'), "character": 6}}]
JSON
# The requests run in order; a file asked twice answers with its last completion.
timeout 120 "$node" "$root/tests/editor/lsp.js" "$server" "$work/repo" "$work/requests.json" > "$work/lsp.json" || { echo "FAIL: the LSP session did not end"; exit 1; }
python3 - "$work/lsp.json" "$d" "$review" "$sieg" <<'PY'
import json, subprocess, sys
out, d, review, sieg = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3], sys.argv[4]
passed = failed = 0
def check(label, ok, detail=""):
    global passed, failed
    if ok: passed += 1
    else:
        failed += 1
        print(f"FAIL: {label}\n  {json.dumps(detail, ensure_ascii=False)[:800]}")
def errors(f): return [x for x in out[f]["diagnostics"] if x["severity"] == 1]
def sieg_codes(f):
    r = subprocess.run([sieg, "validate", "--format", "json", f], capture_output=True, text=True)
    return [(x["code"], x["severity"]) for y in json.loads(r.stdout)["files"] for x in y["diagnostics"]]
f = f"evaluations/{d}/{review}"
check("a fresh sieg new --review file: no error in the editor", errors(f) == [], out[f])
check("... and one warning from sieg (SIEG-R017)", sieg_codes(f) == [("SIEG-R017", "warning")], sieg_codes(f))
f = "evaluations/autre/decision.yaml"
check("a fresh sieg new --decision file: no error in the editor", errors(f) == [], out[f])
f = f"evaluations/{d}/decision.yaml"
check("decision.yaml without modeline gets the decision schema: no false error", out[f]["diagnostics"] == [], out[f])
f = f"evaluations/{d}/date.yaml"
msgs = [x["message"] for x in errors(f)]
check("2015-02-30 in a review: one error, in words", len(msgs) == 1 and msgs[0].startswith("une date qui existe, au format AAAA-MM-JJ"), msgs)
check("... as sieg says (SIEG-S009)", ("SIEG-S009", "error") in sieg_codes(f), sieg_codes(f))
f = f"evaluations/{d}/empty-level.yaml"
check("a filled review with a level left empty: an error in the editor", len(errors(f)) >= 1, out[f])
check("... and for sieg", any(c == "error" for _, c in sieg_codes(f)), sieg_codes(f))
comp = out["dossiers/nouveau.yaml"]["completion"]
keys = {c["label"]: c["documentation"] for c in comp}
check("a key's completion shows its title", keys.get("action", "").startswith("**Action d'innovation sociale**"), list(keys.items())[:3])
comp = out[f"evaluations/{d}/{review}"]["completion"]
vals = {c["label"]: c["documentation"] for c in comp}
check("avis offers its choices with their titles", vals.get("reserve") == "Avec réserves" and vals.get("defavorable") == "Défavorable", vals)
print(f"editor: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
