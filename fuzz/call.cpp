// Fuzz target: a call file (TOML) through the checked loader, then its payment schedule and — with its
// [[questions]] — the dossier schema they are merged into, compiled as sieg compiles it.
#include <string>

#include "calls/call.hpp"
#include "calls/dossier_schema.hpp"
#include "schema/schema.hpp"
#include "target.hpp"

using namespace sieg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto r = calls::load_call(text, "fuzz.toml", i18n::Lang::En);
  if (r.call) {
    (void)calls::schedule(*r.call, 4000000);
    if (!r.call->questions.empty()) {
      auto compiled = schema::compile_text(calls::dossier_schema_text({&*r.call}));
      if (!compiled.schema) __builtin_trap();  // a call that loads gives a schema that compiles
    }
  }
  return 0;
}
