// Compiling a draft-07 schema (JSON) into the Schema graph. Over 400 lines on purpose: one pass over
// every keyword with its strict check (an unknown keyword is refused, never ignored); the keywords share
// the compiler's state ($id scopes, $ref resolution), and splitting them would expose it.
#include <fmt/format.h>

#include "schema/schema.hpp"
#include "schema/uri.hpp"
#include "tree/from_json.hpp"

namespace sieg::schema {

using json = nlohmann::json;

const Schema* Schema::property(const std::string& key) const {
  for (const auto& [k, s] : properties)
    if (k == key) return s;
  return nullptr;
}

const std::string& Schema::label(bool english) const {
  static const std::string none;
  const Schema* s = this;
  for (int hops = 0; s != nullptr && hops < 16; ++hops, s = s->ref) {
    if (english && !s->title_en.empty()) return s->title_en;
    if (!s->title.empty()) return s->title;
  }
  return none;
}

namespace {

// patternErrorMessage: the message editors (yaml-language-server) show for a pattern; sieg has its own.
const char* const kAnnotations[] = {"title",   "description", "default", "examples", "$comment", "enumDescriptions", "markdownDescription",
                                    "$schema", "$id",         "readOnly", "writeOnly", "patternErrorMessage"};
const char* const kDraft7Formats[] = {"date-time", "date", "time", "email", "idn-email", "hostname",
                                      "idn-hostname", "ipv4", "ipv6", "uri", "uri-reference", "iri",
                                      "iri-reference", "uri-template", "json-pointer", "relative-json-pointer",
                                      "regex"};

bool one_of_names(const std::string& k, const char* const* begin, const char* const* end) {
  for (auto p = begin; p != end; ++p)
    if (k == *p) return true;
  return false;
}

} // namespace

class Compiler {
 public:
  Compiler(CompiledSchema& out, json document, const CompileOptions& options, std::vector<std::string>& errors)
      : out_(out), options_(options), errors_(errors), doc_(std::move(document)) {}

  void run() {
    const json& doc = doc_;
    std::string base;
    if (doc.is_object() && doc.contains("$id") && doc["$id"].is_string()) base = doc["$id"].get<std::string>();
    root_doc_ = base.substr(0, base.find('#'));
    index(doc, "", "");
    out_.root_ = get("", "");
    while (!pending_.empty()) {
      Pending p = pending_.back();
      pending_.pop_back();
      resolve(p);
    }
  }

 private:
  struct Pending {
    Schema* schema;
    std::string uri;
    std::string where;
  };

  void error(const std::string& where, const std::string& what) {
    errors_.push_back(fmt::format("{}: {}", where.empty() ? "/" : where, what));
  }

  static std::string child(const std::string& ptr, const std::string& key) { return ptr + "/" + uri::escape_token(key); }

  void index(const json& j, const std::string& ptr, const std::string& parent_base) {
    if (!j.is_object()) return;
    std::string base = parent_base;
    if (auto it = j.find("$id"); it != j.end() && it->is_string()) {
      std::string id = it->get<std::string>();
      if (!id.empty() && id[0] == '#') {
        ids_.emplace(uri::resolve(base, id), ptr);
      } else {
        base = uri::resolve(base, id);
        ids_.emplace(base.substr(0, base.find('#')), ptr);
      }
    }
    base_of_[ptr] = base;
    for (const char* k : {"additionalItems", "additionalProperties", "contains", "propertyNames", "not", "if", "then",
                          "else"})
      if (auto it = j.find(k); it != j.end()) index(*it, child(ptr, k), base);
    if (auto it = j.find("items"); it != j.end()) {
      if (it->is_array())
        for (std::size_t i = 0; i < it->size(); ++i) index((*it)[i], child(ptr, "items") + "/" + std::to_string(i), base);
      else index(*it, child(ptr, "items"), base);
    }
    for (const char* k : {"properties", "patternProperties", "definitions", "dependencies"})
      if (auto it = j.find(k); it != j.end() && it->is_object())
        for (auto m = it->begin(); m != it->end(); ++m) index(m.value(), child(child(ptr, k), m.key()), base);
    for (const char* k : {"allOf", "anyOf", "oneOf"})
      if (auto it = j.find(k); it != j.end() && it->is_array())
        for (std::size_t i = 0; i < it->size(); ++i) index((*it)[i], child(ptr, k) + "/" + std::to_string(i), base);
  }

