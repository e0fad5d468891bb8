// The check of one dossier: bytes -> guarded loader -> schema -> the call's eligibility rules ->
// diagnostics in file order.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "calls/call.hpp"
#include "diag/render.hpp"
#include "i18n/lang.hpp"
#include "schema/schema.hpp"

namespace sieg::validate {

struct Context {
  i18n::Lang lang = i18n::Lang::Fr;
  const schema::CompiledSchema* dossier_schema = nullptr;
  // The call whose rules apply; null: the call the dossier names (appel), among the built-in ones.
  const calls::Call* call = nullptr;
  std::optional<values::Date> date;  // --date: "today" for deadline rules
  bool eligibility = true;          // run the call's rules once the shape is right
  // A file with `evaluateur` and `niveaux` and neither `appel` nor `action` is a jury review: it is
  // checked against the review schema (man 5 sieg-review) instead of the dossier's.
  bool recognise_reviews = true;
};

// Reads and checks `path` ("-" = standard input).
diag::FileResult validate_file(const std::string& path, const Context& ctx);

// Checks bytes already read; `name` is how diagnostics name the file.
diag::FileResult validate_bytes(std::string_view bytes, const std::string& name, const Context& ctx);

// Schema and eligibility checks of a tree already loaded, sorted in file order.
std::vector<diag::Diagnostic> validate_tree(const tree::Node& root, const std::string& name, const Context& ctx);

// The loaded file is a jury review rather than a dossier (see Context::recognise_reviews).
bool looks_like_review(const tree::Node& root);

// The call's rules on a dossier whose shape is right (ctx.date or date_depot as "today"), unsorted.
std::vector<diag::Diagnostic> check_eligibility(const calls::Call& call, const tree::Node& root, const std::string& name,
                                                const Context& ctx);

// schemas/dossier.schema.json as embedded in the binary, compiled once.
std::shared_ptr<const schema::CompiledSchema> builtin_dossier_schema();

} // namespace sieg::validate
