// `sieg calls new ID --from CALL`: an editable copy of a call file, every key of the format explained in
// comments at its top (man 5 sieg-call has the same in full).
#pragma once
#include <string>

namespace sieg::calls {

// `source_text` is the call file copied; its `id = "…"` line becomes `id`. The result loads as a call
// (tests/unit/calls/template_test.cpp).
std::string new_call_text(const std::string& id, const std::string& source_text, const std::string& from);

} // namespace sieg::calls
