#!/usr/bin/env bash
# Redaction without leaks: a distinctive value is planted in every field the schemas mark personal
# (x-personal: the dossier's contacts and street, a partner's contact, the reviewers' names and
# organisations, a declared conflict's details), in a reviewer's comment that names a colleague, and in
# the name of a review file; `sieg report --redact` in every format, and the redacted site, must not
# contain any of them (text, attributes, SVG, file names).
# Usage: run.sh SIEG_BINARY REPO_ROOT
set -u
sieg=$(realpath "$1")
root=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2
mkdir -p repo/dossiers repo/evaluations/creche
printf 'dossiers = ["dossiers/*.yaml"]\nreviews = "evaluations"\n' > repo/sieg.toml

python3 - "$root" <<'EOF' || exit 2
import json, sys, yaml
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
        plant(r, p, lambda key, n: f"Zzreviewer{i}{key} Valeur")
    if i == 0:  # a comment that names a colleague and the contact
        first = next(iter(r["niveaux"]))
        r["niveaux"][first]["commentaire"] = "Vu avec Zzreviewer1nom Valeur et Zzplanted2 Valeur."
    if i == 3:
        r["conflit_interet"] = True
        r["conflit_details"] = "Zzreviewer3conflit_details Valeur"
    out = "zzplantedfile" if i == 1 else name
    yaml.safe_dump(r, open(f"repo/evaluations/creche/{out}.yaml", "w"), allow_unicode=True, sort_keys=False)
EOF

passed=0
failed=0
check() {  # $1 = label, $2 = file or folder
  if grep -rqiE 'zzplanted|zzreviewer|09 99 99 99' "$2" || find "$2" -iname '*zz*' | grep -q .; then
    failed=$((failed + 1))
    echo "FAIL: $1 leaks:"
    grep -rioE '.{0,40}(zzplanted|zzreviewer|09 99 99 99)[^ ]*.{0,20}' "$2" | head -n 5 | sed 's/^/  /'
  else
    passed=$((passed + 1))
  fi
}
# The planting worked: without --redact the values are there.
"$sieg" report repo/dossiers/creche.yaml --format json -o plain.json 2>/dev/null
if grep -q zzplanted plain.json && grep -q Zzreviewer plain.json; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL: the planted values do not reach the report"; fi
"$sieg" validate repo/dossiers/creche.yaml >/dev/null || { failed=$((failed + 1)); echo "FAIL: the planted dossier is not valid"; }
for f in md html json; do
  "$sieg" report repo/dossiers/creche.yaml --redact --format "$f" -o "redacted.$f" 2>stderr.txt
  check "report --redact --format $f" "redacted.$f"
  check "report --redact --format $f (standard error)" stderr.txt
done
"$sieg" report repo --redact -o site >/dev/null 2>stderr.txt
check "site --redact" site
check "site --redact (standard error)" stderr.txt
echo "redaction: $passed passed, $failed failed"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
