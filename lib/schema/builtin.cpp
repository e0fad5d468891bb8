#include "schema/builtin.hpp"

#include <stdexcept>
#include <string>

#include "resources/archive.hpp"
#include "resources/resources.hpp"

namespace sieg::schema {
namespace {

std::shared_ptr<const CompiledSchema> compile_embedded(const char* name) {
  auto text = resources::find(name);
  if (!text) throw std::logic_error(std::string(name) + " is not embedded");
  // Its snapshot, made at build time, when the binary has one for this very text; else compiled here.
  if (auto snapshot = resources::snapshot(name, *text)) return from_snapshot(*snapshot);
  auto r = compile_text(std::string(*text));
  if (!r.schema) throw std::logic_error(std::string("embedded ") + name + " does not compile: " + r.errors.front());
  return r.schema;
}

} // namespace

std::shared_ptr<const CompiledSchema> builtin_dossier_schema() {
  static const std::shared_ptr<const CompiledSchema> compiled = compile_embedded("dossier.schema.json");
  return compiled;
}

std::shared_ptr<const CompiledSchema> builtin_review_schema() {
  static const std::shared_ptr<const CompiledSchema> compiled = compile_embedded("review.schema.json");
  return compiled;
}

std::shared_ptr<const CompiledSchema> builtin_decision_schema() {
  static const std::shared_ptr<const CompiledSchema> compiled = compile_embedded("decision.schema.json");
  return compiled;
}

} // namespace sieg::schema
