#include "calls/questions.hpp"

#include <set>

#include "schema/builtin.hpp"
#include "schema/lookup.hpp"
#include "schema/suggest.hpp"
#include "tree/path.hpp"

namespace sieg::calls {
namespace {

using i18n::pick;
using tomlread::Reader;

const i18n::Text kList{"une liste [[questions]]", "a list [[questions]]"};
const i18n::Text kType{"question « {0} » : type « {1} » inconnu (types : {2})", "question '{0}': unknown type '{1}' (types: {2})"};
const i18n::Text kKey{"question « {0} » : « {1} » n'est pas une clé de dossier (lettres minuscules sans accent, chiffres "
                      "et « _ », en commençant par une lettre)",
                      "question '{0}': '{1}' is not a dossier key (lower-case letters without accents, digits and '_', "
                      "starting with a letter)"};
const i18n::Text kClash{"question « {0} » : le dossier a déjà cette question, « {1} » (une question de sieg) ; choisissez "
                        "une autre clé",
                        "question '{0}': the dossier already has this question, '{1}' (one of sieg's); choose another key"};
const i18n::Text kParent{"question « {0} » : « {1} » n'est pas une partie du dossier qui reçoit des questions{2}",
                         "question '{0}': '{1}' is not a part of the dossier that takes questions{2}"};
const i18n::Text kTwice{"question « {0} » déjà posée dans cet appel (ligne {1})", "question '{0}' already asked in this call (line {1})"};
const i18n::Text kChoicesOnly{"question « {0} » : « choices » va avec le type choice", "question '{0}': 'choices' goes with type choice"};
const i18n::Text kChoicesNeeded{"question « {0} » : une question choice a besoin de [[questions.choices]]",
                                "question '{0}': a choice question needs [[questions.choices]]"};
const i18n::Text kItemsOnly{"question « {0} » : « items » va avec le type list", "question '{0}': 'items' goes with type list"};
const i18n::Text kItemsNeeded{"question « {0} » : une question list a besoin de [[questions.items]]",
                              "question '{0}': a list question needs [[questions.items]]"};
const i18n::Text kNested{"question « {0} » : une liste dans une liste n'est pas permise", "question '{0}': a list inside a list is not allowed"};
const i18n::Text kTooMany{"trop de {0} (au plus {1})", "too many {0} (at most {1})"};
const i18n::Text kWrongType{"« {0} » : {1} attendu", "'{0}': {1} expected"};


std::string type_names() {
  std::string names;
  for (const auto& t : question_types()) names += (names.empty() ? "" : ", ") + t;
  return names;
}

const toml::array* table_list(Reader& r, const toml::node& n, const char* key) {
  const toml::array* a = n.as_array();
  if (a == nullptr) r.wrong_type(n, key, {"une liste de tables", "a list of tables"});
  return a;
}

std::optional<Question> read_one(Reader& r, const toml::table& t, bool in_list) {
  r.check_keys(t, {"path", "type", "title", "help", "required", "personal", "choices", "items"});
  Question q;
  q.line = static_cast<int>(t.source().begin.line);
  q.col = static_cast<int>(t.source().begin.column);
  auto path = r.string(t, "path", true);
  auto type = r.string(t, "type", true);
  q.title = r.text(t, "title");
  if (t.get("help") != nullptr) q.help = r.text(t, "help");
  if (const toml::node* n = t.get("required")) {
    if (auto b = n->value<bool>()) q.required = *b;
    else r.error(*n, kWrongType, "required", "true | false");
  }
  if (const toml::node* n = t.get("personal")) {
    if (auto b = n->value<bool>()) q.personal = *b;
    else r.error(*n, kWrongType, "personal", "true | false");
  }
  if (!path || !type) return std::nullopt;
  q.path = *path;
  q.type = *type;
  bool known = false;
  for (const auto& k : question_types()) known = known || k == q.type;
  if (!known) r.error(*t.get("type"), kType, q.path, q.type, type_names());
  // In a list's items the path is a key of the item; else a dotted path whose last part is the new key.
  std::string key = in_list ? q.path : q.path.substr(q.path.rfind('.') == std::string::npos ? 0 : q.path.rfind('.') + 1);
  if (!is_key(key) || (in_list && key != q.path)) {
    r.error(*t.get("path"), kKey, q.path, key);
    return std::nullopt;
  }
  if (const toml::node* n = t.get("choices")) {
    if (q.type != "choice") r.error(*n, kChoicesOnly, q.path);
    else if (const toml::array* a = table_list(r, *n, "choices")) {
      if (a->size() > kMaxChoices) r.error(*n, kTooMany, "choices", kMaxChoices);
      std::set<std::string> seen;
      for (auto&& e : *a) {
        const toml::table* ct = e.as_table();
        if (ct == nullptr) {
          r.wrong_type(e, "choices", {"une table { value, title }", "a table { value, title }"});
          continue;
        }
        r.check_keys(*ct, {"value", "title"});
        Choice c;
        if (auto v = r.string(*ct, "value", true)) {
          c.value = *v;
          if (!is_key(c.value)) r.error(*ct->get("value"), kKey, q.path, c.value);
          else if (!seen.insert(c.value).second) r.error(*ct->get("value"), kTwice, q.path + " = " + c.value, ct->source().begin.line);
        }
        c.title = r.text(*ct, "title");
        q.choices.push_back(std::move(c));
      }
    }
  } else if (q.type == "choice") {
    r.error(t, kChoicesNeeded, q.path);
  }
  if (const toml::node* n = t.get("items")) {
    if (q.type != "list") r.error(*n, kItemsOnly, q.path);
    else if (const toml::array* a = table_list(r, *n, "items")) {
      std::set<std::string> seen;
      for (auto&& e : *a) {
        const toml::table* it = e.as_table();
        if (it == nullptr) {
          r.wrong_type(e, "items", {"une liste [[questions.items]]", "a list [[questions.items]]"});
          continue;
        }
        if (auto sub = read_one(r, *it, true)) {
          if (sub->type == "list") r.error(*it, kNested, q.path + "[]." + sub->path);
          else if (!seen.insert(sub->path).second) r.error(*it, kTwice, q.path + "[]." + sub->path, sub->line);
          q.items.push_back(std::move(*sub));
        }
      }
    }
  } else if (q.type == "list") {
    r.error(t, kItemsNeeded, q.path);
  }
  return q;
}

// The question's place: its parent is the dossier's root or one of its parts (an object of the schema,
// or the items of a list of objects: "partenaires[]"); its key is not one of sieg's there.
void check_place(Reader& r, const toml::table& t, const Question& q) {
  const schema::CompiledSchema& s = *schema::builtin_dossier_schema();
  std::size_t dot = q.path.rfind('.');
  std::string parent = dot == std::string::npos ? "" : q.path.substr(0, dot);
  if (!parent.empty() && (!tree::valid_path(parent) || schema::schema_at(s, parent) == nullptr ||
                          schema::property_keys(s, parent).empty())) {
    std::string up = parent.substr(0, parent.rfind('.') == std::string::npos ? 0 : parent.rfind('.'));
    std::string last = parent.substr(up.empty() ? 0 : up.size() + 1);
    auto near = tree::valid_path(up) || up.empty() ? schema::closest(last, schema::property_keys(s, up)) : std::nullopt;
    r.error(*t.get("path"), kParent, q.path, parent,
            near ? fmt::format(fmt::runtime(pick({" (vouliez-vous dire « {0} » ?)", " (did you mean '{0}'?)"}, r.lang())), *near) : "");
    return;
  }
  if (schema::schema_at(s, q.path) != nullptr) {
    std::string title = schema::title_at(s, q.path, r.lang() == i18n::Lang::En);
    r.error(*t.get("path"), kClash, q.path, title.empty() ? q.path : title);
  }
}

} // namespace

bool is_key(const std::string& k) {
  if (k.empty() || k.size() > 64 || k[0] < 'a' || k[0] > 'z') return false;
  for (char ch : k)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_')) return false;
  return true;
}

const std::vector<std::string>& question_types() {
  static const std::vector<std::string> kTypes{"text", "long_text", "integer", "money", "date", "yes_no", "choice", "list"};
  return kTypes;
}

std::vector<Question> read_questions(Reader& r, const toml::node& n) {
  std::vector<Question> out;
  const toml::array* a = n.as_array();
  if (a == nullptr) {
    r.error(n, kWrongType, "questions", pick(kList, r.lang()));
    return out;
  }
  if (a->size() > kMaxQuestions) {
    r.error(n, kTooMany, "questions", kMaxQuestions);
    return out;
  }
  std::map<std::string, int> seen;
  for (auto&& e : *a) {
    const toml::table* t = e.as_table();
    if (t == nullptr) {
      r.error(e, kWrongType, "questions", pick(kList, r.lang()));
      continue;
    }
    auto q = read_one(r, *t, false);
    if (!q) continue;
    if (auto [it, fresh] = seen.emplace(q->path, q->line); !fresh) {
      r.error(*t->get("path"), kTwice, q->path, it->second);
      continue;
    }
    check_place(r, *t, *q);
    out.push_back(std::move(*q));
  }
  return out;
}

} // namespace sieg::calls