  const json* at(const std::string& ptr) const {
    std::vector<std::string> tokens;
    if (!uri::pointer_tokens(ptr, tokens)) return nullptr;
    const json* j = &doc_;
    for (const auto& t : tokens) {
      if (j->is_object()) {
        auto it = j->find(t);
        if (it == j->end()) return nullptr;
        j = &*it;
      } else if (j->is_array()) {
        if (t.empty() || t.find_first_not_of("0123456789") != std::string::npos) return nullptr;
        std::size_t i = std::stoul(t);
        if (i >= j->size()) return nullptr;
        j = &(*j)[i];
      } else {
        return nullptr;
      }
    }
    return j;
  }

  Schema* get(const std::string& ptr, const std::string& fallback_base) {
    if (auto it = by_pointer_.find(ptr); it != by_pointer_.end()) return it->second;
    Schema& s = out_.storage_.emplace_back();
    s.pointer = ptr;
    by_pointer_[ptr] = &s;
    const json* j = at(ptr);
    if (j == nullptr) {
      error(ptr, "no schema at this location");
      return &s;
    }
    auto b = base_of_.find(ptr);
    fill(s, *j, ptr, b != base_of_.end() ? b->second : fallback_base);
    return &s;
  }

  std::optional<std::size_t> count(const json& v, const std::string& where) {
    if (v.is_number_unsigned()) return v.get<std::size_t>();
    if (v.is_number_integer() && v.get<long long>() >= 0) return static_cast<std::size_t>(v.get<long long>());
    if (v.is_number_float() && v.get<double>() >= 0 && v.get<double>() == static_cast<double>(static_cast<long long>(v.get<double>())))
      return static_cast<std::size_t>(v.get<double>());
    error(where, "must be a non-negative integer");
    return std::nullopt;
  }

  std::optional<double> number(const json& v, const std::string& where) {
    if (v.is_number()) return v.get<double>();
    error(where, "must be a number");
    return std::nullopt;
  }

  std::optional<Pattern> regex(const json& v, const std::string& where) {
    if (!v.is_string()) {
      error(where, "must be a string (a regular expression)");
      return std::nullopt;
    }
    std::string src = v.get<std::string>();
    if (src.find("\\p{") != std::string::npos || src.find("\\P{") != std::string::npos) {
      error(where, "Unicode property escapes (\\p{...}) are not supported");
      return std::nullopt;
    }
    std::string why;
    auto p = Pattern::compile(src, &why);
    if (!p) error(where, fmt::format("invalid regular expression '{}' ({})", src, why));
    return p;
  }

  std::vector<const Schema*> list(const json& v, const std::string& where, const std::string& base) {
    std::vector<const Schema*> r;
    if (!v.is_array() || v.empty()) {
      error(where, "must be a non-empty array of schemas");
      return r;
    }
    for (std::size_t i = 0; i < v.size(); ++i) r.push_back(get(where + "/" + std::to_string(i), base));
    return r;
  }

  std::vector<std::string> strings(const json& v, const std::string& where) {
    std::vector<std::string> r;
    if (!v.is_array()) {
      error(where, "must be an array of strings");
      return r;
    }
    for (const auto& e : v) {
      if (!e.is_string()) error(where, "must be an array of strings");
      else r.push_back(e.get<std::string>());
    }
    return r;
  }

  void annotations(Schema& s, const json& j, const std::string& ptr) {
    auto text = [&](const char* key, std::string& into) {
      if (auto it = j.find(key); it != j.end()) {
        if (it->is_string()) into = it->get<std::string>();
        else error(child(ptr, key), "must be a string");
      }
    };
    text("title", s.title);
    text("x-title-en", s.title_en);
    text("x-hint", s.hint);
    text("x-hint-en", s.hint_en);
    if (auto it = j.find("x-personal"); it != j.end()) {
      if (it->is_boolean()) s.personal = it->get<bool>();
      else error(child(ptr, "x-personal"), "must be a boolean");
    }
    if (auto it = j.find("x-enum-titles"); it != j.end()) {
      bool ok = it->is_object();
      for (auto m = it->begin(); ok && m != it->end(); ++m) {
        const json& v = m.value();
        ok = v.is_array() && v.size() == 2 && v[0].is_string() && v[1].is_string();
        if (ok) s.enum_titles[m.key()] = {v[0].get<std::string>(), v[1].get<std::string>()};
      }
      if (!ok) error(child(ptr, "x-enum-titles"), "must map values to [French, English] pairs");
    }
  }

