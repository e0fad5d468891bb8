// Fuzz target: sieg.toml through its loader (known codes: every code of the built-in calls).
#include <string>

#include "calls/call.hpp"
#include "codes/registry.hpp"
#include "config/config.hpp"
#include "target.hpp"

using namespace sieg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<std::string> codes = codes::codes(calls::builtin_calls());
  std::string text(reinterpret_cast<const char*>(data), size);
  auto r = config::load_config(text, "sieg.toml", i18n::Lang::En, codes);
  if (r.config)
    for (const auto& g : r.config->dossiers) (void)config::glob_match(g, "dossiers/a/b.yaml");
  return 0;
}
