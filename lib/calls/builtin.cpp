#include <stdexcept>

#include "calls/call.hpp"
#include "resources/archive.hpp"
#include "resources/parsed.hpp"

namespace sieg::calls {

namespace {
Call parse_embedded(std::string_view name, std::string_view bytes) {
  // Its snapshot, made at build time, when the binary has one for this very text; else parsed here.
  if (auto snapshot = resources::snapshot(name, bytes)) return from_snapshot(*snapshot);
  auto loaded = load_call(std::string(bytes), std::string(name), i18n::Lang::En);
  if (!loaded.call)
    throw std::logic_error("embedded " + std::string(name) + " does not load: " + loaded.diags.front().message);
  return std::move(*loaded.call);
}

resources::Parsed<Call>& embedded() {
  static resources::Parsed<Call> calls("calls", parse_embedded);
  return calls;
}
} // namespace

const Call* find_call(const std::string& id) { return embedded().find(id); }

const std::vector<Call>& builtin_calls() { return embedded().all(); }

} // namespace sieg::calls
