#include <set>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "calls/call.hpp"
#include "rules/kinds.hpp"
#include "rules/path.hpp"

namespace sieg::calls {
namespace {

using i18n::Lang;
using i18n::pick;

struct Ctx {
  const std::string& file;
  Lang lang;
  std::vector<diag::Diagnostic>& diags;

  void error(const toml::source_region& where, const std::string& message) {
    diag::Diagnostic d;
    d.code = "SIEG-C001";
    d.file = file;
    d.line = static_cast<int>(where.begin.line);
    d.col = static_cast<int>(where.begin.column);
    d.message = message;
    diags.push_back(std::move(d));
  }
  template <typename... Args>
  void error(const toml::node& n, const i18n::Text& t, Args&&... args) {
    error(n.source(), fmt::format(fmt::runtime(pick(t, lang)), std::forward<Args>(args)...));
  }
};

const i18n::Text kUnknownKey{"clé inconnue « {0} » (clés permises : {1})", "unknown key '{0}' (keys allowed: {1})"};
const i18n::Text kMissingKey{"clé obligatoire « {0} » manquante", "missing required key '{0}'"};
const i18n::Text kWrongType{"« {0} » : {1} attendu", "'{0}': {1} expected"};
const i18n::Text kUnknownKind{"type de règle inconnu « {0} » (types : {1})", "unknown rule kind '{0}' (kinds: {1})"};
const i18n::Text kBadPath{"« {0} » : chemin invalide « {1} » (clés en minuscules séparées par des points, [] pour "
                          "chaque élément d'une liste)",
                          "'{0}': invalid path '{1}' (lower-case keys separated by dots, [] for each item of a list)"};
const i18n::Text kDuplicateCode{"code de règle « {0} » déjà utilisé dans cet appel",
                                "rule code '{0}' already used in this call"};
const i18n::Text kBadCode{"code de règle « {0} » : attendu SIEG-E suivi de trois chiffres",
                          "rule code '{0}': expected SIEG-E followed by three digits"};
const i18n::Text kShares{"les parts de l'échéancier font {0} %, pas 100 %", "the payment shares add up to {0}%, not 100%"};
const i18n::Text kSeverity{"gravité « {0} » : error ou warning attendu", "severity '{0}': error or warning expected"};
const i18n::Text kWhen{"condition : une seule de equals, contains ou present = true",
                       "condition: exactly one of equals, contains or present = true"};

void check_keys(Ctx& c, const toml::table& t, std::initializer_list<const char*> allowed) {
  std::string list;
  for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
  for (auto&& [k, v] : t) {
    bool ok = false;
    for (const char* a : allowed) ok = ok || k.str() == a;
    if (!ok) c.error(k.source().begin.line ? toml::source_region{k.source()} : v.source(),
                     fmt::format(fmt::runtime(pick(kUnknownKey, c.lang)), k.str(), list));
  }
}

const toml::node* need(Ctx& c, const toml::table& t, const char* key) {
  const toml::node* n = t.get(key);
  if (n == nullptr) c.error(t.source(), fmt::format(fmt::runtime(pick(kMissingKey, c.lang)), key));
  return n;
}

std::optional<std::string> get_string(Ctx& c, const toml::table& t, const char* key, bool required) {
  const toml::node* n = required ? need(c, t, key) : t.get(key);
  if (n == nullptr) return std::nullopt;
  if (auto s = n->value<std::string>()) return *s;
  c.error(*n, kWrongType, key, pick({"un texte", "a string"}, c.lang));
  return std::nullopt;
}

Text get_text(Ctx& c, const toml::table& t, const char* key) {
  Text out;
  const toml::node* n = need(c, t, key);
  if (n == nullptr) return out;
  const toml::table* tt = n->as_table();
  if (tt == nullptr) {
    c.error(*n, kWrongType, key, pick({"une table { fr = \"…\", en = \"…\" }", "a table { fr = \"…\", en = \"…\" }"}, c.lang));
    return out;
  }
  check_keys(c, *tt, {"fr", "en"});
  if (auto s = get_string(c, *tt, "fr", true)) out.fr = *s;
  if (auto s = get_string(c, *tt, "en", true)) out.en = *s;
  return out;
}

std::vector<std::string> get_strings(Ctx& c, const toml::node& n, const char* key) {
  std::vector<std::string> out;
  const toml::array* a = n.as_array();
  bool ok = a != nullptr;
  if (a)
    for (auto&& e : *a) {
      if (auto s = e.value<std::string>()) out.push_back(*s);
      else ok = false;
    }
  if (!ok) c.error(n, kWrongType, key, pick({"une liste de textes", "a list of strings"}, c.lang));
  return out;
}

std::optional<rules::Date> get_date(Ctx& c, const toml::node& n, const char* key) {
  if (auto d = n.value<toml::date>()) return rules::Date{d->year, d->month, d->day};
  c.error(n, kWrongType, key, pick({"une date TOML (AAAA-MM-JJ, sans guillemets)", "a TOML date (YYYY-MM-DD, unquoted)"},
                                   c.lang));
  return std::nullopt;
}

tree::Node to_node(const toml::node& n) {
  tree::Node v;
  if (auto s = n.value<std::string>()) {
    v.kind = tree::Kind::String;
    v.text = *s;
  } else if (auto b = n.as_boolean()) {
    v.kind = tree::Kind::Bool;
    v.boolean = b->get();
  } else if (auto i = n.as_integer()) {
    v.kind = tree::Kind::Number;
    v.number = static_cast<double>(i->get());
    v.integer_literal = true;
    v.text = std::to_string(i->get());
  } else if (auto f = n.as_floating_point()) {
    v.kind = tree::Kind::Number;
    v.number = f->get();
    v.text = fmt::format("{}", f->get());
  }
  return v;
}

void check_path(Ctx& c, const toml::node& n, const char* key, const std::string& path) {
  if (!rules::valid_path(path)) c.error(n, kBadPath, key, path);
}

std::optional<Condition> get_condition(Ctx& c, const toml::node& n) {
  const toml::table* t = n.as_table();
  if (t == nullptr) {
    c.error(n, kWrongType, "when", pick({"une table ou une liste de tables", "a table or a list of tables"}, c.lang));
    return std::nullopt;
  }
  check_keys(c, *t, {"path", "equals", "contains", "present"});
  Condition cond;
  auto path = get_string(c, *t, "path", true);
  if (!path) return std::nullopt;
  check_path(c, *t->get("path"), "path", *path);
  cond.path = *path;
  int ops = 0;
  if (const toml::node* e = t->get("equals")) {
    cond.op = Condition::Op::Equals;
    cond.value = to_node(*e);
    ++ops;
  }
  if (const toml::node* e = t->get("contains")) {
    cond.op = Condition::Op::Contains;
    cond.value = to_node(*e);
    ++ops;
  }
  if (const toml::node* e = t->get("present")) {
    cond.op = Condition::Op::Present;
    if (e->value<bool>() != std::optional<bool>(true)) ops = 99;
    ++ops;
  }
  if (ops != 1) {
    c.error(*t, kWhen);
    return std::nullopt;
  }
  return cond;
}

std::optional<Rule> get_rule(Ctx& c, const toml::table& t) {
  Rule r;
  r.line = static_cast<int>(t.source().begin.line);
  r.col = static_cast<int>(t.source().begin.column);
  auto code = get_string(c, t, "code", true);
  auto kind = get_string(c, t, "kind", true);
  r.statement = get_text(c, t, "statement");
  if (auto s = get_string(c, t, "source", true)) r.source = *s;
  if (auto s = get_string(c, t, "severity", false)) {
    if (*s == "warning") r.severity = diag::Severity::Warning;
    else if (*s != "error") c.error(*t.get("severity"), kSeverity, *s);
  }
  if (!code || !kind) return std::nullopt;
  r.code = *code;
  if (r.code.size() != 9 || r.code.rfind("SIEG-E", 0) != 0 ||
      r.code.find_first_not_of("0123456789", 6) != std::string::npos)
    c.error(*t.get("code"), kBadCode, r.code);
  r.kind = *kind;
  const rules::KindSpec* spec = rules::find_kind(r.kind);
  if (spec == nullptr) {
    std::string names;
    for (const auto& k : rules::kinds()) names += (names.empty() ? "" : ", ") + std::string(k.name);
    c.error(*t.get("kind"), kUnknownKind, r.kind, names);
    return std::nullopt;
  }
  std::vector<std::string> allowed_names{"code", "kind", "severity", "statement", "source", "when"};
  for (const auto& p : spec->params) allowed_names.push_back(p.name);
  std::string list;
  for (const auto& a : allowed_names) list += (list.empty() ? "" : ", ") + a;
  for (auto&& [k, v] : t) {
    bool ok = false;
    for (const auto& a : allowed_names) ok = ok || k.str() == a;
    if (!ok) c.error(k.source(), fmt::format(fmt::runtime(pick(kUnknownKey, c.lang)), k.str(), list));
  }
  for (const auto& p : spec->params) {
    const toml::node* n = p.required ? need(c, t, p.name) : t.get(p.name);
    if (n == nullptr) continue;
    Param v;
    switch (p.type) {
      case rules::ParamType::String:
      case rules::ParamType::Path:
        if (auto s = n->value<std::string>()) {
          v.text = *s;
          if (p.type == rules::ParamType::Path) check_path(c, *n, p.name, v.text);
        } else {
          c.error(*n, kWrongType, p.name, pick({"un texte", "a string"}, c.lang));
        }
        break;
      case rules::ParamType::PathList:
        v.list = get_strings(c, *n, p.name);
        for (const auto& s : v.list) check_path(c, *n, p.name, s);
        break;
      case rules::ParamType::StringList: v.list = get_strings(c, *n, p.name); break;
      case rules::ParamType::Integer:
        if (auto i = n->value_exact<int64_t>()) v.number = static_cast<double>(*i);
        else c.error(*n, kWrongType, p.name, pick({"un entier", "an integer"}, c.lang));
        break;
      case rules::ParamType::Number:
        if (n->is_number()) v.number = n->value<double>().value_or(0);
        else c.error(*n, kWrongType, p.name, pick({"un nombre", "a number"}, c.lang));
        break;
      case rules::ParamType::Date: v.date = get_date(c, *n, p.name); break;
    }
    r.params[p.name] = std::move(v);
  }
  if (const toml::node* w = t.get("when")) {
    if (const toml::array* a = w->as_array()) {
      for (auto&& e : *a)
        if (auto cond = get_condition(c, e)) r.when.push_back(std::move(*cond));
    } else if (auto cond = get_condition(c, *w)) {
      r.when.push_back(std::move(*cond));
    }
  }
  return r;
}

} // namespace

LoadResult load_call(const std::string& text, const std::string& file, Lang lang) {
  LoadResult out;
  Ctx c{file, lang, out.diags};
  toml::table doc;
  try {
    doc = toml::parse(text, file);
  } catch (const toml::parse_error& e) {
    c.error(e.source(), fmt::format(fmt::runtime(pick({"syntaxe TOML : {0}", "TOML syntax: {0}"}, lang)), e.description()));
    return out;
  }
  check_keys(c, doc, {"id", "title", "region", "departements", "opens", "deadline", "grid", "source", "payment", "rules"});
  Call call;
  call.file = file;
  if (auto s = get_string(c, doc, "id", true)) call.id = *s;
  call.title = get_text(c, doc, "title");
  if (auto s = get_string(c, doc, "region", true)) call.region = *s;
  if (const toml::node* n = need(c, doc, "departements")) call.departements = get_strings(c, *n, "departements");
  if (const toml::node* n = doc.get("opens")) call.opens = get_date(c, *n, "opens");
  if (const toml::node* n = doc.get("deadline")) call.deadline = get_date(c, *n, "deadline");
  if (auto s = get_string(c, doc, "grid", true)) call.grid = *s;
  if (auto s = get_string(c, doc, "source", true)) call.source = *s;
  if (const toml::node* n = doc.get("payment")) {
    const toml::array* a = n->as_array();
    int total = 0;
    if (a == nullptr) c.error(*n, kWrongType, "payment", pick({"une liste [[payment]]", "a list [[payment]]"}, lang));
    else {
      for (auto&& e : *a) {
        const toml::table* t = e.as_table();
        if (t == nullptr) continue;
        check_keys(c, *t, {"percent", "when"});
        Payment p;
        if (const toml::node* pc = need(c, *t, "percent")) {
          if (auto i = pc->value_exact<int64_t>(); i && *i > 0 && *i <= 100) p.percent = static_cast<int>(*i);
          else c.error(*pc, kWrongType, "percent", pick({"un entier de 1 à 100", "an integer from 1 to 100"}, lang));
        }
        p.when = get_text(c, *t, "when");
        total += p.percent;
        call.payments.push_back(std::move(p));
      }
      if (total != 100 && !call.payments.empty()) c.error(*n, kShares, total);
    }
  }
  std::set<std::string> codes;
  if (const toml::node* n = doc.get("rules")) {
    if (const toml::array* a = n->as_array()) {
      for (auto&& e : *a) {
        const toml::table* t = e.as_table();
        if (t == nullptr) {
          c.error(e, kWrongType, "rules", pick({"une liste [[rules]]", "a list [[rules]]"}, lang));
          continue;
        }
        if (auto r = get_rule(c, *t)) {
          if (!codes.insert(r->code).second) c.error(*t->get("code"), kDuplicateCode, r->code);
          call.rules.push_back(std::move(*r));
        }
      }
    } else {
      c.error(*n, kWrongType, "rules", pick({"une liste [[rules]]", "a list [[rules]]"}, lang));
    }
  }
  if (out.diags.empty()) out.call = std::move(call);
  return out;
}

std::vector<std::int64_t> schedule(const Call& call, std::int64_t aid) {
  std::vector<std::int64_t> parts;
  std::int64_t given = 0;
  for (std::size_t i = 0; i < call.payments.size(); ++i) {
    std::int64_t part = i + 1 == call.payments.size() ? aid - given : aid * call.payments[i].percent / 100;
    parts.push_back(part);
    given += part;
  }
  return parts;
}

} // namespace sieg::calls
