// sieg form: one self-contained HTML page from the dossier schema, the call and its grid. The schema is
// turned into a description of the form (form_description), embedded as JSON in the page with the schema
// itself, every rule of the call and sieg.toml's severities; the page's script (form_core.js: YAML and the
// verdict; form.js: the page; form.css — embedded at build time, documented in docs/form.md) builds the
// form from it and gives, as the holder types, the verdict `sieg validate` gives on the file it writes.
#include <optional>
#include <set>

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "calls/dossier_schema.hpp"
#include "codes/registry.hpp"
#include "config/config.hpp"
#include "resources/resources.hpp"
#include "values/date.hpp"
#include "scaffold/scaffold.hpp"

namespace sieg::scaffold {
namespace {

using json = nlohmann::ordered_json;

struct Describer {
  const json& doc;
  std::string call_id;
  i18n::Lang lang;
  std::set<std::string> wanted;

  const json& deref(const json& s) const {
    if (s.contains("$ref")) {
      std::string ref = s["$ref"].get<std::string>();
      return doc["definitions"][ref.substr(ref.rfind('/') + 1)];
    }
    return s;
  }
  // A keyword of the property, else of the definition it refers to.
  json get(const json& s, const char* key) const {
    if (s.contains(key)) return s[key];
    const json& d = deref(s);
    return d.contains(key) ? d[key] : json();
  }
  std::vector<std::string> types(const json& s) const {
    json t = get(s, "type");
    std::vector<std::string> out;
    if (t.is_string()) out.push_back(t.get<std::string>());
    else if (t.is_array())
      for (const auto& x : t) out.push_back(x.get<std::string>());
    return out;
  }
  bool for_this_call(const json& p) const {
    return calls::asked_in(p.contains("x-calls") ? p["x-calls"].get<std::vector<std::string>>() : std::vector<std::string>(), call_id);
  }
  std::string title(const json& p) const {
    std::string fr = p.value("title", "");
    return lang == i18n::Lang::En && p.contains("x-title-en") ? p["x-title-en"].get<std::string>() : fr;
  }
  // The form's own text when the schema has one (x-form, x-form-hint: written for someone who picks,
  // ticks and types — no YAML, no identifiers), else the editors' text.
  // Nothing when the schema has none in the page's language ("" is a text: none to show).
  std::optional<std::string> form_text(const json& p, const char* key) const {
    json v = get(p, (std::string(key) + (lang == i18n::Lang::En ? "-en" : "")).c_str());
    return v.is_string() ? std::optional<std::string>(v.get<std::string>()) : std::nullopt;
  }
  std::string hint(const json& p) const {
    if (auto h = form_text(p, "x-form-hint")) return *h;
    const char* key = lang == i18n::Lang::En ? "x-hint-en" : "x-hint";
    if (p.contains(key)) return p[key].get<std::string>();
    // The free-text and département hints are about writing YAML by hand (quotes, colons): not for a form.
    if (p.contains("$ref") && (p["$ref"] == "#/definitions/texte" || p["$ref"] == "#/definitions/departement")) return "";
    json h = get(p, key);
    return h.is_string() ? h.get<std::string>() : "";
  }

