# --format json: the stable shape documented in sieg-validate(1).
$ sieg validate --format json examples/aquitaine-micro-creche.yaml examples/invalid/phase-avec-accent.yaml nowhere.yaml
{
  "version": 1,
  "files": [
    {
      "file": "examples/aquitaine-micro-creche.yaml",
      "valid": true,
      "eligible": true,
      "diagnostics": [],
      "more": 0
    },
    {
      "file": "examples/invalid/phase-avec-accent.yaml",
      "valid": false,
      "diagnostics": [
        {
          "code": "SIEG-S004",
          "severity": "error",
          "file": "examples/invalid/phase-avec-accent.yaml",
          "line": 6,
          "column": 10,
          "message": "'Project phase' (action.phase): value 'émergence' is not allowed (allowed values: emergence, experimentation_mise_en_oeuvre, evaluation_generalisation)",
          "hint": "did you mean 'emergence'?"
        }
      ],
      "more": 0
    },
    {
      "file": "nowhere.yaml",
      "valid": false,
      "diagnostics": [
        {
          "code": "SIEG-IO01",
          "severity": "error",
          "file": "nowhere.yaml",
          "line": 0,
          "column": 0,
          "message": "no such file",
          "hint": null
        }
      ],
      "more": 0
    }
  ],
  "summary": {
    "files": 3,
    "errors": 2,
    "warnings": 0,
    "infos": 0
  }
}
[2]
# Language: --lang wins over the environment; LC_ALL over LC_MESSAGES over LANG.
$ LANG=fr_FR.UTF-8 sieg validate examples/invalid/statut-manquant.yaml
examples/invalid/statut-manquant.yaml:7:3: error[SIEG-S002]: champ obligatoire manquant : « Statut du porteur » (porteur.statut)
  = aide : ajoutez la ligne « statut: … »
1 fichier vérifié : 1 erreur, 0 avertissement
configuration : examples/sieg.toml
[1]
$ LANG=fr_FR.UTF-8 sieg validate --lang en examples/invalid/statut-manquant.yaml
examples/invalid/statut-manquant.yaml:7:3: error[SIEG-S002]: missing required field: 'Carrier's status' (porteur.statut)
  = help: add the line 'statut: …'
1 file checked: 1 error, 0 warnings
configuration: examples/sieg.toml
[1]
$ LANG=fr_FR.UTF-8 LC_ALL=C sieg validate examples/invalid/statut-manquant.yaml
examples/invalid/statut-manquant.yaml:7:3: error[SIEG-S002]: missing required field: 'Carrier's status' (porteur.statut)
  = help: add the line 'statut: …'
1 file checked: 1 error, 0 warnings
configuration: examples/sieg.toml
[1]
$ LC_MESSAGES=fr_FR.UTF-8 LANG=en_US.UTF-8 sieg validate examples/invalid/statut-manquant.yaml
examples/invalid/statut-manquant.yaml:7:3: error[SIEG-S002]: champ obligatoire manquant : « Statut du porteur » (porteur.statut)
  = aide : ajoutez la ligne « statut: … »
1 fichier vérifié : 1 erreur, 0 avertissement
configuration : examples/sieg.toml
[1]
# Colour only when asked or on a terminal; never with NO_COLOR in auto mode.
$ sieg validate --color always examples/invalid/statut-manquant.yaml | od -c | head -3
0000000 033   [   1   m   e   x   a   m   p   l   e   s   /   i   n   v
0000020   a   l   i   d   /   s   t   a   t   u   t   -   m   a   n   q
0000040   u   a   n   t   .   y   a   m   l   :   7   :   3 033   [   0
$ NO_COLOR=1 sieg validate examples/invalid/statut-manquant.yaml
examples/invalid/statut-manquant.yaml:7:3: error[SIEG-S002]: missing required field: 'Carrier's status' (porteur.statut)
  = help: add the line 'statut: …'
1 file checked: 1 error, 0 warnings
configuration: examples/sieg.toml
[1]
