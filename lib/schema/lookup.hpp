// Titles of dossier fields by path, for messages outside the schema check (eligibility rules).
#pragma once
#include <string>
#include <string_view>

#include "schema/schema.hpp"

namespace sieg::schema {

// Title of the field at `path` ("budget.depenses[].montant"), English when asked and present;
// empty when the schema has no such field or no title for it.
std::string title_at(const CompiledSchema& schema, std::string_view path, bool english);

} // namespace sieg::schema
