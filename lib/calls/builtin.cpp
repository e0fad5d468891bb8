#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "calls/call.hpp"
#include "resources/resources.hpp"

namespace sieg::calls {

namespace {
// Each embedded call is parsed the first time it is asked for, not at start: a run on Aquitaine
// dossiers never reads Picardie's call (embedded file "calls/<id>.toml", checked in builtin_calls()).
Call parse_embedded(std::string_view name, std::string_view bytes) {
  auto loaded = load_call(std::string(bytes), std::string(name), i18n::Lang::En);
  if (!loaded.call)
    throw std::logic_error("embedded " + std::string(name) + " does not load: " + loaded.diags.front().message);
  return std::move(*loaded.call);
}
} // namespace

const Call* find_call(const std::string& id) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<const Call>> parsed;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = parsed.find(id);
  if (it != parsed.end()) return it->second.get();
  const std::string name = "calls/" + id + ".toml";
  std::unique_ptr<const Call> call;
  if (auto bytes = resources::find(name)) call = std::make_unique<const Call>(parse_embedded(name, *bytes));
  return parsed.emplace(id, std::move(call)).first->second.get();
}

const std::vector<Call>& builtin_calls() {
  static const std::vector<Call> calls = [] {
    std::vector<Call> out;
    for (const auto& r : resources::all()) {
      if (r.name.rfind("calls/", 0) != 0) continue;
      out.push_back(parse_embedded(r.name, r.bytes));
      if ("calls/" + out.back().id + ".toml" != r.name)
        throw std::logic_error("embedded " + std::string(r.name) + " holds call " + out.back().id + ": the file must be named after its id");
    }
    std::sort(out.begin(), out.end(), [](const Call& a, const Call& b) { return a.id < b.id; });
    return out;
  }();
  return calls;
}

} // namespace sieg::calls
