#include "calls/kinds.hpp"

namespace sieg::calls {

const std::vector<KindSpec>& kinds() {
  using T = ParamType;
  static const std::vector<KindSpec> table = {
      {"required", {{"paths", T::PathList, true}},
       {"chaque champ nommé est présent et non vide", "each field named is present and not empty"}},
      {"required_any", {{"paths", T::PathList, true}},
       {"au moins un des champs nommés est présent et non vide (une liste ouverte de réponses possibles)",
        "at least one of the fields named is present and not empty (an open list of possible answers)"}},
      {"min_count", {{"path", T::Path, true}, {"min", T::Integer, true}},
       {"la liste compte au moins « min » éléments (absente : zéro)", "the list has at least 'min' items (missing: zero)"}},
      {"one_of", {{"path", T::Path, true}, {"values", T::StringList, true}},
       {"la valeur est présente et parmi « values »", "the value is present and among 'values'"}},
      {"none_of", {{"path", T::Path, true}, {"values", T::StringList, true}},
       {"la valeur, si elle est présente, n'est pas parmi « values »",
        "the value, when present, is not among 'values'"}},
      {"all_in", {{"path", T::Path, true}, {"values", T::StringList, true}},
       {"chaque valeur atteinte par le chemin est parmi « values »", "every value the path reaches is among 'values'"}},
      {"contains_any", {{"path", T::Path, true}, {"values", T::StringList, true}},
       {"au moins une valeur atteinte par le chemin est parmi « values »",
        "at least one value the path reaches is among 'values'"}},
      {"max_number", {{"path", T::Path, true}, {"max", T::Number, true}},
       {"le nombre, s'il est présent, ne dépasse pas « max »", "the number, when present, is at most 'max'"}},
      {"max_amount", {{"path", T::Path, true}, {"max", T::Number, true}},
       {"le montant en euros, s'il est présent, ne dépasse pas « max » (comparé au centime)",
        "the amount in euros, when present, is at most 'max' (compared to the cent)"}},
      {"min_length", {{"path", T::Path, true}, {"min", T::Integer, true}},
       {"chaque texte atteint compte au moins « min » caractères", "every text reached has at least 'min' characters"}},
      {"max_length", {{"path", T::Path, true}, {"max", T::Integer, true}},
       {"le texte, s'il est présent, compte au plus « max » caractères",
        "the text, when present, has at most 'max' characters"}},
      {"is_true", {{"path", T::Path, true}},
       {"le booléen est présent et vaut true", "the boolean is present and true"}},
      {"is_not_true", {{"path", T::Path, true}},
       {"le booléen ne vaut pas true (absent ou false)", "the boolean is not true (missing or false)"}},
      {"in_region", {{"path", T::Path, true}, {"departements", T::StringList, false}},
       {"chaque département atteint est l'un de ceux de la région de l'appel (ou de « departements »), et il y en a "
        "au moins un (une règle d'avertissement ne fait que nommer les autres)",
        "every département reached is one of the call's region (or of 'departements'), and there is at least one (a "
        "warning rule only names the others)"}},
      {"some_in_region", {{"path", T::Path, true}, {"departements", T::StringList, false}},
       {"au moins un département atteint est l'un de ceux de la région de l'appel (ou de « departements ») ; les "
        "autres ne sont pas comptés ici",
        "at least one département reached is one of the call's region (or of 'departements'); the others are not "
        "counted here"}},
      {"date_not_after", {{"date", T::Date, true}},
       {"la date de référence (--date, sinon la date de dépôt, sinon aujourd'hui) n'est pas après « date »",
        "the reference date (--date, else the submission date, else today) is not after 'date'"}},
      {"period_ends_by", {{"date", T::Date, true}},
       {"la fin de la période (calendrier.date_debut + calendrier.duree_mois), quand le calendrier la donne, n'est pas "
        "après « date »",
        "the end of the period (calendrier.date_debut + calendrier.duree_mois), when the calendar gives it, is not "
        "after 'date'"}},
      {"steps_within_months", {{"months", T::Integer, true}},
       {"chaque étape du calendrier finit au plus tard « months » mois après calendrier.date_debut",
        "every step of the schedule ends at most 'months' months after calendrier.date_debut"}},
      {"steps_ordered", {},
       {"chaque étape du calendrier commence au plus tard le jour où elle finit",
        "every step of the schedule starts no later than it ends"}},
      {"steps_in_period", {},
       {"chaque étape du calendrier tient dans la période du projet (date_debut, duree_mois)",
        "every step of the schedule lies within the project period (date_debut, duree_mois)"}},
      {"min_years_since", {{"path", T::Path, true}, {"years", T::Integer, true}},
       {"l'année atteinte est au moins « years » ans avant l'année de la date de référence",
        "the year reached is at least 'years' years before the year of the reference date"}},
      {"balanced", {{"left", T::Path, true}, {"right", T::Path, true}},
       {"la somme des montants « left » égale celle des montants « right », au centime",
        "the sum of the 'left' amounts equals that of the 'right' amounts, to the cent"}},
      {"unique", {{"path", T::Path, true}, {"compare", T::String, false}},
       {"les valeurs atteintes sont distinctes (casse, accents et espaces ignorés) ; « compare » nomme un champ "
        "voisin dont les écarts entre doublons sont signalés",
        "the values reached are distinct (ignoring case, accents and spacing); 'compare' names a sibling field whose "
        "differences between duplicates are reported"}},
      {"aid_covered", {{"categories", T::StringList, true}, {"months", T::Integer, true}},
       {"l'aide demandée (budget.aide_demandee), si elle est présente, ne dépasse pas le total des dépenses des "
        "catégories « categories » faites dans les « months » mois qui suivent calendrier.date_debut (une dépense "
        "sans date compte)",
        "the aid requested (budget.aide_demandee), when present, is at most the total of the expenses of the "
        "'categories' made within 'months' months of calendrier.date_debut (an undated expense counts)"}},
      {"final_due", {{"months", T::Integer, true}},
       {"bilan_final.date_remise tombe au moins « months » mois avant la fin de la convention "
        "(bilan_final.date_fin_convention, sinon la fin de la période du projet)",
        "bilan_final.date_remise falls at least 'months' months before the agreement ends "
        "(bilan_final.date_fin_convention, else the end of the project period)"}},
      {"payment_schedule", {},
       {"l'aide demandée (budget.aide_demandee) est présente, pour calculer l'échéancier de versement de l'appel",
        "the aid requested (budget.aide_demandee) is present, to compute the call's payment schedule"}},
  };
  return table;
}

const KindSpec* find_kind(std::string_view name) {
  for (const auto& k : kinds())
    if (name == k.name) return &k;
  return nullptr;
}

} // namespace sieg::calls
