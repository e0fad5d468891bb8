// The schemas embedded in the binary (schemas/*.schema.json), read once per process, on first use, from
// the snapshot made at build time (tools/snapshot.cpp), or compiled from their text when there is none.
#pragma once
#include <memory>

#include "schema/schema.hpp"

namespace sieg::schema {

std::shared_ptr<const CompiledSchema> builtin_dossier_schema();  // schemas/dossier.schema.json
std::shared_ptr<const CompiledSchema> builtin_review_schema();   // schemas/review.schema.json
std::shared_ptr<const CompiledSchema> builtin_decision_schema(); // schemas/decision.schema.json

} // namespace sieg::schema
