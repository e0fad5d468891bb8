#include "scaffold/scaffold.hpp"

#include <set>

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "calls/dossier_schema.hpp"
#include "config/config.hpp"
#include "grids/review_schema.hpp"
#include "resources/resources.hpp"

namespace sieg::scaffold {
namespace {

using json = nlohmann::ordered_json;  // the schema's order is the form's order

struct Writer {
  const json& doc;
  std::set<std::string> wanted;  // paths the call's rules or the schema require
  std::string out;
  std::string call_id;           // questions whose x-calls do not name it are left out (a built-in call)

  const json& deref(const json& s) const {
    if (s.contains("$ref")) {
      std::string ref = s["$ref"].get<std::string>();
      return doc["definitions"][ref.substr(ref.rfind('/') + 1)];
    }
    return s;
  }
  std::string type_of(const json& s) const {
    const json& d = deref(s);
    if (d.contains("type") && d["type"].is_array())  // ["string", "object"]: a text, or « sans_objet: raison »
      return d["type"].empty() ? std::string() : d["type"][0].get<std::string>();
    return d.value("type", "");
  }

  static std::vector<std::string> wrap(const std::string& text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t i = 0;
    while (i < text.size()) {
      std::size_t j = text.find(' ', i);
      std::string word = text.substr(i, j == std::string::npos ? std::string::npos : j - i);
      std::size_t chars = 0;
      for (unsigned char c : line + word)
        if ((c & 0xC0) != 0x80) ++chars;
      if (!line.empty() && chars + 1 > width) {
        lines.push_back(line);
        line.clear();
      }
      line += (line.empty() ? "" : " ") + word;
      if (j == std::string::npos) break;
      i = j + 1;
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
  }

  void comment(const std::string& indent, const json& s) {
    std::string text = s.value("title", "");
    std::string desc = s.value("description", "");
    if (!desc.empty()) text += " — " + desc;
    const json& d = deref(s);
    if (d.contains("enum")) {
      std::vector<std::string> values;
      for (const auto& v : d["enum"]) values.push_back(v.get<std::string>());
      text += fmt::format(" Valeurs : {}.", fmt::join(values, " | "));
    }
    if (d.value("format", "") == "date") text += " Format AAAA-MM-JJ.";
    for (const auto& l : wrap(text, 96)) out += indent + "# " + l + "\n";
  }

  bool for_this_call(const json& p) const {
    return calls::asked_in(p.contains("x-calls") ? p["x-calls"].get<std::vector<std::string>>() : std::vector<std::string>(), call_id);
  }

  bool is_wanted(const std::string& path) const {
    for (const auto& w : wanted)
      if (w == path || w.rfind(path + ".", 0) == 0 || w.rfind(path + "[].", 0) == 0) return true;
    return false;
  }

  // Keys of an object, one per line with its question as a comment. `item`: the first key of a
  // list item carries the dash.
  void object(const json& s, const std::string& prefix, const std::string& indent, bool active, bool item) {
    const json& d = deref(s);
    if (!d.contains("properties")) return;
    bool first = item;
    std::set<std::string> required;
    if (d.contains("required"))
      for (const auto& r : d["required"]) required.insert(r.get<std::string>());
    for (auto it = d["properties"].begin(); it != d["properties"].end(); ++it) {
      const std::string& key = it.key();
      const json& p = it.value();
      if (!for_this_call(p)) continue;
      std::string path = prefix.empty() ? key : prefix + "." + key;
      bool on = active && (is_wanted(path) || required.count(key) > 0);
      std::string base = first ? indent.substr(0, indent.size() - 2) : indent;
      std::string line = base + (on ? "" : "# ") + (first ? "- " : "") + key + ":";
      first = false;
      comment(base, p);
      std::string t = type_of(p);
      out += line + "\n";
      if (t == "object" && deref(p).contains("properties")) {
        object(p, path, indent + "  ", on, false);
      } else if (t == "array") {
        const json& items = deref(p)["items"];
        if (type_of(items) == "object") object(items, path + "[]", indent + "    ", on, true);
        else out += indent + (on ? "  " : "# ") + "-\n";
      }
    }
  }
};

} // namespace

std::string yaml_quoted(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') out += '\\', out += static_cast<char>(c);
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7f) out += fmt::format("\\x{:02x}", c);
    else out += static_cast<char>(c);
  }
  return out + "\"";
}

