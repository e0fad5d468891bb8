# I/O problems exit 2 with one diagnostic each; sieg never blocks on a FIFO.
$ sieg validate nowhere.yaml
nowhere.yaml: error[SIEG-IO01]: no such file
1 file checked: 1 error, 0 warnings
[2]
$ sieg validate examples
examples: error[SIEG-IO02]: is a directory, not a file
1 file checked: 1 error, 0 warnings
[2]
$ cd "$TMPDIR" && mkfifo fifo && sieg validate fifo
fifo: error[SIEG-IO03]: not a regular file (FIFO, device or socket)
  = help: to read a stream, pass '-' and redirect standard input
1 file checked: 1 error, 0 warnings
[2]
$ cd "$TMPDIR" && ln -s loop loop && sieg validate loop
loop: error[SIEG-IO05]: symbolic link loop
1 file checked: 1 error, 0 warnings
[2]
$ sieg validate /dev/null
/dev/null: error[SIEG-IO03]: not a regular file (FIFO, device or socket)
  = help: to read a stream, pass '-' and redirect standard input
1 file checked: 1 error, 0 warnings
[2]
# A missing file among good ones: every file is still checked; I/O wins the exit code.
$ sieg --lang fr validate examples/aquitaine-micro-creche.yaml manquant.yaml examples/invalid/statut-manquant.yaml
manquant.yaml: error[SIEG-IO01]: fichier introuvable
examples/invalid/statut-manquant.yaml:7:3: error[SIEG-S002]: champ obligatoire manquant : « Statut du porteur » (porteur.statut)
  = aide : ajoutez la ligne « statut: … »
3 fichiers vérifiés : 2 erreurs, 0 avertissement
configuration : examples/sieg.toml
[2]
# Standard input, named "-" in diagnostics; read once even if named twice.
$ printf 'format: 1\nappel: aquitaine-2015\naction: {intitule: X}\nporteur: {nom: Y, statut: asso}\n' | sieg validate -
-:4:27: error[SIEG-S004]: 'Carrier's status' (porteur.statut): value 'asso' is not allowed (allowed values: entreprise, association, collectivite_territoriale, epci, etablissement_public, organisation_syndicale, organisation_professionnelle, collectif_usagers, universite_recherche, personne_physique, fondation, autre)
  = help: did you mean 'association'?
1 file checked: 1 error, 0 warnings
[1]
$ sieg validate - - < examples/aquitaine-paniers-etudiants.yaml
1 file checked: 0 errors, 0 warnings
# Over 4 MiB: refused before parsing (a finding, exit 1), from a file or from standard input.
$ cd "$TMPDIR" && head -c 4194305 /dev/zero | tr "\0" "#" > big.yaml && sieg validate big.yaml
big.yaml: error[SIEG-L006]: file too large: over 4194304 bytes (sieg's limit)
  = help: a dossier fits in a few tens of kilobytes; keep attachments in separate files
1 file checked: 1 error, 0 warnings
[1]
$ head -c 4194305 /dev/zero | tr '\0' '#' | sieg validate -
-: error[SIEG-L006]: file too large: over 4194304 bytes (sieg's limit)
  = help: a dossier fits in a few tens of kilobytes; keep attachments in separate files
1 file checked: 1 error, 0 warnings
[1]
# Exactly 4 MiB of comments is read, and is only comments.
$ cd "$TMPDIR" && head -c 4194304 /dev/zero | tr "\0" "#" > max.yaml && sieg validate max.yaml
max.yaml: error[SIEG-L002]: the file holds only comments: no dossier
  = help: start with 'format: 1' and 'appel: …' (see man 5 sieg-dossier)
1 file checked: 1 error, 0 warnings
[1]
# sieg never writes to its inputs.
$ cp examples/picardie-pole-cooperation.yaml "$TMPDIR/d.yaml" && chmod 444 "$TMPDIR/d.yaml" && sieg validate "$TMPDIR/d.yaml" && cmp "$TMPDIR/d.yaml" examples/picardie-pole-cooperation.yaml
1 file checked: 0 errors, 0 warnings
# An unreadable file (as root, read as the user nobody through a copy of the binary).
$ cd "$TMPDIR" && chmod 755 . && cp "$(readlink -f "$(command -v sieg)")" sieg-copy && printf 'a: 1\n' > unread.yaml && chmod 000 unread.yaml && if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups ./sieg-copy validate unread.yaml; else ./sieg-copy validate unread.yaml; fi
unread.yaml: error[SIEG-IO04]: permission denied
1 file checked: 1 error, 0 warnings
[2]
