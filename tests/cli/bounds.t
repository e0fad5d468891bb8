# --max-errors: a file's findings are bounded in the output (default 50), never in the counts or the exit code.
$ python3 -c 'print("format: 1"); print("appel: aquitaine-2015"); [print(f"cle_{i}: x") for i in range(3000)]' > "$TMPDIR/keys.yaml" && sieg validate "$TMPDIR/keys.yaml" | sed "s#$TMPDIR/##" | tail -3; echo "exit ${PIPESTATUS[0]}"
keys.yaml:50:1: error[SIEG-S003]: unknown key 'cle_47' in 'sieg application dossier'
… and 2952 more findings in keys.yaml (--max-errors)
1 file checked: 3002 errors, 0 warnings
exit 1
$ sieg validate "$TMPDIR/keys.yaml" | grep -c 'error\['
50
# sieg report lists a broken dossier's findings the same way, on standard error.
$ sieg report -o /dev/null "$TMPDIR/keys.yaml" 2>&1 | sed "s#$TMPDIR/##" | tail -2; sieg report --max-errors 3 -o /dev/null "$TMPDIR/keys.yaml" 2>&1 | grep -c 'error\['; sieg report --max-errors 0 -o /dev/null "$TMPDIR/keys.yaml" 2>&1 | grep -c 'error\['; sieg report -o /dev/null "$TMPDIR/keys.yaml" 2>/dev/null; echo "exit $?"
keys.yaml:50:1: error[SIEG-S003]: clé inconnue « cle_47 » dans « Dossier de candidature sieg »
… et 2952 constats de plus dans keys.yaml (--max-errors)
3
3002
exit 1
$ sieg validate --max-errors 0 "$TMPDIR/keys.yaml" | grep -c 'error\['
3002
$ sieg --lang fr validate --max-errors 2 "$TMPDIR/keys.yaml" | sed "s#$TMPDIR/##"
keys.yaml:1:1: error[SIEG-S002]: champ obligatoire manquant : « Action d'innovation sociale » (action)
  = aide : ajoutez la ligne « action: … »
keys.yaml:1:1: error[SIEG-S002]: champ obligatoire manquant : « Porteur de l'action » (porteur)
  = aide : ajoutez la ligne « porteur: … »
… et 3000 constats de plus dans keys.yaml (--max-errors)
1 fichier vérifié : 3002 erreurs, 0 avertissement
$ sieg validate --format json --max-errors 5 "$TMPDIR/keys.yaml" | jq -c '{summary, more: .files[0].more, shown: (.files[0].diagnostics | length), valid: .files[0].valid}'
{"summary":{"files":1,"errors":3002,"warnings":0,"infos":0},"more":2997,"shown":5,"valid":false}
$ sieg check --format sarif --max-errors 5 "$TMPDIR/keys.yaml" | jq -c '{results: (.runs[0].results | length), properties: .runs[0].properties}'
{"results":5,"properties":{"errors":3002,"warnings":0,"infos":0,"notShown":2997}}
$ sieg check --format json --max-errors 5 "$TMPDIR/keys.yaml" | jq -c '{summary: (.summary | del(.seconds)), more: .files[0].more}'
{"summary":{"files":1,"dossiers":1,"eligible":0,"errors":3002,"warnings":0,"infos":0},"more":2997}
$ sieg check --no-cache -v --max-errors 1 "$TMPDIR/keys.yaml" | sed "s#$TMPDIR/##; s/([0-9.,]* s)/(T s)/"
keys.yaml:1:1: error[SIEG-S002]: missing required field: 'Social-innovation action' (action)
  = help: add the line 'action: …'
… and 3001 more findings in keys.yaml (--max-errors)
keys.yaml: dossier, not eligible, 3002 errors
sieg check: 1 file, 1 dossier, 0 eligible, 3002 errors, 0 warnings (T s)
# A valid dossier is untouched by the bound.
$ sieg validate --max-errors 1 examples/aquitaine-micro-creche.yaml
1 file checked: 0 errors, 0 warnings
configuration: examples/sieg.toml
# The bound is validate's and check's, whose output is a list: rank and reports judge every finding. A
# dossier whose 60 warnings come before its failing rule still shows that rule everywhere.
$ R=$PWD && mkdir -p "$TMPDIR/many" && python3 -c 'import re,sys; L=open(sys.argv[1]).read().split("\n"); k=[i for i,l in enumerate(L) if l.strip()=="objectifs:"][0]; L=L[:k+1]+["    - Objectif %d #atelier" % i for i in range(60)]+L[k+1:]; print(re.sub(r"aide_demandee: \d+", "aide_demandee: 45000", "\n".join(L)), end="")' "$R/examples/aquitaine-micro-creche.yaml" > "$TMPDIR/many/d.yaml" && sieg validate "$TMPDIR/many/d.yaml" | tail -2 | sed "s#$TMPDIR/##"; sieg rank --format csv "$TMPDIR/many" 2>/dev/null | cut -d, -f5-6; sieg report --lang en "$TMPDIR/many/d.yaml" | grep 'SIEG-E013' | grep -o 'failed'
… and 11 more findings in many/d.yaml (--max-errors)
1 file checked: 1 error, 60 warnings
eligible,failing_rules
false,SIEG-E013
failed
