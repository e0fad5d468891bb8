// The dossier schema for the calls in force: schemas/dossier.schema.json with each call of a repository
// whose id is not a built-in one added to `appel`'s choices (with its title), so that a region's own call
// (calls/occitanie-2026.toml named by sieg.toml) is one `appel` like the built-in ones — for sieg and for
// the editors alike (sieg init writes the same text).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "calls/call.hpp"

namespace sieg::calls {

// The schema's text; the built-in one, unchanged, when every call is built in. Each call's [[questions]]
// become properties at their path (x-calls naming the call), and a required one an if/then on `appel`.
std::string dossier_schema_text(const std::vector<const Call*>& calls);

// Whether a question whose x-calls are `x_calls` is asked in `call_id`'s dossiers (sieg new, the form): no
// x-calls, or x-calls naming it; a repository's call also asks the built-in calls' own questions (its rules
// may have come from theirs).
bool asked_in(const std::vector<std::string>& x_calls, const std::string& call_id);

// Questions at the same path in two calls of a repository, defined differently.
struct QuestionConflict {
  std::string path, first_call, other_call;
};
std::vector<QuestionConflict> question_conflicts(const std::vector<const Call*>& calls);

} // namespace sieg::calls
