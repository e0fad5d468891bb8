// Fuzz target: a call file (TOML) through the checked loader, then its payment schedule.
#include <string>

#include "calls/call.hpp"
#include "target.hpp"

using namespace sieg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto r = calls::load_call(text, "fuzz.toml", i18n::Lang::En);
  if (r.call) (void)calls::schedule(*r.call, 4000000);
  return 0;
}