std::string dossier_template(const calls::Call& call, const grids::Grid& grid, const std::string& schema_path,
                             const std::string& title) {
  json doc = json::parse(calls::dossier_schema_text({&call}));
  Writer w{doc, {}, "", call.id};
  // What the call's rules ask for, and what the schema requires.
  for (const auto& r : call.rules) {
    for (const char* name : {"path", "left", "right"})
      if (const calls::Param* p = r.param(name)) w.wanted.insert(p->text);
    if (const calls::Param* p = r.param("paths"))
      for (const auto& x : p->list)
        if (r.when.empty()) w.wanted.insert(x);
  }
  for (const auto& q : call.questions)  // the call's required questions, and what its lists' items require
    if (q.required) {
      w.wanted.insert(q.path);
      for (const auto& sub : q.items)
        if (sub.required) w.wanted.insert(q.path + "[]." + sub.path);
    }
  std::set<std::string> cleaned;
  for (auto s : w.wanted) {
    while (s.size() >= 2 && s.substr(s.size() - 2) == "[]") s.resize(s.size() - 2);
    cleaned.insert(s);
  }
  w.wanted = cleaned;
  for (const char* p : {"date_depot", "action.intitule", "action.descriptif", "porteur.nom", "porteur.statut", "partenaires.nom",
                        "partenaires[].nom", "partenaires[].nature", "partenaires[].role", "calendrier.date_debut",
                        "calendrier.duree_mois", "budget.depenses[].categorie", "budget.depenses[].libelle",
                        "budget.depenses[].montant", "budget.ressources[].financeur", "budget.ressources[].montant",
                        "budget.ressources[].statut", "budget.aide_demandee", "besoins.description"})
    w.wanted.insert(p);

  std::string& out = w.out;
  if (!schema_path.empty()) out += fmt::format("# yaml-language-server: $schema={}\n", schema_path);
  out += fmt::format("# Dossier de candidature — {}\n", call.title.fr);
  out += "# Remplissez chaque valeur après les deux-points ; les lignes « # clé: » sont facultatives :\n";
  out += "# retirez le « # » pour les utiliser. Vérifiez avec : sieg validate CE-FICHIER\n";
  out += "#\n";
  out += "# Un texte qui contient « : », « # » ou des guillemets se met entre guillemets droits :\n";
  out += "#   intitule: \"Répar'Café mobile : réparer et former\"\n";
  out += "# Un texte de plusieurs lignes : « >- » après les deux-points, puis les lignes en retrait :\n";
  out += "#   resume: >-\n";
  out += "#     Première phrase du résumé,\n";
  out += "#     et la suite, sur autant de lignes qu'il faut.\n";
  out += "# Chaque élément d'une liste (partenaires, dépenses...) commence par « - ».\n\n";
  out += "format: 1\n";
  out += fmt::format("appel: {}\n", call.id);
  json props = doc["properties"];
  json rest = doc;
  rest["properties"].erase("format");
  rest["properties"].erase("appel");
  rest["properties"].erase("auto_evaluation");
  w.object(rest, "", "", true, false);
  if (!title.empty()) {  // the name given to sieg new is the action's title
    std::size_t at = out.find("\n  intitule:\n");
    if (at != std::string::npos) out.replace(at, 13, "\n  intitule: " + yaml_quoted(title) + "\n");
  }
  // The self-assessment on the call's grid: every marker, to be scored 0 to scale.
  out += "\n";
  w.comment("", props["auto_evaluation"]);
  out += "auto_evaluation:\n  - date:\n    niveaux:\n";
  for (const auto& m : grid.markers) {
    out += fmt::format("      # {} — {} à {} (sieg grids show {})\n", m.label.fr, grid.lowest, grid.scale, grid.id);
    out += fmt::format("      {}:\n        niveau:\n        justification:\n", m.id);
  }
  return out;
}

