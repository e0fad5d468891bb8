#include <set>

#include <fmt/format.h>

#include "grids/grid.hpp"
#include "tomlread/reader.hpp"

namespace sieg::grids {
namespace {

const i18n::Text kList{"une liste de tables", "a list of tables"};
const i18n::Text kLevels{"« levels » : {0} descripteurs attendus (niveaux {1} à {2}), {3} trouvés",
                         "'levels': {0} descriptors expected (levels {1} to {2}), {3} found"};
const i18n::Text kLevelsBy{"levels_by « {0} » : \"text\" (le texte de la grille) ou \"sieg\" attendu",
                          "levels_by '{0}': \"text\" (the grid's text) or \"sieg\" expected"};
const i18n::Text kNoteWithoutSieg{"« levels_note » ne sert qu'avec levels_by = \"sieg\"",
                                  "'levels_note' is only for levels_by = \"sieg\""};
const i18n::Text kDuplicate{"identifiant « {0} » déjà utilisé", "id '{0}' already used"};
const i18n::Text kNoDimension{"dimension « {0} » inconnue (dimensions : {1})", "unknown dimension '{0}' (dimensions: {1})"};
const i18n::Text kDimensionNeeded{"la grille a des dimensions : ce repère doit en nommer une",
                                  "the grid has dimensions: this marker must name one"};
const i18n::Text kUnknownMarker{"repère « {0} » inconnu", "unknown marker '{0}'"};
const i18n::Text kAggregate{"« aggregate » : mean ou median attendu", "'aggregate': mean or median expected"};
const i18n::Text kId{"identifiant « {0} » : lettres minuscules, chiffres et _ attendus",
                     "id '{0}': lower-case letters, digits and _ expected"};

bool valid_id(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

} // namespace

LoadResult load_grid(const std::string& text, const std::string& file, i18n::Lang lang) {
  LoadResult out;
  tomlread::Reader r(file, lang, "SIEG-G001", out.diags);
  auto parsed = r.parse(text);
  if (!parsed) return out;
  const toml::table& doc = *parsed;
  r.check_keys(doc, {"id", "title", "source", "scale", "lowest", "aggregate", "disagreement", "thresholds", "dimensions",
                     "markers"});
  Grid g;
  g.file = file;
  if (auto s = r.string(doc, "id", true)) g.id = *s;
  g.title = r.text(doc, "title");
  if (auto s = r.string(doc, "source", true)) g.source = *s;
  if (const toml::node* n = doc.get("scale"))
    if (auto v = r.integer(*n, "scale", 1, 10)) g.scale = static_cast<int>(*v);
  if (const toml::node* n = doc.get("lowest"))
    if (auto v = r.integer(*n, "lowest", 0, g.scale - 1)) g.lowest = static_cast<int>(*v);
  if (auto s = r.string(doc, "aggregate", false)) {
    if (*s == "median") g.aggregate = Aggregate::Median;
    else if (*s != "mean") r.error(*doc.get("aggregate"), kAggregate);
  }
  if (const toml::node* n = doc.get("disagreement"))
    if (auto v = r.integer(*n, "disagreement", 1, g.scale - g.lowest)) g.disagreement = static_cast<int>(*v);

  std::set<std::string> dims;
  if (const toml::node* n = doc.get("dimensions")) {
    const toml::array* a = n->as_array();
    if (a == nullptr) r.wrong_type(*n, "dimensions", kList);
    else
      for (auto&& e : *a) {
        const toml::table* t = e.as_table();
        if (t == nullptr) {
          r.wrong_type(e, "dimensions", kList);
          continue;
        }
        r.check_keys(*t, {"id", "label", "weight", "source"});
        Dimension d;
        if (auto s = r.string(*t, "id", true)) d.id = *s;
        d.label = r.text(*t, "label");
        if (auto s = r.string(*t, "source", true)) d.source = *s;
        if (const toml::node* w = t->get("weight"))
          if (auto v = r.hundredths(*w, "weight")) d.weight = *v;
        if (!d.id.empty() && !dims.insert(d.id).second) r.error(*t->get("id"), kDuplicate, d.id);
        g.dimensions.push_back(std::move(d));
      }
  }
  std::string dim_list;
  for (const auto& d : g.dimensions) dim_list += (dim_list.empty() ? "" : ", ") + d.id;

  std::set<std::string> ids;
  if (const toml::node* n = r.need(doc, "markers")) {
    const toml::array* a = n->as_array();
    if (a == nullptr) r.wrong_type(*n, "markers", kList);
    else
      for (auto&& e : *a) {
        const toml::table* t = e.as_table();
        if (t == nullptr) {
          r.wrong_type(e, "markers", kList);
          continue;
        }
        r.check_keys(*t, {"id", "label", "weight", "dimension", "source", "levels_by", "levels_note", "levels"});
        Marker m;
        if (auto s = r.string(*t, "id", true)) m.id = *s;
        if (!m.id.empty() && !valid_id(m.id)) r.error(*t->get("id"), kId, m.id);
        if (!m.id.empty() && !ids.insert(m.id).second) r.error(*t->get("id"), kDuplicate, m.id);
        m.label = r.text(*t, "label");
        if (auto s = r.string(*t, "source", true)) m.source = *s;
        if (auto s = r.string(*t, "levels_by", false)) {
          if (*s == "sieg") m.levels_by_sieg = true;
          else if (*s != "text") r.error(*t->get("levels_by"), kLevelsBy, *s);
        }
        if (m.levels_by_sieg) m.levels_note = r.text(*t, "levels_note");
        else if (const toml::node* note = t->get("levels_note")) r.error(*note, kNoteWithoutSieg);
        if (const toml::node* w = t->get("weight"))
          if (auto v = r.hundredths(*w, "weight")) m.weight = *v;
        if (auto s = r.string(*t, "dimension", false)) {
          m.dimension = *s;
          if (!dims.count(m.dimension)) r.error(*t->get("dimension"), kNoDimension, m.dimension, dim_list);
        } else if (!g.dimensions.empty()) {
          r.error(*t, kDimensionNeeded);
        }
        if (const toml::node* lv = r.need(*t, "levels")) {
          const toml::array* la = lv->as_array();
          if (la == nullptr) r.wrong_type(*lv, "levels", kList);
          else {
            m.levels.resize(static_cast<std::size_t>(g.lowest));  // no descriptor below the lowest level
            for (auto&& l : *la) m.levels.push_back(r.text(l, "levels"));
            if (m.levels.size() != static_cast<std::size_t>(g.scale + 1))
              r.error(*lv, kLevels, g.scale - g.lowest + 1, g.lowest, g.scale, m.levels.size() - static_cast<std::size_t>(g.lowest));
          }
        }
        g.markers.push_back(std::move(m));
      }
  }
  if (const toml::node* n = doc.get("thresholds")) {
    if (const toml::table* t = n->as_table()) {
      r.check_keys(*t, {"min_total_percent", "min_level", "eliminatory", "eliminatory_level"});
      if (const toml::node* v = t->get("min_total_percent"))
        if (auto x = r.integer(*v, "min_total_percent", 0, 100)) g.thresholds.min_total_percent = static_cast<int>(*x);
      if (const toml::node* v = t->get("min_level"))
        if (auto x = r.integer(*v, "min_level", g.lowest, g.scale)) g.thresholds.min_level = static_cast<int>(*x);
      if (const toml::node* v = t->get("eliminatory_level"))
        if (auto x = r.integer(*v, "eliminatory_level", g.lowest, g.scale)) g.thresholds.eliminatory_level = static_cast<int>(*x);
      if (const toml::node* v = t->get("eliminatory")) {
        g.thresholds.eliminatory = r.strings(*v, "eliminatory");
        for (const auto& id : g.thresholds.eliminatory)
          if (!ids.count(id)) r.error(*v, kUnknownMarker, id);
      }
    } else {
      r.wrong_type(*n, "thresholds", {"une table", "a table"});
    }
  }
  if (out.diags.empty()) out.grid = std::move(g);
  return out;
}

} // namespace sieg::grids
