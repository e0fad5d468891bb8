# Usage errors exit 2 (CLI11's own codes 104-109 are mapped), --help and --version exit 0.
$ sieg
sieg: error: A subcommand is required
Help: sieg --help
[2]
$ sieg frobnicate
sieg: error: unknown command 'frobnicate'
Commands: sieg help
[2]
$ sieg validate
sieg: error: files is required
Help: sieg validate --help
[2]
$ sieg validate --bogus examples/aquitaine-micro-creche.yaml
sieg: error: The following argument was not expected: --bogus
Help: sieg validate --help
[2]
$ sieg validate --format xml examples/aquitaine-micro-creche.yaml
sieg: error: --format: xml not in {text,json}
Help: sieg validate --help
[2]
$ sieg --lang de validate examples/aquitaine-micro-creche.yaml
sieg: error: --lang: de not in {fr,en}
Help: sieg validate --help
[2]
# The version is git describe's (X.Y.Z on a vX.Y.Z tag, X.Y.Z+N.gHASH after it, X.Y.Z+gHASH without a tag).
$ sieg --version | sed -E 's/^sieg [0-9]+\.[0-9]+\.[0-9]+(\+([0-9]+\.)?g[0-9a-f]+)?$/sieg VERSION/'
sieg VERSION
$ sieg --help
sieg — social-innovation call dossiers, in plain text and git.
Usage: sieg [OPTIONS] SUBCOMMAND

Options:
  -h,--help                   Print this help message and exit
  --version                   Display program version information and exit
  --lang TEXT:{fr,en}         language of messages: fr or en (default: LC_ALL, LC_MESSAGES, LANG)
  --color TEXT:{auto,always,never}
                              colour: auto (terminal, unless NO_COLOR), always, never
  --config FILE Excludes: --no-config
                              this sieg.toml instead of the nearest one up from each dossier
  --today YYYY-MM-DD          today's date (default: the day in Paris), for reproducible results
  --no-config Excludes: --config
                              no sieg.toml: the defaults

Subcommands:
  validate                    check the shape and eligibility of dossiers
  calls                       list the calls for projects and their rules
  explain                     explain a diagnostic code (a rule: its source)
  score                       score dossiers on their call's grid
  rank                        rank the dossiers of a folder by score
  report                      report for the jury (Markdown, HTML, JSON), or a static site for a folder
  check                       check a whole repository of submissions, for CI
  status                      where the jury stands: reviews received, left out, missing
  assign                      share the dossiers among the reviewers, free of conflicts
  handout                     each juror's papers: reports of the dossiers given to them, reviews to fill in, a cover page
  init                        create a repository of submissions (sieg.toml, folders, CI)
  new                         create a dossier to fill in, questions as comments
  form                        offline web form that writes the dossier as YAML
  grids                       list the evaluation grids and their markers
  completions                 print shell completions (bash, zsh, fish)
  help                        help for sieg, or for one command (sieg help COMMAND)

Exit codes: 0 nothing to report, 1 findings (errors in a dossier), 2 usage or I/O.
See sieg <command> --help and man sieg.
$ sieg validate --help
check the shape and eligibility of dossiers
Usage: sieg validate [OPTIONS] files...

Positionals:
  files FILE ... REQUIRED     YAML dossiers (or jury reviews) to check; '-' reads standard input

