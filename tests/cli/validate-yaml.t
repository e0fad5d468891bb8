# Hostile or broken YAML: one diagnostic with a position, exit 1, never a hang or a crash.
# Each input is written to a file first, so the test shows the exact bytes.
$ cd "$TMPDIR" && printf 'a: &a ["l","l","l","l","l","l","l","l","l"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n' > laughs.yaml && sieg validate laughs.yaml
laughs.yaml:2:8: error[SIEG-L015]: YAML alias (*name) refused in a dossier
  = help: write the value out: aliases make a dossier hard to review and can blow up in size
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && printf 'c: &c [*c]\n' > cycle.yaml && sieg validate cycle.yaml
cycle.yaml:1:8: error[SIEG-L015]: YAML alias (*name) refused in a dossier
  = help: write the value out: aliases make a dossier hard to review and can blow up in size
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && printf ',\nformat: 1\n' > comma.yaml && sieg validate comma.yaml
comma.yaml:1:1: error[SIEG-L013]: the document is empty (null): no key could be read
  = help: a stray comma at the start of the document reads as an empty document: remove it
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && printf 'format: 1\n,\n' > comma2.yaml && sieg validate comma2.yaml
comma2.yaml:2:1: error[SIEG-L010]: YAML syntax: end of map not found
  = help: check the indentation and colons of this line and the one before
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && printf 'format: 1\n---\nformat: 1\n' > two.yaml && sieg validate two.yaml
two.yaml:2:1: error[SIEG-L012]: a second YAML document starts here; a dossier is a single document
  = help: remove the '---' or put each dossier in a file of its own
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && printf 'format: 1\nappel: x\0y\n' > nul.yaml && sieg validate nul.yaml
nul.yaml:2:9: error[SIEG-L004]: control character U+0000 is not allowed in a YAML file
  = help: delete this invisible character (often left by copy and paste)
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && printf '\xff\xfef\0o\0r\0' > utf16.yaml && sieg validate utf16.yaml
utf16.yaml:1:1: error[SIEG-L005]: the file is encoded in UTF-16 or UTF-32; sieg reads UTF-8
  = help: save it again as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && printf 'format: 1\r\nappel: caf\xc3\n' > cut.yaml && sieg validate cut.yaml
cut.yaml:2:11: error[SIEG-L003]: byte 0xC3: invalid UTF-8
  = help: the file probably comes from software writing Latin-1 or Windows-1252: save it again as UTF-8
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && printf 'format: 1\nappel: \x1b[31mrouge\n' > esc.yaml && sieg validate esc.yaml
esc.yaml:2:8: error[SIEG-L004]: control character U+001B is not allowed in a YAML file
  = help: delete this invisible character (often left by copy and paste)
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && : > empty.yaml && sieg validate empty.yaml
empty.yaml: error[SIEG-L001]: empty file
  = help: start with 'format: 1' and 'appel: …' (see man 5 sieg-dossier)
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && printf '# rien\n  # toujours rien\n' > comments.yaml && sieg validate comments.yaml
comments.yaml: error[SIEG-L002]: the file holds only comments: no dossier
  = help: start with 'format: 1' and 'appel: …' (see man 5 sieg-dossier)
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && printf -- '- format: 1\n' > list.yaml && sieg validate list.yaml
list.yaml:1:1: error[SIEG-L019]: the top level is a list; a dossier is a mapping of keys (key: value)
  = help: a dossier starts with unindented 'key: value' lines
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && printf 'bonjour\n' > scalar.yaml && sieg validate scalar.yaml
scalar.yaml:1:1: error[SIEG-L019]: the top level is a single value; a dossier is a mapping of keys (key: value)
  = help: a dossier starts with unindented 'key: value' lines
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && printf '? [a, b]\n: 1\n' > key.yaml && sieg validate key.yaml
key.yaml:1:3: error[SIEG-L017]: complex key (list or mapping): a key must be plain text
  = help: write the key as a word, e.g. 'titre:'
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && printf 'format: !!str 1\n' > tag.yaml && sieg validate tag.yaml
tag.yaml:1:9: error[SIEG-L016]: explicit YAML tag 'tag:yaml.org,2002:str' refused in a dossier
  = help: remove the tag; quote the value if it is text
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && { printf 'a: '; head -c 200 /dev/zero | tr '\0' '['; head -c 200 /dev/zero | tr '\0' ']'; echo; } > deep.yaml && sieg validate deep.yaml
deep.yaml:1:67: error[SIEG-L018]: nesting too deep (over 64 levels)
  = help: a dossier needs no more than 64 levels of lists and mappings
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && printf 'format: 1\nappel: [aquitaine-2015\n' > unclosed.yaml && sieg validate unclosed.yaml
unclosed.yaml:3:1: error[SIEG-L010]: YAML syntax: end of sequence flow not found
  = help: check the indentation and colons of this line and the one before
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && printf 'format: 1\nappel: "aquitaine-2015\n' > quote.yaml && sieg validate quote.yaml
quote.yaml:2:8: error[SIEG-L010]: YAML syntax: quote " opened here and never closed
  = help: add the closing quote at the end of the value
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && printf 'format: 1e400\n' > huge.yaml && sieg validate huge.yaml
huge.yaml:1:9: error[SIEG-L020]: number out of range: 1e400
  = help: write a realistic value, or quote it if it is a code
