// Titles of dossier fields by path, for messages outside the schema check (eligibility rules).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "schema/schema.hpp"

namespace sieg::schema {

// Title of the field at `path` ("budget.depenses[].montant"), English when asked and present;
// empty when the schema has no such field or no title for it.
std::string title_at(const CompiledSchema& schema, std::string_view path, bool english);

// The schema of the field at `path` ("[]" steps into items; $ref followed on the way, not at the
// end, so the field's own annotations stay visible); null when unknown.
const Schema* schema_at(const CompiledSchema& schema, std::string_view path);

// The properties of the object at `path` ("" = the root; "[]" steps into items), in the schema's
// order — the form's order; empty when the path names no object.
std::vector<std::string> property_keys(const CompiledSchema& schema, std::string_view path);

// The field at `path` is personal data (x-personal on it or on the schema it refers to).
bool personal_at(const CompiledSchema& schema, std::string_view path);

// What the value at `path` is, for a reader: an amount in euros (a number in cents: multipleOf 0.01, as
// the montant definition and a call's money questions), a date (format date), or anything else.
enum class ValueKind { Other, Money, Date };
ValueKind value_kind_at(const CompiledSchema& schema, std::string_view path);

// The label of an enum value at `path` (x-enum-titles); the value itself when it has none.
std::string enum_label(const CompiledSchema& schema, std::string_view path, const std::string& value, bool english);

} // namespace sieg::schema
