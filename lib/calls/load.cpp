#include <set>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "calls/call.hpp"
#include "calls/dossier_schema.hpp"
#include "calls/kinds.hpp"
#include "calls/questions.hpp"
#include "schema/builtin.hpp"
#include "schema/lookup.hpp"
#include "schema/suggest.hpp"
#include "tree/path.hpp"
#include "tomlread/reader.hpp"

namespace sieg::calls {
namespace {

using i18n::Lang;
using i18n::pick;

using Ctx = tomlread::Reader;

const i18n::Text kUnknownKind{"type de règle inconnu « {0} » (types : {1})", "unknown rule kind '{0}' (kinds: {1})"};
const i18n::Text kBadPath{"« {0} » : chemin invalide « {1} » (clés en minuscules séparées par des points, [] pour "
                          "chaque élément d'une liste)",
                          "'{0}': invalid path '{1}' (lower-case keys separated by dots, [] for each item of a list)"};
const i18n::Text kUnknownField{"« {0} » : le chemin « {1} » ne désigne aucun champ du dossier : « {2} » inconnu{3}",
                                "'{0}': path '{1}' names no field of the dossier: '{2}' is unknown{3}"};
const i18n::Text kDuplicateCode{"code de règle « {0} » déjà utilisé dans cet appel",
                                "rule code '{0}' already used in this call"};
const i18n::Text kBadCode{"code de règle « {0} » : attendu SIEG-E suivi de trois chiffres",
                          "rule code '{0}': expected SIEG-E followed by three digits"};
const i18n::Text kBadCriterion{"critère « {0} » : lettres minuscules, chiffres et « _ », en commençant par une lettre",
                               "criterion '{0}': lower-case letters, digits and '_', starting with a letter"};
const i18n::Text kDuplicateCriterion{"critère « {0} » déjà défini dans cet appel", "criterion '{0}' already defined in this call"};
const i18n::Text kWrongType{"« {0} » : {1} attendu", "'{0}': {1} expected"};
const i18n::Text kShares{"les parts de l'échéancier font {0} %, pas 100 %", "the payment shares add up to {0}%, not 100%"};
const i18n::Text kSeverity{"gravité « {0} » : error, warning ou info attendu", "severity '{0}': error, warning or info expected"};
const i18n::Text kWhen{"condition : une seule de equals, contains ou present = true",
                       "condition: exactly one of equals, contains or present = true"};






std::optional<values::Date> get_date(Ctx& c, const toml::node& n, const char* key) {
  if (auto d = n.value<toml::date>()) return values::Date{d->year, d->month, d->day};
  c.wrong_type(n, key, {"une date TOML (AAAA-MM-JJ, sans guillemets)", "a TOML date (YYYY-MM-DD, unquoted)"});
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

// A path names a field of the dossier schema: a typo would load and the rule would never fire (or fire
// on every dossier). The first unknown key is named, with the closest key at that place.
// `s`: the built-in dossier schema, with the call's own questions when it has some.
void check_path(Ctx& c, const schema::CompiledSchema& s, const toml::node& n, const char* key, const std::string& path) {
  if (!tree::valid_path(path)) {
    c.error(n, kBadPath, key, path);
    return;
  }
  if (schema::schema_at(s, path) != nullptr) return;
  std::string prefix;  // the path up to the unknown key
  std::size_t at = 0;
  while (at <= path.size()) {
    std::size_t dot = path.find('.', at);
    std::string seg = path.substr(at, dot == std::string::npos ? std::string::npos : dot - at);
    std::string here = prefix.empty() ? seg : prefix + "." + seg;
    if (schema::schema_at(s, here) == nullptr) {
      std::string name = seg.substr(0, seg.find("[]"));
      auto near = schema::closest(name, schema::property_keys(s, prefix));
      c.error(n, kUnknownField, key, path, name,
              near ? fmt::format(fmt::runtime(pick({" (vouliez-vous dire « {0} » ?)", " (did you mean '{0}'?)"}, c.lang())), *near) : "");
      return;
    }
    if (dot == std::string::npos) break;
    prefix = here;
    at = dot + 1;
  }
}

std::optional<Condition> get_condition(Ctx& c, const schema::CompiledSchema& dossier, const toml::node& n) {
  const toml::table* t = n.as_table();
  if (t == nullptr) {
    c.error(n, kWrongType, "when", pick({"une table ou une liste de tables", "a table or a list of tables"}, c.lang()));
    return std::nullopt;
  }
  c.check_keys(*t, {"path", "equals", "contains", "present"});
  Condition cond;
  auto path = c.string(*t, "path", true);
  if (!path) return std::nullopt;
  check_path(c, dossier, *t->get("path"), "path", *path);
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

std::optional<Rule> get_rule(Ctx& c, const schema::CompiledSchema& dossier, const toml::table& t) {
  Rule r;
  r.line = static_cast<int>(t.source().begin.line);
  r.col = static_cast<int>(t.source().begin.column);
  auto code = c.string(t, "code", true);
  auto kind = c.string(t, "kind", true);
  r.statement = c.text(t, "statement");
  if (t.get("meaning") != nullptr) r.meaning = c.text(t, "meaning");
  if (t.get("fix") != nullptr) r.fix = c.text(t, "fix");
  if (auto s = c.string(t, "source", true)) r.source = *s;
  if (auto s = c.string(t, "severity", false)) {
    if (*s == "warning") r.severity = diag::Severity::Warning;
    else if (*s == "info") r.severity = diag::Severity::Info;
    else if (*s != "error") c.error(*t.get("severity"), kSeverity, *s);
  }
  if (!code || !kind) return std::nullopt;
  r.code = *code;
  if (r.code.size() != 9 || r.code.rfind("SIEG-E", 0) != 0 ||
      r.code.find_first_not_of("0123456789", 6) != std::string::npos)
    c.error(*t.get("code"), kBadCode, r.code);
  r.kind = *kind;
  const calls::KindSpec* spec = calls::find_kind(r.kind);
  if (spec == nullptr) {
    std::string names;
    for (const auto& k : calls::kinds()) names += (names.empty() ? "" : ", ") + std::string(k.name);
    c.error(*t.get("kind"), kUnknownKind, r.kind, names);
    return std::nullopt;
  }
  std::vector<std::string> allowed_names{"code", "kind", "severity", "statement", "meaning", "fix", "source", "when"};
  for (const auto& p : spec->params) allowed_names.push_back(p.name);
  c.check_keys(t, allowed_names);
  for (const auto& p : spec->params) {
    const toml::node* n = p.required ? c.need(t, p.name) : t.get(p.name);
    if (n == nullptr) continue;
    Param v;
    switch (p.type) {
      case calls::ParamType::String:
      case calls::ParamType::Path:
        if (auto s = n->value<std::string>()) {
          v.text = *s;
          if (p.type == calls::ParamType::Path) check_path(c, dossier, *n, p.name, v.text);
        } else {
          c.error(*n, kWrongType, p.name, pick({"un texte", "a string"}, c.lang()));
        }
        break;
      case calls::ParamType::PathList:
        v.list = c.strings(*n, p.name);
        for (const auto& x : v.list) check_path(c, dossier, *n, p.name, x);
        break;
      case calls::ParamType::StringList: v.list = c.strings(*n, p.name); break;
      case calls::ParamType::Integer:
        if (auto i = n->value_exact<int64_t>()) v.number = static_cast<double>(*i);
        else c.error(*n, kWrongType, p.name, pick({"un entier", "an integer"}, c.lang()));
        break;
      case calls::ParamType::Number:
        if (n->is_number()) v.number = n->value<double>().value_or(0);
        else c.error(*n, kWrongType, p.name, pick({"un nombre", "a number"}, c.lang()));
        break;
      case calls::ParamType::Date: v.date = get_date(c, *n, p.name); break;
    }
    r.params[p.name] = std::move(v);
  }
  if (const toml::node* w = t.get("when")) {
    if (const toml::array* a = w->as_array()) {
      for (auto&& e : *a)
        if (auto cond = get_condition(c, dossier, e)) r.when.push_back(std::move(*cond));
    } else if (auto cond = get_condition(c, dossier, *w)) {
      r.when.push_back(std::move(*cond));
    }
  }
  return r;
}

} // namespace

LoadResult load_call(const std::string& text, const std::string& file, Lang lang) {
  LoadResult out;
  Ctx c{file, lang, "SIEG-C001", out.diags};
  auto parsed = c.parse(text);
  if (!parsed) return out;
  const toml::table& doc = *parsed;
  c.check_keys(doc, {"id", "title", "region", "departements", "opens", "deadline", "grid", "source", "payment", "criteria", "rules",
                     "questions"});
  Call call;
  call.file = file;
  if (auto s = c.string(doc, "id", true)) call.id = *s;
  call.title = c.text(doc, "title");
  if (auto s = c.string(doc, "region", true)) call.region = *s;
  if (const toml::node* n = c.need(doc, "departements")) call.departements = c.strings(*n, "departements");
  if (const toml::node* n = doc.get("opens")) call.opens = get_date(c, *n, "opens");
  if (const toml::node* n = doc.get("deadline")) call.deadline = get_date(c, *n, "deadline");
  if (auto s = c.string(doc, "grid", true)) call.grid = *s;
  if (auto s = c.string(doc, "source", true)) call.source = *s;
  if (const toml::node* n = doc.get("payment")) {
    const toml::array* a = n->as_array();
    int total = 0;
    if (a == nullptr) c.error(*n, kWrongType, "payment", pick({"une liste [[payment]]", "a list [[payment]]"}, lang));
    else {
      for (auto&& e : *a) {
        const toml::table* t = e.as_table();
        if (t == nullptr) continue;
        c.check_keys(*t, {"percent", "when"});
        Payment p;
        if (const toml::node* pc = c.need(*t, "percent")) {
          if (auto i = pc->value_exact<int64_t>(); i && *i > 0 && *i <= 100) p.percent = static_cast<int>(*i);
          else c.error(*pc, kWrongType, "percent", pick({"un entier de 1 à 100", "an integer from 1 to 100"}, lang));
        }
        p.when = c.text(*t, "when");
        total += p.percent;
        call.payments.push_back(std::move(p));
      }
      if (total != 100 && !call.payments.empty()) c.error(*n, kShares, total);
    }
  }
  if (const toml::node* n = doc.get("criteria")) {
    const toml::array* a = n->as_array();
    std::set<std::string> ids;
    if (a == nullptr) c.error(*n, kWrongType, "criteria", pick({"une liste [[criteria]]", "a list [[criteria]]"}, lang));
    else
      for (auto&& e : *a) {
        const toml::table* t = e.as_table();
        if (t == nullptr) {
          c.error(e, kWrongType, "criteria", pick({"une liste [[criteria]]", "a list [[criteria]]"}, lang));
          continue;
        }
        c.check_keys(*t, {"id", "group", "label", "source"});
        Criterion cr;
        if (auto s = c.string(*t, "id", true)) {
          cr.id = *s;
          if (!is_key(cr.id)) c.error(*t->get("id"), kBadCriterion, cr.id);
          else if (!ids.insert(cr.id).second) c.error(*t->get("id"), kDuplicateCriterion, cr.id);
        }
        cr.group = c.text(*t, "group");
        cr.label = c.text(*t, "label");
        if (auto s = c.string(*t, "source", true)) cr.source = *s;
        call.criteria.push_back(std::move(cr));
      }
  }
  // The call's questions first: its rules may name them.
  std::shared_ptr<const schema::CompiledSchema> with_questions;
  if (const toml::node* n = doc.get("questions")) {
    call.questions = read_questions(c, *n);
    if (out.diags.empty() && !call.questions.empty()) {
      auto compiled = schema::compile_text(dossier_schema_text({&call}));
      with_questions = compiled.schema;
    }
  }
  const schema::CompiledSchema& in_force = with_questions ? *with_questions : *schema::builtin_dossier_schema();
  std::set<std::string> codes;
  if (const toml::node* n = doc.get("rules")) {
    if (const toml::array* a = n->as_array()) {
      for (auto&& e : *a) {
        const toml::table* t = e.as_table();
        if (t == nullptr) {
          c.error(e, kWrongType, "rules", pick({"une liste [[rules]]", "a list [[rules]]"}, lang));
          continue;
        }
        if (auto r = get_rule(c, in_force, *t)) {
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

const Rule* aid_cap_rule(const Call& call) {
  for (const auto& r : call.rules) {
    const Param* path = r.param("path");
    if (r.kind == "max_amount" && path != nullptr && r.param("max") != nullptr && path->text == "budget.aide_demandee") return &r;
  }
  return nullptr;
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
