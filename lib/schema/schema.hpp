// A compiled JSON Schema (draft-07 subset listed in man/sieg-dossier.5) and its compiler.
#pragma once
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "schema/pattern.hpp"
#include "tree/node.hpp"

namespace sieg::schema {

enum TypeBit : unsigned {
  kNull = 1, kBoolean = 2, kObject = 4, kArray = 8, kNumber = 16, kString = 32, kInteger = 64
};

struct Schema {
  std::string pointer;           // JSON pointer of this schema in its document, for messages
  bool is_bool = false;          // `true` / `false` schema
  bool bool_value = true;

  // Annotations sieg reads: French title, English title (x-title-en), hints, personal data mark.
  std::string title, title_en, hint, hint_en;
  bool personal = false;
  // x-enum-titles: labels of enum values for reports, value -> {French, English}.
  std::map<std::string, std::pair<std::string, std::string>> enum_titles;

  const Schema* ref = nullptr;   // draft-07: $ref makes its siblings ignored

  unsigned types = 0;            // 0 = no "type" keyword
  bool has_enum = false;
  std::vector<tree::Node> enum_values;
  std::optional<tree::Node> const_value;

  std::vector<std::pair<std::string, const Schema*>> properties;
  std::vector<std::string> required;
  const Schema* additional_properties = nullptr;
  struct PatternProperty {
    std::string source;
    Pattern re;
    const Schema* schema;
  };
  std::vector<PatternProperty> pattern_properties;
  const Schema* property_names = nullptr;
  std::optional<std::size_t> min_properties, max_properties;
  struct Dependency {
    std::string property;
    std::vector<std::string> required;  // array form
    const Schema* schema = nullptr;     // schema form
  };
  std::vector<Dependency> dependencies;

  const Schema* items = nullptr;            // single-schema form
  std::vector<const Schema*> items_tuple;   // array form
  bool items_is_tuple = false;
  const Schema* additional_items = nullptr;
  const Schema* contains = nullptr;
  std::optional<std::size_t> min_items, max_items;
  bool unique_items = false;

  std::optional<std::size_t> min_length, max_length;
  std::optional<Pattern> pattern;
  std::string pattern_source;
  std::string format;  // only the asserted ones: "date", "email"

  std::optional<double> minimum, maximum, exclusive_minimum, exclusive_maximum, multiple_of;

  std::vector<const Schema*> all_of, any_of, one_of;
  const Schema* not_schema = nullptr;
  const Schema* if_schema = nullptr;
  const Schema* then_schema = nullptr;
  const Schema* else_schema = nullptr;

  const Schema* property(const std::string& key) const;
  // The schema's title in `english` or French, following $ref when this one has none.
  const std::string& label(bool english) const;
};

struct CompileOptions {
  // Strict: a keyword sieg does not implement, or a format it does not check, is an error.
  // Off only for the JSON-Schema-Test-Suite, whose schemas carry arbitrary keys.
  bool strict = true;
};

struct CompileOptions;
struct CompileResult;
CompileResult compile_text(const std::string& json_text, const CompileOptions& options);

class CompiledSchema;
// The compact binary form of a compiled schema (resources/archive.hpp): tools/snapshot.cpp writes the
// embedded schemas' at build time so that a run does not parse and compile them again.
std::string to_snapshot(const CompiledSchema& schema);
// Throws std::exception when `bytes` are not such a form.
std::shared_ptr<const CompiledSchema> from_snapshot(std::string_view bytes);

class CompiledSchema {
 public:
  const Schema* root() const { return root_; }
  // The written order of the keys of each "properties" object, by its JSON pointer: nlohmann's json
  // sorts keys, and a report follows the form's order. Read from the schema's text on first use only
  // (validation never needs it); empty for a schema compiled from a json value.
  const std::map<std::string, std::vector<std::string>>& written_order() const;

 private:
  friend class Compiler;
  friend CompileResult compile_text(const std::string&, const CompileOptions&);
  friend std::string to_snapshot(const CompiledSchema&);
  friend std::shared_ptr<const CompiledSchema> from_snapshot(std::string_view);
  std::string text_;  // the JSON text compile_text was given
  mutable std::once_flag order_once_;
  mutable std::map<std::string, std::vector<std::string>> order_;
  std::deque<Schema> storage_;
  const Schema* root_ = nullptr;
};

struct CompileResult {
  std::shared_ptr<const CompiledSchema> schema;  // null when errors is not empty
  std::vector<std::string> errors;               // "pointer: what is wrong" (English: for schema authors)
};

CompileResult compile(nlohmann::json document, const CompileOptions& options = {});

// Parses JSON text then compiles it; JSON syntax errors are reported in errors.
CompileResult compile_text(const std::string& json_text, const CompileOptions& options = {});

} // namespace sieg::schema
