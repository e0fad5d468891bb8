#!/usr/bin/env bash
# Redaction without leaks: a distinctive value is planted in every field the schemas mark personal
# (x-personal: the dossier's contacts and street, a partner's contact, the reviewers' names and
# organisations, a declared conflict's details), in sieg.toml's jury, in a review still to do, an invalid
# review and a broken one (whose YAML error quotes the name), in the name of a review file, in a decision's
# motifs and conditions, and in comments that name people as people write them (a surname alone, in
# capitals, without accents, in the other order); `sieg report --redact` in every format, the redacted
# site and the redacted minutes (md, html, json), with their standard error, must not contain any of them,
# compared case- and accent-insensitively (text, attributes, SVG, file names).
# Usage: run.sh SIEG_BINARY REPO_ROOT
set -u
sieg=$(realpath "$1")
root=$(realpath "$2")
work=$(mktemp -d)
trap "[ -n \"${KEEP:-}\" ] || rm -rf \"$work\"" EXIT
cd "$work" || exit 2
mkdir -p repo/dossiers repo/evaluations/creche
printf 'dossiers = ["dossiers/*.yaml"]\nreviews = "evaluations"\n\n[[jury]]\nname = "Ézéchiel Zzjurynom"\norganisation = "Zzjuryorg Fédération"\nemail = "zzjury@example.org"\n' > repo/sieg.toml

python3 - "$root" <<'EOF' || exit 2
import json, os, sys, yaml
root = sys.argv[1]

def personal_paths(schema):
    """Paths (lists of keys, '[]' for items) of every property marked x-personal."""
    defs = schema.get("definitions", {})
    out = []
    def walk(node, path):
        if "$ref" in node and node["$ref"].startswith("#/definitions/"):
            node = {**defs[node["$ref"].split("/")[-1]], **{k: v for k, v in node.items() if k != "$ref"}}
        if node.get("x-personal"):
            out.append(path)
        for k, v in node.get("properties", {}).items():
            walk(v, path + [k])
        if isinstance(node.get("items"), dict):
            walk(node["items"], path + ["[]"])
    walk(schema, [])
    return out

def plant(doc, path, make, n=[0]):
    *parents, last = path
    targets = [doc]
    for k in parents:
        nxt = []
        for t in targets:
            if k == "[]":
                nxt.extend(x for x in (t if isinstance(t, list) else []) if isinstance(x, dict))
            elif isinstance(t, dict):
                nxt.append(t.setdefault(k, {}))
        targets = nxt
    for t in targets:
        if isinstance(t, dict):
            n[0] += 1
            t[last] = make(last, n[0])

def value(key, i):
    if key == "nom":
        return f"Zoé Zzplantednom{i}"
    if key == "courriel":
        return f"zzplanted{i}@example.org"
    if key == "telephone":
        return f"09 99 99 99 {i:02d}"
    return f"Zzplanted{i} Valeur"

dossier_schema = json.load(open(f"{root}/schemas/dossier.schema.json"))
review_schema = json.load(open(f"{root}/schemas/review.schema.json"))
d = yaml.safe_load(open(f"{root}/examples/aquitaine-micro-creche.yaml"))
d["partenaires"][0]["contact"] = {"nom": "x", "fonction": "x", "courriel": "x@example.org", "telephone": "x"}
planted = []
for p in personal_paths(dossier_schema):
    plant(d, p, value)
yaml.safe_dump(d, open("repo/dossiers/creche.yaml", "w"), allow_unicode=True, sort_keys=False)
bad = yaml.safe_load(open(f"{root}/examples/aquitaine-micro-creche.yaml"))
bad["porteur"]["contact"]["courriel"] = "zzplanted-invalid-at-example"  # the site lists it, never quotes it
yaml.safe_dump(bad, open("repo/dossiers/invalide.yaml", "w"), allow_unicode=True, sort_keys=False)

reviews = ["helene-garnier", "marc-lefevre", "paul-martin", "sophie-bernard"]
for i, name in enumerate(reviews):
    r = yaml.safe_load(open(f"{root}/examples/evaluations/aquitaine-micro-creche/{name}.yaml"))
    r["dossier"] = "creche"
    for p in personal_paths(review_schema):
        plant(r, p, lambda key, n: f"Élodie Zzreviewer{i}{key}" if key == "nom" else f"Zzreviewer{i}{key} Valeur")
    if i == 0:  # comments that name a colleague, the contact and a jury member as people write them
        first, second, third = list(r["niveaux"])[:3]
        r["niveaux"][first]["commentaire"] = "Vu avec ZZREVIEWER1NOM Elodie et zzplantednom2, Zzplanted3 Valeur."
        r["niveaux"][second]["commentaire"] = "Selon M. Zzjurynom (ezechiel  zzjurynom), et Mme ZZPLANTEDNOM6."
        r["niveaux"][third]["commentaire"] = "Écrire à zzjury@example.org ou à Élodie Zzreviewer2nom."
        r["avis_commentaire"] = "Avis partagé avec Élodie Zzreviewer2nom et M. Zzjurynom."  # in reports and the minutes
    if i == 3:
        r["conflit_interet"] = True
        r["conflit_details"] = "Zzreviewer3conflit_details Valeur"
    out = "zzplantedfile" if i == 1 else name
    yaml.safe_dump(r, open(f"repo/evaluations/creche/{out}.yaml", "w"), allow_unicode=True, sort_keys=False)
