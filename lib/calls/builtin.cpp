#include <algorithm>
#include <stdexcept>

#include "calls/call.hpp"
#include "resources/resources.hpp"

namespace sieg::calls {

const std::vector<Call>& builtin_calls() {
  static const std::vector<Call> calls = [] {
    std::vector<Call> out;
    for (const auto& r : resources::all()) {
      if (r.name.rfind("calls/", 0) != 0) continue;
      auto loaded = load_call(std::string(r.bytes), std::string(r.name), i18n::Lang::En);
      if (!loaded.call)
        throw std::logic_error("embedded " + std::string(r.name) + " does not load: " + loaded.diags.front().message);
      out.push_back(std::move(*loaded.call));
    }
    std::sort(out.begin(), out.end(), [](const Call& a, const Call& b) { return a.id < b.id; });
    return out;
  }();
  return calls;
}

const Call* find_call(const std::string& id) {
  for (const auto& c : builtin_calls())
    if (c.id == id) return &c;
  return nullptr;
}

} // namespace sieg::calls