  void fill(Schema& s, const json& j, const std::string& ptr, const std::string& base) {
    if (j.is_boolean()) {
      s.is_bool = true;
      s.bool_value = j.get<bool>();
      return;
    }
    if (!j.is_object()) {
      error(ptr, "a schema must be an object or a boolean");
      return;
    }
    annotations(s, j, ptr);
    if (auto it = j.find("$ref"); it != j.end()) {
      if (!it->is_string()) {
        error(child(ptr, "$ref"), "must be a string");
        return;
      }
      pending_.push_back({&s, uri::resolve(base, it->get<std::string>()), child(ptr, "$ref")});
      if (options_.strict)
        for (auto m = j.begin(); m != j.end(); ++m)
          if (m.key() != "$ref" && m.key() != "definitions" && m.key().rfind("x-", 0) != 0 &&
              !one_of_names(m.key(), std::begin(kAnnotations), std::end(kAnnotations)))
            error(child(ptr, m.key()), "keyword beside $ref is ignored by draft-07; move it into the referenced schema");
      if (auto d = j.find("definitions"); d != j.end() && d->is_object())
        for (auto m = d->begin(); m != d->end(); ++m) get(child(child(ptr, "definitions"), m.key()), base);
      return;
    }
    for (auto m = j.begin(); m != j.end(); ++m) keyword(s, m.key(), m.value(), ptr, base);
  }

  void keyword(Schema& s, const std::string& k, const json& v, const std::string& ptr, const std::string& base) {
    const std::string where = child(ptr, k);
    if (k == "type") {
      auto bit = [&](const json& t) -> unsigned {
        static const std::pair<const char*, unsigned> names[] = {{"null", kNull},     {"boolean", kBoolean},
                                                                 {"object", kObject}, {"array", kArray},
                                                                 {"number", kNumber}, {"string", kString},
                                                                 {"integer", kInteger}};
        if (t.is_string())
          for (auto& [n, b] : names)
            if (t.get<std::string>() == n) return b;
        error(where, "unknown type name");
        return 0;
      };
      if (v.is_array()) for (const auto& t : v) s.types |= bit(t);
      else s.types = bit(v);
    } else if (k == "enum") {
      if (!v.is_array()) error(where, "must be an array");
      else {
        s.has_enum = true;
        for (const auto& e : v) s.enum_values.push_back(tree::from_json(e));
      }
    } else if (k == "const") {
      s.const_value = tree::from_json(v);
    } else if (k == "properties" || k == "patternProperties" || k == "definitions" || k == "dependencies") {
      if (!v.is_object()) {
        error(where, "must be an object");
        return;
      }
      for (auto m = v.begin(); m != v.end(); ++m) {
        std::string p = child(where, m.key());
        if (k == "properties") s.properties.emplace_back(m.key(), get(p, base));
        else if (k == "definitions") get(p, base);
        else if (k == "patternProperties") {
          if (auto re = regex(json(m.key()), p)) s.pattern_properties.push_back({m.key(), *re, get(p, base)});
        } else {
          Schema::Dependency d;
          d.property = m.key();
          if (m.value().is_array()) d.required = strings(m.value(), p);
          else d.schema = get(p, base);
          s.dependencies.push_back(std::move(d));
        }
      }
    } else if (k == "required") {
      s.required = strings(v, where);
    } else if (k == "additionalProperties") {
      s.additional_properties = get(where, base);
    } else if (k == "propertyNames") {
      s.property_names = get(where, base);
    } else if (k == "minProperties") {
      s.min_properties = count(v, where);
    } else if (k == "maxProperties") {
      s.max_properties = count(v, where);
    } else if (k == "items") {
      if (v.is_array()) {
        s.items_is_tuple = true;
        for (std::size_t i = 0; i < v.size(); ++i) s.items_tuple.push_back(get(where + "/" + std::to_string(i), base));
      } else {
        s.items = get(where, base);
      }
    } else if (k == "additionalItems") {
      s.additional_items = get(where, base);
    } else if (k == "contains") {
      s.contains = get(where, base);
    } else if (k == "minItems") {
      s.min_items = count(v, where);
    } else if (k == "maxItems") {
      s.max_items = count(v, where);
    } else if (k == "uniqueItems") {
      if (v.is_boolean()) s.unique_items = v.get<bool>();
      else error(where, "must be a boolean");
    } else if (k == "minLength") {
      s.min_length = count(v, where);
    } else if (k == "maxLength") {
      s.max_length = count(v, where);
    } else if (k == "pattern") {
      s.pattern = regex(v, where);
      if (v.is_string()) s.pattern_source = v.get<std::string>();
    } else if (k == "format") {
      if (!v.is_string()) error(where, "must be a string");
      else if (v == "date" || v == "email") s.format = v.get<std::string>();
      else if (options_.strict || !one_of_names(v.get<std::string>(), std::begin(kDraft7Formats), std::end(kDraft7Formats)))
        error(where, fmt::format("format '{}' is not checked by sieg (checked: date, email)", v.get<std::string>()));
    } else if (k == "minimum") {
      s.minimum = number(v, where);
    } else if (k == "maximum") {
      s.maximum = number(v, where);
    } else if (k == "exclusiveMinimum") {
      s.exclusive_minimum = number(v, where);
    } else if (k == "exclusiveMaximum") {
      s.exclusive_maximum = number(v, where);
    } else if (k == "multipleOf") {
      s.multiple_of = number(v, where);
      if (s.multiple_of && *s.multiple_of <= 0) error(where, "must be greater than 0");
    } else if (k == "allOf") {
      s.all_of = list(v, where, base);
    } else if (k == "anyOf") {
      s.any_of = list(v, where, base);
    } else if (k == "oneOf") {
      s.one_of = list(v, where, base);
    } else if (k == "not") {
      s.not_schema = get(where, base);
    } else if (k == "if") {
      s.if_schema = get(where, base);
    } else if (k == "then") {
      s.then_schema = get(where, base);
    } else if (k == "else") {
      s.else_schema = get(where, base);
    } else if (one_of_names(k, std::begin(kAnnotations), std::end(kAnnotations)) || k.rfind("x-", 0) == 0) {
      // annotation: read by annotations() where sieg uses it
    } else if (options_.strict) {
      error(where, fmt::format("keyword '{}' is not supported by sieg's schema engine", k));
    }
  }

