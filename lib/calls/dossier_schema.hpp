// The dossier schema for the calls in force: schemas/dossier.schema.json with each call of a repository
// whose id is not a built-in one added to `appel`'s choices (with its title), so that a region's own call
// (calls/occitanie-2026.toml named by sieg.toml) is one `appel` like the built-in ones — for sieg and for
// the editors alike (sieg init writes the same text).
#pragma once
#include <string>
#include <vector>

#include "calls/call.hpp"

namespace sieg::calls {

// The schema's text; the built-in one, unchanged, when every call is built in.
std::string dossier_schema_text(const std::vector<const Call*>& calls);

} // namespace sieg::calls
