#include "text/organisation.hpp"

#include <algorithm>
#include <set>

#include <utf8proc.h>

#include "text/fold.hpp"

namespace sieg::text {

namespace {
// Folded words that name a kind of body, not a body. Kept short and explicit: a word left out here
// only makes a match less likely to be seen, never a false "same".
const std::set<std::string_view>& generic_words() {
  static const std::set<std::string_view> words{
      // small words
      "a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "pour", "sur", "par", "dans",
      "the", "of", "and",
      // legal forms and kinds of private bodies
      "association", "asso", "assoc", "sas", "sasu", "sarl", "sa", "eurl", "sci", "scop", "scic", "scoop", "gie",
      "gip", "sem", "spl", "ei", "eirl", "cooperative", "cooperatif", "societe", "entreprise", "fondation",
      "federation", "union", "mutuelle", "groupement", "collectif", "reseau", "ltd", "inc", "gmbh",
      // public bodies and their generic words
      "communaute", "agglomeration", "commune", "communes", "ville", "mairie", "metropole", "conseil",
      "departement", "departemental", "departementale", "region", "regional", "regionale", "etablissement",
      "public", "publique", "syndicat", "intercommunal", "intercommunale", "centre", "communal", "communale",
      "ccas", "cias", "epci", "pays", "office", "agence", "direction", "service", "services", "maison",
      "universite", "laboratoire", "institut", "ecole"};
  return words;
}

// Folded words of the names of France's regions (old and new) and départements: a body named after its
// territory (« Région Aquitaine », « France Active Aquitaine », « URSCOP Aquitaine ») shares them with
// every other body there, so a shared place alone never makes two names the same body — unless both
// are named by that place alone (« Région Aquitaine » / « Conseil régional d'Aquitaine »).
const std::set<std::string_view>& place_words() {
  static const std::set<std::string_view> words{
      "france", "aquitaine", "nouvelle", "picardie", "hauts", "occitanie", "bretagne", "normandie", "basse", "haute",
      "grand", "est", "alsace", "lorraine", "champagne", "ardenne", "bourgogne", "franche", "comte", "centre", "val",
      "loire", "pays", "ile", "auvergne", "rhone", "alpes", "provence", "cote", "azur", "corse", "limousin",
      "poitou", "charentes", "languedoc", "roussillon", "midi", "pyrenees", "nord", "calais", "guadeloupe",
      "martinique", "guyane", "reunion", "mayotte",
      // départements (their distinctive words)
      "ain", "aisne", "allier", "maritimes", "ardeche", "ardennes", "ariege", "aube", "aude", "aveyron", "bouches",
      "calvados", "cantal", "charente", "cher", "correze", "corse", "sud", "or", "armor", "creuse", "dordogne",
      "doubs", "drome", "eure", "finistere", "gard", "garonne", "gers", "gironde", "herault", "ille", "vilaine",
      "indre", "isere", "jura", "landes", "loir", "cher", "atlantique", "loiret", "lot", "lozere", "maine",
      "manche", "marne", "mayenne", "meurthe", "moselle", "meuse", "morbihan", "nievre", "oise", "orne", "puy",
      "dome", "atlantiques", "orientales", "bas", "rhin", "haut", "saone", "sarthe", "savoie", "paris", "seine",
      "yvelines", "sevres", "deux", "somme", "tarn", "var", "vaucluse", "vendee", "vienne", "vosges", "yonne",
      "territoire", "belfort", "essonne", "hauts", "denis", "saint", "marne", "oise", "vaucluse"};
  return words;
}

// The generic words of a territorial authority named after its territory (« Région Aquitaine »,
// « Conseil départemental de la Gironde »), and the small words beside them.
bool authority_or_small(const std::string& w) {
  static const std::set<std::string_view> words{"region", "regional", "regionale", "conseil", "departement", "departemental",
                                                "departementale", "collectivite", "territoriale", "a", "au", "aux", "d",
                                                "de", "des", "du", "en", "et", "l", "la", "le", "les"};
  return words.count(w) > 0 || place_words().count(w) > 0;
}

std::vector<std::string> words_of(std::string_view name) {
  std::string f = fold(name);
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(std::move(cur));
    cur.clear();
  };
  // Letters and digits of any script make words; everything else (spaces, ’, «, -, nbsp...) separates.
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(f.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(f.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {  // invalid byte: a separator
      flush();
      ++p, --left;
      continue;
    }
    utf8proc_category_t cat = utf8proc_category(cp);
    bool word = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
    if (word) cur.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
    else flush();
    p += n, left -= n;
  }
  flush();
  return out;
}

// The words that are not generic, sorted, each once.
std::vector<std::string> distinctive(std::vector<std::string> words) {
  std::vector<std::string> out;
  for (auto& w : words)
    if (!generic_words().count(w)) out.push_back(std::move(w));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}
} // namespace

std::vector<std::string> distinctive_words(std::string_view name) { return distinctive(words_of(name)); }

OrgMatch match_organisations(std::string_view a, std::string_view b) {
  auto wa = words_of(a), wb = words_of(b);  // each name folded once
  if (wa.empty() || wb.empty()) return OrgMatch::None;
  if (wa == wb) return OrgMatch::Same;
  bool authorities = std::all_of(wa.begin(), wa.end(), authority_or_small) && std::all_of(wb.begin(), wb.end(), authority_or_small);
  auto da = distinctive(std::move(wa)), db = distinctive(std::move(wb));
  if (da.empty() || db.empty()) return OrgMatch::None;
  if (!std::includes(da.begin(), da.end(), db.begin(), db.end()) && !std::includes(db.begin(), db.end(), da.begin(), da.end()))
    return OrgMatch::None;
  // The shared words must name the body, not only where it is.
  const auto& fewer = da.size() <= db.size() ? da : db;
  bool named = std::any_of(fewer.begin(), fewer.end(), [](const std::string& w) { return !place_words().count(w); });
  // Named by the same place alone: the same territory's authority (« Région Aquitaine » / « Conseil régional
  // d'Aquitaine »), not a union or a federation of it (« Union régionale des Scop d'Aquitaine »).
  return named || (da == db && authorities) ? OrgMatch::Possible : OrgMatch::None;
}

} // namespace sieg::text
