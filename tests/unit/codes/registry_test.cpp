#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>

#include "calls/call.hpp"
#include "codes/registry.hpp"

using namespace sieg;

// Every code the sources can emit (a "SIEG-X000" literal in lib/, or a code in schemas/), not only the
// registry's own list, is known to the registry: sieg explain has a word for each.
TEST_CASE("registry: every code lib/ and schemas/ can emit is known") {
  namespace fs = std::filesystem;
  const std::regex code("SIEG-[A-Z]+[0-9]{3}");
  std::set<std::string> emitted;
  for (const char* folder : {"lib", "schemas"})
    for (const auto& e : fs::recursive_directory_iterator(fs::path(SIEG_SOURCE_DIR) / folder)) {
      if (!e.is_regular_file()) continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::string text((std::istreambuf_iterator<char>(in)), {});
      for (std::sregex_iterator it(text.begin(), text.end(), code), end; it != end; ++it) emitted.insert(it->str());
    }
  CHECK(emitted.size() > 100);
  const std::vector<std::string> known = codes::codes(calls::builtin_calls());
  for (const auto& c : emitted) {
    CAPTURE(c);
    CHECK(std::find(known.begin(), known.end(), c) != known.end());
  }
}