  json node(const std::string& key, const json& p, const std::string& path, bool required) const {
    json n;
    n["key"] = key;
    n["path"] = path;
    n["title"] = title(p);
    auto own = form_text(p, "x-form");
    n["help"] = own                                                          ? *own
                : lang == i18n::Lang::En && p.contains("x-description-en") ? p["x-description-en"].get<std::string>()
                                                                          : p.value("description", "");
    n["hint"] = hint(p);
    n["required"] = required || wanted.count(path) > 0;
    if (p.value("x-personal", false)) n["personal"] = true;
    std::vector<std::string> ts = types(p);
    std::string t = ts.empty() ? "" : ts[0];
    // ["string", "object"] or ["array", "object"]: the answer, or « sans_objet: reason ».
    if (ts.size() == 2 && ts[1] == "object") n["sansObjet"] = true;
    json e = get(p, "enum");
    if (e.is_array()) {
      json titles = get(p, "x-enum-titles");
      n["kind"] = "enum";
      n["enum"] = json::array();
      for (const auto& v : e) {
        if (!v.is_string()) continue;  // null: « still to fill in », the select's empty choice
        std::string value = v.get<std::string>();
        std::string label = value;
        if (titles.is_object() && titles.contains(value)) label = titles[value][lang == i18n::Lang::En ? 1 : 0].get<std::string>();
        n["enum"].push_back({{"value", value}, {"label", label}});
      }
      return n;
    }
    if (p.contains("const") || deref(p).contains("const")) {
      n["kind"] = "const";
      n["value"] = get(p, "const");
      return n;
    }
    for (const char* k : {"pattern", "minimum", "maximum", "multipleOf", "minLength", "maxLength", "minItems", "maxItems"}) {
      json v = get(p, k);
      if (!v.is_null()) n[k] = v;
    }
    std::string format = get(p, "format").is_string() ? get(p, "format").get<std::string>() : "";
    if (t == "string") {
      bool free_text = p.contains("$ref") && p["$ref"] == "#/definitions/texte";
      n["kind"] = format == "date" ? "date" : format == "email" ? "email" : free_text && !n.contains("pattern") ? "text" : "string";
    } else if (t == "number" || t == "integer") {
      n["kind"] = t;
    } else if (t == "boolean") {
      n["kind"] = "boolean";
    } else if (t == "object") {
      const json& d = deref(p);
      if (path == "auto_evaluation[].niveaux") {
        n["kind"] = "levels";  // the grid's markers, from the call's grid
      } else if (d.contains("properties")) {
        n["kind"] = "object";
        n["fields"] = fields(d, path);
      } else {
        n["kind"] = "unsupported";
      }
    } else if (t == "array") {
      n["kind"] = "array";
      const json& items = deref(p)["items"];
      std::vector<std::string> it = types(items);
      std::string ipath = path + "[]";
      if (!it.empty() && it[0] == "object") n["item"] = {{"kind", "object"}, {"title", title(items)}, {"fields", fields(deref(items), ipath)}};
      else n["item"] = node("", items, ipath, true);
      if (path == "auto_evaluation") n["selfAssessment"] = true;
    } else {
      n["kind"] = "unsupported";
    }
    return n;
  }