std::string final_template() {
  json doc = json::parse(*resources::find("dossier.schema.json"));
  Writer w{doc, {}, "", ""};
  const json& s = doc["properties"]["bilan_final"];
  for (auto it = s["properties"].begin(); it != s["properties"].end(); ++it) w.wanted.insert("bilan_final." + it.key());
  w.out += "# À ajouter à la fin du dossier au terme du projet, puis : sieg validate DOSSIER\n";
  w.comment("", s);
  w.out += "bilan_final:\n";
  w.object(s, "bilan_final", "  ", true, false);
  return w.out;
}

std::vector<std::pair<std::string, std::string>> init_files(
    const calls::Call& call, const grids::Grid& grid, const std::vector<std::pair<std::string, std::string>>& call_files) {
  std::vector<std::pair<std::string, std::string>> files;
  bool own = !call_files.empty();
  files.emplace_back("sieg.toml", config::default_config_text(call.id, grid.id, own ? call_files.front().first : ""));
  for (const auto& f : call_files) files.push_back(f);
  files.emplace_back("schemas/dossier.schema.json", own ? calls::dossier_schema_text({&call}) : std::string(*resources::find("dossier.schema.json")));
  files.emplace_back("schemas/review.schema.json", std::string(*resources::find("review.schema.json")));
  files.emplace_back("schemas/decision.schema.json", std::string(*resources::find("decision.schema.json")));
  // Reviews on the repository's grid: its markers offered by name, levels within its scale.
  std::string review_schema = "schemas/review-" + grid.id + ".schema.json";
  files.emplace_back(review_schema, grids::review_schema(grid));
  std::string sample_name = call.id.rfind("picardie", 0) == 0 ? "picardie-renovation-logement" : "aquitaine-micro-creche";
  if (auto sample = own ? std::nullopt : resources::find("samples/" + sample_name + ".yaml")) {
    std::string text(*sample);
    // The sample's modeline points at the repository's own copy of the schema.
    auto nl = text.find('\n');
    files.emplace_back("dossiers/exemple-" + sample_name + ".yaml",
                       "# yaml-language-server: $schema=../schemas/dossier.schema.json" + text.substr(nl));
  }
  if (own) files.emplace_back("dossiers/.gitkeep", "");
  files.emplace_back("evaluations/.gitkeep", "");
  // Editors (VS Code's YAML extension, any yaml-language-server client): the schema of each file by its
  // place, so that a dossier in a subfolder or a review needs no modeline.
  // The dossiers' globs are sieg.toml's (config::init_dossier_globs); a decision file gets the decision
  // schema, and is kept out of the reviews' (a negated pattern, which recent yaml-language-server
  // versions honour; older ones apply both schemas).
  json settings;
  settings["yaml.schemas"]["./schemas/dossier.schema.json"] = config::init_dossier_globs();
  settings["yaml.schemas"]["./" + review_schema] = {"evaluations/**/*.yaml", "evaluations/**/*.yml", "!evaluations/**/decision.yaml",
                                                    "!evaluations/**/decision.yml"};
  settings["yaml.schemas"]["./schemas/decision.schema.json"] = {"evaluations/**/decision.yaml", "evaluations/**/decision.yml"};
  files.emplace_back(".vscode/settings.json", settings.dump(2) + "\n");
  files.emplace_back("form.html", form_page(call, grid, i18n::Lang::Fr));  // for holders who never open an editor
  files.emplace_back(".github/workflows/sieg.yml", std::string(*resources::find("ci/github-workflow.yml")));
  files.emplace_back(".gitlab-ci.yml", std::string(*resources::find("ci/gitlab-ci.yml")));
  return files;
}

} // namespace sieg::scaffold