  void resolve(const Pending& p) {
    std::string doc, frag;
    uri::split(p.uri, doc, frag);
    std::string base_ptr;
    if (auto it = ids_.find(doc); it != ids_.end()) base_ptr = it->second;
    else if (!doc.empty() && doc != root_doc_) {
      error(p.where, fmt::format("cannot resolve '{}': only references inside the schema are supported", p.uri));
      return;
    }
    std::string target;
    if (frag.empty() || frag[0] == '/') {
      target = base_ptr + uri::percent_decode(frag);
    } else if (auto a = ids_.find(doc + "#" + frag); a != ids_.end()) {
      target = a->second;
    } else {
      error(p.where, fmt::format("cannot resolve '{}'", p.uri));
      return;
    }
    if (at(target) == nullptr) {
      error(p.where, fmt::format("cannot resolve '{}': nothing at {}", p.uri, target.empty() ? "/" : target));
      return;
    }
    p.schema->ref = get(target, doc);
  }

  CompiledSchema& out_;
  const CompileOptions& options_;
  std::vector<std::string>& errors_;
  const json doc_;  // the document, while it is compiled (the graph keeps what it needs)
  std::string root_doc_;
  std::map<std::string, Schema*> by_pointer_;
  std::map<std::string, std::string> ids_;
  std::map<std::string, std::string> base_of_;
  std::vector<Pending> pending_;
};

CompileResult compile(json document, const CompileOptions& options) {
  auto out = std::make_shared<CompiledSchema>();
  CompileResult r;
  Compiler c(*out, std::move(document), options, r.errors);
  c.run();
  if (r.errors.empty()) r.schema = std::move(out);
  return r;
}

namespace {
void record_order(const nlohmann::ordered_json& j, const std::string& ptr, std::map<std::string, std::vector<std::string>>& out) {
  if (j.is_array()) {
    for (std::size_t i = 0; i < j.size(); ++i) record_order(j[i], ptr + "/" + std::to_string(i), out);
    return;
  }
  if (!j.is_object()) return;
  for (auto it = j.begin(); it != j.end(); ++it) {
    std::string p = ptr + "/" + uri::escape_token(it.key());
    if (it.key() == "properties" && it.value().is_object())
      for (auto m = it.value().begin(); m != it.value().end(); ++m) out[p].push_back(m.key());
    record_order(it.value(), p, out);
  }
}
} // namespace

CompileResult compile_text(const std::string& text, const CompileOptions& options) {
  json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded()) {
    CompileResult r;
    r.errors.push_back("/: not valid JSON");
    return r;
  }
  CompileResult r = compile(std::move(doc), options);
  if (r.schema) std::const_pointer_cast<CompiledSchema>(r.schema)->text_ = text;
  return r;
}

const std::map<std::string, std::vector<std::string>>& CompiledSchema::written_order() const {
  std::call_once(order_once_, [this] {
    if (!text_.empty()) record_order(nlohmann::ordered_json::parse(text_, nullptr, false), "", order_);
  });
  return order_;
}

} // namespace sieg::schema