1 file checked: 1 error, 0 warnings
[1]
# A BOM and CRLF line ends are fine; positions are unchanged by them.
$ cd "$TMPDIR" && printf '\xef\xbb\xbfformat: 1\r\nappel: aquitaine-2015\r\naction: {intitule: A}\r\nporteur: {nom: B, statut: association}\r\nphase: x\r\n' > bom.yaml && sieg validate bom.yaml
bom.yaml:5:1: error[SIEG-S003]: unknown key 'phase' in 'sieg application dossier'
1 file checked: 1 error, 0 warnings
[1]
# Scalars keep their quoting: "1" is text, 1 is a number; yes is text, not true.
$ cd "$TMPDIR" && printf 'format: "1"\nappel: aquitaine-2015\naction: {intitule: A, commercialisation_engagee: yes}\nporteur: {nom: 0123, statut: association}\n' > quoting.yaml && sieg validate quoting.yaml
quoting.yaml:1:9: error[SIEG-S001]: 'Format version' (format): expected an integer, found the text '1'
  = help: remove the quotes: 1
quoting.yaml:3:50: error[SIEG-S001]: 'Commercialisation started' (action.commercialisation_engagee): expected a boolean (true or false), found the text 'yes'
  = help: write true or false
1 file checked: 2 errors, 0 warnings
[1]
$ cd "$TMPDIR" && printf "format: 1\nappel: 'it''s open\n" > squote.yaml && sieg validate squote.yaml
squote.yaml:2:8: error[SIEG-L010]: YAML syntax: quote ' opened here and never closed
  = help: add the closing quote at the end of the value
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && printf 'format: 1\nappel: "a \\" b"\n' > escaped.yaml && sieg validate escaped.yaml
escaped.yaml:1:1: error[SIEG-S002]: missing required field: 'Social-innovation action' (action)
  = help: add the line 'action: …'
escaped.yaml:1:1: error[SIEG-S002]: missing required field: 'Carrier of the action' (porteur)
  = help: add the line 'porteur: …'
escaped.yaml:2:8: error[SIEG-S004]: 'Call for projects' (appel): value 'a " b' is not allowed (allowed values: aquitaine-2015, picardie-sieg)
1 file checked: 3 errors, 0 warnings
[1]
# An integer field given 0123, 1e3, 12.0 or 40 000 is an error with a hint, never 83 or a guess.
$ cd "$TMPDIR" && for v in 0123 1e3 12.0 '40 000' '"12"'; do printf 'format: 1\nappel: aquitaine-2015\naction: {intitule: A}\nporteur: {nom: B, statut: association}\ncalendrier: {date_debut: 2015-09-01, duree_mois: %s}\n' "$v" > int.yaml; sieg validate int.yaml; done
int.yaml:5:50: error[SIEG-S001]: 'Duration in months' (calendrier.duree_mois): expected an integer, found the text '0123'
  = help: write the number without a leading zero: 123
1 file checked: 1 error, 0 warnings
int.yaml:5:50: error[SIEG-S001]: 'Duration in months' (calendrier.duree_mois): expected an integer, found the number 1e3
  = help: write the integer in digits: 1000
1 file checked: 1 error, 0 warnings
int.yaml:5:50: error[SIEG-S001]: 'Duration in months' (calendrier.duree_mois): expected an integer, found the number 12.0
  = help: write the integer in digits: 12
1 file checked: 1 error, 0 warnings
int.yaml:5:50: error[SIEG-S001]: 'Duration in months' (calendrier.duree_mois): expected an integer, found the text '40 000'
  = help: write the number in digits, without spaces or symbols: 40000
1 file checked: 1 error, 0 warnings
int.yaml:5:50: error[SIEG-S001]: 'Duration in months' (calendrier.duree_mois): expected an integer, found the text '12'
  = help: remove the quotes: 12
1 file checked: 1 error, 0 warnings
[1]
# Under a text field, 'yes', "0123", 0123 and yes all stay text: the shape is valid.
$ cd "$TMPDIR" && printf "format: 1\nappel: aquitaine-2015\naction: {intitule: 'yes', resume: \"0123\", historique: 0123, descriptif: yes}\nporteur: {nom: B, statut: association}\n" > text.yaml && sieg validate --shape-only text.yaml
1 file checked: 0 errors, 0 warnings
# An amount with more than two decimals is an error (never rounded silently), in every command.
$ sed 's/montant: 24000}/montant: 24000.505}/' examples/aquitaine-micro-creche.yaml > "$TMPDIR/m.yaml" && sieg validate "$TMPDIR/m.yaml" | sed "s|$TMPDIR/||"
m.yaml:119:98: error[SIEG-S012]: 'Expense amount' (budget.depenses[3].montant): 24000.505 is written with 3 decimals, at most 2
  = help: an amount in euros, in digits, without spaces or symbols, at most two decimals (e.g. 12500.50)
1 file checked: 1 error, 0 warnings
# Amounts have a range (10^12 € a line, 10 000 lines): beyond it the shape is wrong, never a wrapped total.
$ sed 's/montant: 24000}/montant: 1e20}/' examples/aquitaine-micro-creche.yaml > "$TMPDIR/m.yaml" && sieg validate "$TMPDIR/m.yaml" | sed "s|$TMPDIR/||"
m.yaml:119:98: error[SIEG-S011]: 'Expense amount' (budget.depenses[3].montant): 1e20 is over the maximum 1000000000000
  = help: an amount in euros, in digits, without spaces or symbols, at most two decimals (e.g. 12500.50)
1 file checked: 1 error, 0 warnings
$ sed 's/aide_demandee: 30000/aide_demandee: 2000000000000000/' examples/aquitaine-micro-creche.yaml > "$TMPDIR/m.yaml" && sieg validate "$TMPDIR/m.yaml" | sed "s|$TMPDIR/||"
m.yaml:126:18: error[SIEG-S011]: 'Regional aid requested' (budget.aide_demandee): 2000000000000000 is over the maximum 1000000000000
  = help: an amount in euros, in digits, without spaces or symbols, at most two decimals (e.g. 12500.50)
1 file checked: 1 error, 0 warnings