  json fields(const json& d, const std::string& prefix) const {
    json out = json::array();
    if (!d.contains("properties")) return out;
    std::set<std::string> required;
    if (d.contains("required"))
      for (const auto& r : d["required"]) required.insert(r.get<std::string>());
    for (auto it = d["properties"].begin(); it != d["properties"].end(); ++it) {
      std::string path = prefix.empty() ? it.key() : prefix + "." + it.key();
      json n = node(it.key(), it.value(), path, required.count(it.key()) > 0);
      // Another call's question: not asked, but kept (and shown) when an opened dossier answers it.
      if (!for_this_call(it.value())) n["other"] = true;
      out.push_back(std::move(n));
    }
    return out;
  }
};

json node_json(const tree::Node& n) {
  switch (n.kind) {
    case tree::Kind::String: return n.text;
    case tree::Kind::Bool: return n.boolean;
    case tree::Kind::Number: return n.number;
    default: return nullptr;
  }
}

// A rule as the page's checker reads it (form_core.js, checkRules): its kind, parameters and conditions.
json rule_json(const calls::Rule& r, i18n::Lang lang) {
  json params = json::object();
  for (const auto& [name, p] : r.params) {
    json x{{"number", p.number}};
    if (!p.text.empty()) x["text"] = p.text;
    if (!p.list.empty()) x["list"] = p.list;
    if (p.date) x["date"] = values::to_string(*p.date);
    params[name] = std::move(x);
  }
  json when = json::array();
  for (const auto& c : r.when) {
    const char* op = c.op == calls::Condition::Op::Present ? "present" : c.op == calls::Condition::Op::Equals ? "equals" : "contains";
    when.push_back({{"path", c.path}, {"op", op}, {"value", node_json(c.value)}});
  }
  return {{"code", r.code}, {"kind", r.kind}, {"severity", diag::severity_name(r.severity)}, {"statement", r.statement.get(lang)},
          {"params", params}, {"when", when}};
}

json ui_words(i18n::Lang lang) {
  auto w = [&](const char* fr, const char* en) { return std::string(lang == i18n::Lang::En ? en : fr); };
  return {{"add", w("Ajouter", "Add")},
          {"remove", w("Retirer", "Remove")},
          {"up", w("Monter", "Move up")},
          {"down", w("Descendre", "Move down")},
          {"item", w("Élément", "Item")},
          {"required", w("obligatoire", "required")},
          {"missing", w("à remplir", "to fill in")},
          {"badNumber", w("un nombre est attendu", "a number is expected")},
          {"tooSmall", w("au moins {0}", "at least {0}")},
          {"tooLarge", w("au plus {0}", "at most {0}")},
          {"offScale", w("un niveau de {0} à {1}", "a level from {0} to {1}")},
          {"cents", w("deux décimales au plus", "at most two decimals")},
          {"thousands", w("point des milliers ? écrivez {0}", "a thousands dot? write {0}")},
          {"badType", w("type de valeur inattendu", "unexpected kind of value")},
          {"badChoice", w("valeur non permise : choisissez dans la liste", "value not allowed: choose from the list")},
          {"tooLong", w("au plus {0} caractère(s)", "at most {0} character(s)")},
          {"unknownKey", w("clé inconnue « {0} » (gardée telle quelle ; sieg validate la refuse)", "unknown key '{0}' (kept as it is; sieg validate refuses it)")},
          {"badKey", w("nom de clé non permis", "key name not allowed")},
          {"unknownMarker", w("repère inconnu de la grille : « {0} »", "marker unknown to the grid: '{0}'")},
          {"nothingToScore", w("pas d'auto-évaluation : rien à noter tant que le jury n'a pas évalué",
                               "no self-assessment: nothing to score until the jury has reviewed")},
          {"otherGrid", w("auto-évaluation sur une autre grille que « {0} »", "self-assessment on another grid than '{0}'")},
          {"otherCall", w("ce dossier répond à l'appel « {0} », cette page à l'appel « {1} » : ouvrez-le dans la page de son appel (sieg form --call {0}) ; rien n'a été changé",
                          "this dossier answers the call '{0}', this page the call '{1}': open it in its call's page (sieg form --call {0}); nothing was changed")},
          {"badDate", w("une date qui existe, par ex. 29/05/2015", "a date that exists, e.g. 29/05/2015")},
          {"datePlaceholder", w("JJ/MM/AAAA", "DD/MM/YYYY")},
          {"write", w("écrivez {0}", "write {0}")},
          {"applyFix", w("Écrire {0}", "Write {0}")},
          {"badForm", w("forme inattendue (voir l'aide de la question)", "unexpected form (see the question's help)")},
          {"badPattern", w("forme attendue : {0}", "expected form: {0}")},
          {"badEmail", w("une adresse e-mail", "an e-mail address")},
          {"tooShort", w("au moins {0} caractère(s)", "at least {0} character(s)")},
          {"tooFew", w("au moins {0} élément(s)", "at least {0} item(s)")},
          {"tooMany", w("au plus {0} élément(s)", "at most {0} item(s)")},
          {"duplicate", w("valeur en double", "duplicate value")},
          {"sansObjet", w("Sans objet pour ce porteur (dire pourquoi)", "Does not apply to this carrier (say why)")},
          {"reason", w("Raison", "Reason")},
          {"choose", w("— choisir —", "— choose —")},
          {"yes", w("Oui", "Yes")},
          {"no", w("Non", "No")},
          {"notSaid", w("Non précisé", "Not said")},
          {"problems", w("{0} point(s) à revoir", "{0} point(s) to check")},
          {"noProblem", w("Aucun problème repéré dans la page.", "No problem found in the page.")},
          {"authority", w("La page dit ce que « sieg validate » dira du fichier téléchargé : c'est lui que la Région fera tourner.",
                          "The page says what 'sieg validate' will say of the downloaded file: it is what the Region will run.")},
          {"download", w("Télécharger le dossier (YAML)", "Download the dossier (YAML)")},
          {"open", w("Ouvrir un dossier YAML", "Open a YAML dossier")},
          {"openError", w("Ce fichier n'a pas pu être lu : {0}", "This file could not be read: {0}")},
          {"opened", w("Dossier ouvert : {0}", "Dossier opened: {0}")},
          {"clear", w("Effacer le brouillon", "Clear the draft")},
          {"clearConfirm", w("Effacer tout ce qui a été saisi ?", "Clear everything typed so far?")},
          {"draft", w("Brouillon gardé dans ce navigateur (rien n'est envoyé).", "Draft kept in this browser (nothing is sent).")},
          {"budget", w("Dépenses : {0} · Ressources : {1} · Écart : {2}", "Expenses: {0} · Resources: {1} · Difference: {2}")},
          {"cap", w("Plafond de l'aide : {0}", "Aid cap: {0}")},
          {"total", w("Total de l'auto-évaluation : {0} / {1}", "Self-assessment total: {0} / {1}")},
          {"level", w("Niveau", "Level")},
          {"justification", w("Justification", "Justification")},
          {"comment", w("Commentaire", "Comment")},
          {"reviewed", w("Dossier évalué", "Dossier reviewed")},
          {"saveInto", w("Enregistrez le fichier téléchargé dans {0} du dépôt (c'est là que sieg cherche les évaluations).",
                         "Save the downloaded file in {0} of the repository (where sieg looks for reviews).")},
          {"rule", w("Règle", "Rule")},
          {"checkedBySieg", w("vérifiée par sieg validate", "checked by sieg validate")},
          {"print", w("Imprimer", "Print")}};
}

} // namespace

static std::string html_page(const std::string& data, const std::string& title, i18n::Lang lang);

// sieg.toml's say on severities and checks turned off, as the pipeline applies them (apply_config).
static void settings(json& out, const calls::Call& call, const config::Config* config) {
  out["severity"] = json::object();
  out["off"] = json::array();
  if (config == nullptr) return;
  for (const auto& code : codes::codes({call}))
    if (auto s = config::severity_for(*config, code)) out["severity"][code] = diag::severity_name(*s);
  for (const auto& o : config->off) out["off"].push_back(o.code);
}

// The dossier's form as a value (form_description's text; the reviewer's form starts from it).
static json describe_dossier(const calls::Call& call, const grids::Grid& grid, i18n::Lang lang) {
  json doc = json::parse(calls::dossier_schema_text({&call}));  // a repository's call: its id among appel's
  Describer d{doc, call.id, lang, {}};
  // What the call's rules require without a condition is required in the page too.
  for (const auto& r : call.rules) {
    if (!r.when.empty() || r.severity != diag::Severity::Error || r.kind != "required") continue;
    if (const calls::Param* p = r.param("paths"))
      for (const auto& x : p->list) d.wanted.insert(x);
  }
  for (const auto& q : call.questions)  // the call's required questions (an if/then on appel in the schema)
    if (q.required) d.wanted.insert(q.path);
  json out;
  out["format"] = 1;
  out["lang"] = lang == i18n::Lang::En ? "en" : "fr";
  std::optional<double> cap;
  if (const calls::Rule* c = calls::aid_cap_rule(call)) cap = c->param("max")->number;
  json payments = json::array();
  for (const auto& p : call.payments) payments.push_back({{"percent", p.percent}, {"when", p.when.get(lang)}});
  out["call"] = {{"id", call.id}, {"title", call.title.get(lang)}, {"region", call.region}, {"departements", call.departements},
                 {"cap", cap ? json(*cap) : json(nullptr)}, {"payments", payments}};
  json markers = json::array();
  for (const auto& m : grid.markers) {
    double weight = static_cast<double>(m.weight) / 100;
    for (const auto& dim : grid.dimensions)
      if (dim.id == m.dimension) weight *= static_cast<double>(dim.weight) / 100;
    json levels = json::array();
    for (const auto& l : m.levels) levels.push_back(l.get(lang));
    markers.push_back({{"id", m.id}, {"label", m.label.get(lang)}, {"weight", weight}, {"levels", levels}});
  }
  out["grid"] = {{"id", grid.id}, {"title", grid.title.get(lang)}, {"scale", grid.scale}, {"lowest", grid.lowest}, {"markers", markers}};
  // Every rule of the call, with its conditions: the page checks them all, as sieg validate does.
  json rules = json::array();
  for (const auto& r : call.rules) rules.push_back(rule_json(r, lang));
  out["rules"] = rules;
  json top = d.fields(doc, "");
  json kept = json::array();
  for (auto& f : top) {
    if (f["key"] == "bilan_final") continue;  // written at the end of the project (sieg new --final)
    if (f["key"] == "appel") {                // this form answers one call
      f["kind"] = "const";
      f["value"] = call.id;
    }
    kept.push_back(std::move(f));
  }
  out["fields"] = kept;
  out["words"] = ui_words(lang);
  out["modeline"] = "# yaml-language-server: $schema=../schemas/dossier.schema.json";
  out["schema"] = std::move(doc);  // the page's verdict starts from the very schema sieg validates with
  return out;
}

std::string form_description(const calls::Call& call, const grids::Grid& grid, i18n::Lang lang, const config::Config* config) {
  json d = describe_dossier(call, grid, lang);
  settings(d, call, config);
  return d.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string review_form_description(const ReviewForm& r, i18n::Lang lang) {
  json doc = json::parse(*resources::find("review.schema.json"));
  json schema = doc;
  Describer d{doc, r.call->id, lang, {}};
  json out = describe_dossier(*r.call, *r.grid, lang);  // its call, grid and words
  out["mode"] = "review";
  out["rules"] = json::array();  // the call's rules are about dossiers
  out["dossier"] = {{"id", r.dossier_id}, {"title", r.dossier_title}, {"summary", json::array()}};
  for (const auto& [label, value] : r.summary) out["dossier"]["summary"].push_back({{"label", label}, {"value", value}});
  out["reviewsDir"] = r.reviews_dir;
  out["modeline"] = r.schema_path.empty() ? "" : "# yaml-language-server: $schema=" + r.schema_path;
  json fields = d.fields(doc, "");
  for (auto& f : fields) {
    std::string key = f["key"];
    if (key == "dossier" || key == "grille") {
      f["kind"] = "const";
      f["value"] = key == "dossier" ? r.dossier_id : r.grid->id;
    } else if (key == "niveaux") {
      f["kind"] = "levels";
      f["textKey"] = "commentaire";
      f["required"] = true;
    } else if (key == "criteres") {  // the call's criteria, each an optional written opinion
      f["kind"] = "object";
      f["fields"] = json::array();
      for (const auto& c : r.call->criteria)
        f["fields"].push_back({{"key", c.id}, {"path", "criteres." + c.id}, {"title", c.label.get(lang)},
                               {"help", c.group.get(lang) + " — " + c.source}, {"hint", ""}, {"required", false}, {"kind", "text"}});
    }
  }
  out["fields"] = fields;
  out["schema"] = std::move(schema);
  settings(out, *r.call, r.config);
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);  // a file name may not be UTF-8
}

std::string form_page(const calls::Call& call, const grids::Grid& grid, i18n::Lang lang, const config::Config* config) {
  return html_page(form_description(call, grid, lang, config),
              (lang == i18n::Lang::En ? "Application — " : "Dossier de candidature — ") + call.title.get(lang), lang);
}

std::string review_form_page(const ReviewForm& r, i18n::Lang lang) {
  std::string name = r.dossier_title.empty() ? r.dossier_id : r.dossier_title;
  return html_page(review_form_description(r, lang), (lang == i18n::Lang::En ? "Review — " : "Évaluation — ") + name, lang);
}

// The page around a description: its data in a JSON script element, the script, the style.
static std::string html_page(const std::string& data, const std::string& title, i18n::Lang lang) {
  // Inside <script>, "</" could close the element: every "<" is written \u003c, which JSON reads back the same.
  std::string safe;
  for (char c : data) {
    if (c == '<') safe += "\\u003c";
    else safe += c;
  }
  std::string html_title;
  for (char c : title) {
    if (c == '<') html_title += "&lt;";
    else if (c == '>') html_title += "&gt;";
    else if (c == '&') html_title += "&amp;";
    else html_title += c;
  }
  std::string out = fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", lang == i18n::Lang::En ? "en" : "fr");
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"sieg form\">\n";
  // No network: nothing but this file (the policy forbids any fetch, image or font from elsewhere).
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n";
  out += "<title>" + html_title + "</title>\n<style>\n" + std::string(*resources::find("web/form.css")) + "</style>\n</head>\n<body>\n";
  out += "<header><h1>" + html_title + "</h1></header>\n<main id=\"form\"></main>\n";
  out += "<script type=\"application/json\" id=\"sieg-form-data\">" + safe + "</script>\n";
  // The script: form_core.js (no DOM: YAML and the verdict) then form.js (the page). Neither holds "</".
  out += "<script>\n" + std::string(*resources::find("web/form_core.js")) + std::string(*resources::find("web/form.js")) +
         "</script>\n</body>\n</html>\n";
  return out;
}

} // namespace sieg::scaffold