# Another dossier, with an invalid review (a level out of range) and a broken one whose syntax error
# quotes its reviewer (either keeps the dossier unscored: the first one's comments are shown).
yaml.safe_dump(d, open("repo/dossiers/creche2.yaml", "w"), allow_unicode=True, sort_keys=False)
os.makedirs("repo/evaluations/creche2")
r = yaml.safe_load(open(f"{root}/examples/evaluations/aquitaine-micro-creche/helene-garnier.yaml"))
r["dossier"] = "creche2"
r["evaluateur"] = {"nom": "Zoé Zzinvalidnom", "organisation": "Zzinvalidorg Valeur"}
r["niveaux"][next(iter(r["niveaux"]))]["niveau"] = 4
yaml.safe_dump(r, open("repo/evaluations/creche2/zoe-zzinvalidnom.yaml", "w"), allow_unicode=True, sort_keys=False)
open("repo/evaluations/creche2/zoe-zzbrokennom.yaml", "w").write(
    "format: 1\ndossier: creche2\nevaluateur:\n  nom: Zoé Zzbrokennom: évaluatrice\n")
EOF
# A review still to do (as after sieg assign), and the decision, its motifs naming people.
"$sieg" new --review repo/dossiers/creche.yaml --reviewer "Zoé Zzpendingnom" > /dev/null || exit 2
"$sieg" new --decision repo/dossiers/creche.yaml > /dev/null || exit 2
sed -i -e 's/^decision:.*/decision: retenu/' -e 's/^# montant_accorde:.*/montant_accorde: 20000/' \
  -e 's/^motifs:.*/motifs: "Sur avis de Élodie Zzreviewer0nom et de M. ZZJURYNOM ; contact Zoé Zzplantednom2."/' \
  -e 's/^# conditions:.*/conditions: "Rendre compte à zzplanted4@example.org et à Mme zzplantednom6."/' \
  repo/evaluations/creche/decision.yaml

passed=0
failed=0
# Case- and accent-insensitive: every file's text and name, folded (NFKD, marks dropped, lower case).
check() {  # $1 = label, $2 = file or folder
  local leaks
  leaks=$(python3 - "$2" <<'EOF'
import os, re, sys, unicodedata
def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()
pattern = re.compile(r".{0,40}(zzplanted|zzreviewer|zzjury|zzpending|zzinvalid|zzbroken|09 99 99 99)\S*.{0,20}")
top = sys.argv[1]
paths = [top] if os.path.isfile(top) else [os.path.join(d, f) for d, _, fs in os.walk(top) for f in fs]
for p in paths:
    text = os.path.relpath(p, os.path.dirname(top)) + "\n" + open(p, encoding="utf-8", errors="replace").read()
    for m in pattern.finditer(fold(text)):
        print(f"{p}: {m.group(0)}")
EOF
)
  if [ -n "$leaks" ]; then
    failed=$((failed + 1))
    echo "FAIL: $1 leaks:"
    echo "$leaks" | head -n 8 | sed 's/^/  /'
  else
    passed=$((passed + 1))
  fi
}
# The planting worked: without --redact the values are there.
"$sieg" report repo/dossiers/creche.yaml --format json -o plain.json 2>/dev/null
if grep -q zzplanted plain.json && grep -q Zzreviewer plain.json; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL: the planted values do not reach the report"; fi
"$sieg" validate repo/dossiers/creche.yaml >/dev/null || { failed=$((failed + 1)); echo "FAIL: the planted dossier is not valid"; }
for d in creche creche2; do
  for f in md html json; do
    "$sieg" report "repo/dossiers/$d.yaml" --redact --format "$f" -o "redacted-$d.$f" 2>stderr.txt
    check "report $d --redact --format $f" "redacted-$d.$f"
    check "report $d --redact --format $f (standard error)" stderr.txt
  done
done
# The comments that name people are in the report (the dossier is scored): without --redact they show.
"$sieg" report repo/dossiers/creche.yaml --format md -o plain-creche.md 2>/dev/null
if grep -q "Selon M. Zzjurynom" plain-creche.md; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL: the planted comments do not reach the report"; fi
"$sieg" report repo --redact -o site >/dev/null 2>stderr.txt
check "site --redact" site
check "site --redact (standard error)" stderr.txt
for f in md html json; do
  "$sieg" report --minutes repo --redact -o "minutes.$f" 2>stderr.txt
  check "report --minutes --redact -o minutes.$f" "minutes.$f"
  check "report --minutes --redact ($f, standard error)" stderr.txt
done
# Without --redact, the minutes do quote the decision's motifs (the planting reached them).
"$sieg" report --minutes repo -o plain-minutes.md 2>/dev/null
if grep -q Zzreviewer0nom plain-minutes.md; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL: the planted motifs do not reach the minutes"; fi
echo "redaction: $passed passed, $failed failed"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
