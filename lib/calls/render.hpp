// Text renderings of calls and rules, for `sieg calls` and `sieg explain`.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calls/call.hpp"
#include "i18n/lang.hpp"

namespace sieg::calls {

// One line per call: id, title, region, deadline, number of rules.
// `repository`: how many of the last calls are the repository's own (each marked with its file).
// `own`: the calls that are the repository's (marked with their file).
std::string render_list(const std::vector<const Call*>& calls, i18n::Lang lang, const std::vector<const Call*>& own = {});

// A call's parameters and every rule with its code; with `aid`, the payment schedule in euros.
std::string render_call(const Call& call, i18n::Lang lang, std::optional<std::int64_t> aid_cents);

// The rule `code` in every call that has it, in a holder's words: what it means, what to do, its
// passage and severity; `verbose` adds the rule kind, its parameters and where the call file defines it.
// Nothing when no call has it.
std::optional<std::string> render_explain(const std::string& code, const std::vector<Call>& calls, i18n::Lang lang,
                                          bool verbose = false);

// "e013", "E013", "sieg-e013" -> "SIEG-E013".
std::string normalise_code(const std::string& code);

} // namespace sieg::calls
