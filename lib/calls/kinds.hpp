// The rule kinds: C++ checks that calls parameterise in TOML. A new call needs no C++ change for
// any kind listed here.
#pragma once
#include <string_view>
#include <vector>

#include "i18n/lang.hpp"

namespace sieg::calls {

enum class ParamType { String, Path, PathList, Number, Integer, StringList, Date };

struct ParamSpec {
  const char* name;
  ParamType type;
  bool required;
};

struct KindSpec {
  const char* name;
  std::vector<ParamSpec> params;
  i18n::Text description;  // what the kind checks, for `sieg explain` and man/sieg-call.5
};

const std::vector<KindSpec>& kinds();
const KindSpec* find_kind(std::string_view name);

} // namespace sieg::calls