Options:
  -h,--help                   Print this help message and exit
  --format TEXT:{text,json}   output: text (compiler-style diagnostics) or json
  --call ID|PATH              apply the rules of this call (an id, or a call file) instead of the one the dossier names
  --date YYYY-MM-DD           reference date for deadlines (default: the dossier's date_depot, else today)
  -q,--quiet                  errors only, no summary (the exit code is the same)
  --max-errors N              findings shown per file (default 50; 0: all); the others are counted in the summary, JSON, SARIF and the exit code
  --shape-only                check only the shape (schema), not eligibility
  --schema PATH               JSON Schema to use instead of the one built into sieg
  --lang TEXT:{fr,en}         language of messages: fr or en (default: LC_ALL, LC_MESSAGES, LANG)
  --color TEXT:{auto,always,never}
                              colour: auto (terminal, unless NO_COLOR), always, never
  --config FILE Excludes: --no-config
                              this sieg.toml instead of the nearest one up from each dossier
  --today YYYY-MM-DD          today's date (default: the day in Paris), for reproducible results
  --no-config Excludes: --config
                              no sieg.toml: the defaults

Checks the shape (JSON Schema), then the call's eligibility rules (see sieg calls).
Exit codes: 0 no dossier in error (warnings allowed), 1 an error in at least one dossier,
2 usage or I/O (missing file, directory, unreadable, symlink loop...).
Limit: 4 MiB per file. See man sieg-validate and man 5 sieg-dossier.
$ sieg --lang fr validate --help
vérifie la forme et l'éligibilité de dossiers
Usage: sieg validate [OPTIONS] files...

Positionals:
  files FILE ... REQUIRED     dossiers YAML (ou évaluations du jury) à vérifier ; « - » lit l'entrée standard

Options:
  -h,--help                   Print this help message and exit
  --format TEXT:{text,json}   sortie : text (diagnostics façon compilateur) ou json
  --call ID|PATH              appliquer les règles de cet appel (identifiant, ou fichier d'appel) au lieu de celui que nomme le dossier
  --date YYYY-MM-DD           date de référence des échéances (par défaut : date_depot du dossier, sinon aujourd'hui)
  -q,--quiet                  seulement les erreurs, sans résumé (le code de sortie reste le même)
  --max-errors N              constats montrés par fichier (par défaut 50 ; 0 : tous) ; les autres sont comptés dans le résumé, le JSON, le SARIF et le code de sortie
  --shape-only                vérifier seulement la forme (schéma), pas l'éligibilité
  --schema PATH               schéma JSON à utiliser au lieu de celui intégré à sieg
  --lang TEXT:{fr,en}         langue des messages : fr ou en (par défaut : LC_ALL, LC_MESSAGES, LANG)
  --color TEXT:{auto,always,never}
                              couleur : auto (terminal, sauf NO_COLOR), always, never
  --config FILE Excludes: --no-config
                              ce sieg.toml plutôt que le plus proche en remontant depuis chaque dossier
  --today YYYY-MM-DD          la date du jour (par défaut : le jour à Paris), pour des résultats reproductibles
  --no-config Excludes: --config
                              aucun sieg.toml : les réglages par défaut

Vérifie la forme (schéma JSON), puis les règles d'éligibilité de l'appel (voir sieg calls).
Codes de sortie : 0 aucun dossier en erreur (avertissements permis), 1 au moins une erreur dans un dossier,
2 usage ou E/S (fichier introuvable, dossier, illisible, boucle de liens...).
Limite : 4 Mio par fichier. Voir man sieg-validate et man 5 sieg-dossier.
# A --schema that is not a schema sieg can use: usage error, nothing validated.
$ sieg validate --schema nowhere.json examples/aquitaine-micro-creche.yaml
nowhere.json: error[SIEG-IO01]: no such file
[2]
$ cd "$TMPDIR" && printf '{"type":"object","properties":{"a":{"type":"string","maxLenght":3}}}' > s.json && sieg validate --schema s.json /dev/null
sieg: s.json: /properties/a/maxLenght: keyword 'maxLenght' is not supported by sieg's schema engine
[2]
# A --schema that is fine replaces the built-in one.
$ cd "$TMPDIR" && printf '{"type":"object","required":["titre"]}' > s.json && printf 'nom: x\n' > d.yaml && sieg validate --schema s.json d.yaml
d.yaml:1:1: error[SIEG-S002]: missing required field: titre
  = help: add the line 'titre: …'
1 file checked: 1 error, 0 warnings
[1]
