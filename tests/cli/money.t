# Amounts: a literal with more than two written decimals is not read as an amount. Three decimals are as
# often a French thousands dot (28.000 for « 28 000 ») as anything: an error with the hint, never 28 €.
$ for v in 28.000 24.001 12.5000 1.250.000 28000.50; do sed "s/aide_demandee: .*/aide_demandee: $v/" examples/aquitaine-micro-creche.yaml > "$TMPDIR/m.yaml"; sieg --lang fr validate --no-config "$TMPDIR/m.yaml" 2>&1 | sed "s|$TMPDIR/||"; echo "exit ${PIPESTATUS[0]}"; done
m.yaml:126:18: error[SIEG-S012]: « Aide régionale demandée » (budget.aide_demandee) : 28.000 est écrit avec 3 décimales, 2 au plus
  = aide : point des milliers ? écrivez 28000
1 fichier vérifié : 1 erreur, 0 avertissement
exit 1
m.yaml:126:18: error[SIEG-S012]: « Aide régionale demandée » (budget.aide_demandee) : 24.001 est écrit avec 3 décimales, 2 au plus
  = aide : point des milliers ? écrivez 24001
1 fichier vérifié : 1 erreur, 0 avertissement
exit 1
m.yaml:126:18: error[SIEG-S012]: « Aide régionale demandée » (budget.aide_demandee) : 12.5000 est écrit avec 4 décimales, 2 au plus
  = aide : un montant en euros, en chiffres, sans espace ni symbole, deux décimales au plus (par ex. 12500.50)
1 fichier vérifié : 1 erreur, 0 avertissement
exit 1
m.yaml:126:18: error[SIEG-S001]: « Aide régionale demandée » (budget.aide_demandee) : attendu un nombre, trouvé le texte « 1.250.000 »
  = aide : point des milliers ? écrivez 1250000
1 fichier vérifié : 1 erreur, 0 avertissement
exit 1
1 fichier vérifié : 0 erreur, 0 avertissement
exit 0
# The same in a list of expenses (a flow mapping).
$ sed 's/montant: 12000}/montant: 12.000}/' examples/aquitaine-micro-creche.yaml > "$TMPDIR/m.yaml"; sieg validate --no-config "$TMPDIR/m.yaml" 2>&1 | sed "s|$TMPDIR/||" | head -2
m.yaml:117:98: error[SIEG-S012]: 'Expense amount' (budget.depenses[1].montant): 12.000 is written with 3 decimals, at most 2
  = help: a thousands dot? write 12000
