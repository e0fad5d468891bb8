# A call written as a file of the repository, with an id of its own (issue 33, first part): sieg.toml names
# it, dossiers answer `appel:` with its id, and the dossier schema in force takes that id for every command,
# `sieg calls` and the form — no rebuild.
$ R=$PWD && cd "$TMPDIR" && sieg init --call aquitaine-2015 oc > /dev/null && cd oc && mkdir calls && sed 's/^id = "aquitaine-2015"/id = "occitanie-2026"/; s/^region = .*/region = "Occitanie"/; s/^departements = .*/departements = ["09", "11", "31", "33"]/' "$R/schemas/calls/aquitaine-2015.toml" > calls/occitanie-2026.toml && sed -i 's|^call = .*|call = "calls/occitanie-2026.toml"|' sieg.toml && sed -i 's/^appel: aquitaine-2015/appel: occitanie-2026/' dossiers/*.yaml && sieg check --no-cache | sed 's/([0-9.,]* s)/(T s)/'
schemas/dossier.schema.json: warning[SIEG-P009]: this is not the schema sieg checks dossiers with (written by another version of sieg, or before the repository's call): the editor gives another verdict
  = help: rewrite it: sieg calls schema > schemas/dossier.schema.json
sieg check: 2 files, 1 dossier, 1 eligible, 0 errors, 1 warning (T s)
configuration: sieg.toml
# The editors' schema, rewritten as the hint says, is the one sieg checks with: the warning goes.
$ R=$PWD && cd "$TMPDIR/oc" && sieg calls schema > schemas/dossier.schema.json && sieg check --no-cache | sed 's/([0-9.,]* s)/(T s)/' && grep -c '"occitanie-2026"' schemas/dossier.schema.json && sieg calls schema aquitaine-2015 | cmp - "$R/schemas/dossier.schema.json" && echo built-in unchanged
sieg check: 1 file, 1 dossier, 1 eligible, 0 errors, 0 warnings (T s)
configuration: sieg.toml
2
built-in unchanged
$ cd "$TMPDIR/oc" && sieg calls | tail -2 && sieg calls show occitanie-2026 | sed -n 2p
occitanie-2026   Social Innovation call for expressions of interest 2015 — Aquitaine Region (the repository's call: calls/occitanie-2026.toml)
                 Occitanie (09, 11, 31, 33); deadline 2015-05-29; 28 rules
Region: Occitanie (09, 11, 31, 33)
# Its rules apply: a département outside the call's region is refused with the call's own list.
$ cd "$TMPDIR/oc" && sed 's/    departements: \["33"\]/    departements: ["66"]/' dossiers/exemple-aquitaine-micro-creche.yaml > dossiers/perpignan.yaml && sieg validate dossiers/perpignan.yaml | grep -o 'error\[SIEG-E007\].*'
error[SIEG-E007]: The final beneficiaries are in the region: 'Département' (action.territoire.departements[]): département '66' is not in Occitanie (09, 11, 31, 33)
# Another id is refused by the schema in force, which names the repository's call among the choices.
$ cd "$TMPDIR/oc" && rm dossiers/perpignan.yaml && sed 's/^appel: occitanie-2026/appel: occitanie-2025/' dossiers/exemple-aquitaine-micro-creche.yaml > dossiers/typo.yaml && sieg validate dossiers/typo.yaml | grep -o 'error\[SIEG-S004\].*'; rm dossiers/typo.yaml
error[SIEG-S004]: 'Call for projects' (appel): value 'occitanie-2025' is not allowed (allowed values: aquitaine-2015, picardie-sieg, occitanie-2026)
# sieg new writes a dossier for it, by default or named.
$ cd "$TMPDIR/oc" && sieg new a > /dev/null && sieg new --call occitanie-2026 b > /dev/null && grep -h '^appel:' dossiers/a.yaml dossiers/b.yaml && rm dossiers/a.yaml dossiers/b.yaml
appel: occitanie-2026
appel: occitanie-2026
# score and report take the dossier as validate does.
$ cd "$TMPDIR/oc" && sieg score dossiers/exemple-aquitaine-micro-creche.yaml > /dev/null && sieg report dossiers/exemple-aquitaine-micro-creche.yaml | grep -o 'Dossier \*\*exemple-aquitaine-micro-creche\*\* · déposé le 20 mai 2015 · \*\*Éligible\*\*'
Dossier **exemple-aquitaine-micro-creche** · déposé le 20 mai 2015 · **Éligible**
# The form: the repository's call by default, or --call FILE; its own verdict on the dossier is sieg's (none).
$ cd "$TMPDIR/oc" && sieg form -o f.html && sieg form --call calls/occitanie-2026.toml -o f2.html && cmp -s f.html f2.html && echo same page && python3 -c 'import re,json,sys; d=json.loads(re.search(r"<script type=\"application/json\" id=\"sieg-form-data\">(.*?)</script>", open("f.html").read(), re.S).group(1)); print(d["call"]["id"], d["schema"]["properties"]["appel"]["enum"]); json.dump({"today": "2015-05-20", "descriptions": {"c": d}, "files": [{"file": "dossiers/exemple-aquitaine-micro-creche.yaml", "call": "c"}]}, open("jobs.json", "w"))' && node "$OLDPWD/tests/form/verdict.js" "$OLDPWD/lib/scaffold/form_core.js" jobs.json | python3 -c 'import json,sys; v=list(json.load(sys.stdin).values())[0]; print(v["opened"], v["findings"])'
same page
occitanie-2026 ['aquitaine-2015', 'picardie-sieg', 'occitanie-2026']
True []
$ cd "$TMPDIR/oc" && sieg --lang en form --call calls/absent.toml -o f3.html; sieg --lang en form --call occitanie -o f3.html; ls f3.html 2>&1
calls/absent.toml: error[SIEG-IO01]: no such file
sieg: error: --call: unknown call 'occitanie' (calls: aquitaine-2015, picardie-sieg, occitanie-2026; or a call file)
  = help: did you mean 'occitanie-2026'?
ls: cannot access 'f3.html': No such file or directory
[2]
