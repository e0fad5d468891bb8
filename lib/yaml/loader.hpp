// The guarded YAML loader: bytes -> positioned tree, with one clear diagnostic for each way a
// file can be wrong (encoding, syntax, duplicate keys, aliases, tags, depth, several documents).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"
#include "tree/node.hpp"

namespace sieg::yaml {

struct Limits {
  int max_depth = 64;  // nested mappings and lists; a dossier needs fewer than 10
};

struct LoadResult {
  std::optional<tree::Node> root;      // set only when diags holds no error
  std::vector<diag::Diagnostic> diags;
};

// Loads one YAML document whose top level must be a mapping. Plain scalars are typed strictly:
// true/false are booleans, JSON-style numbers are numbers, null/~/empty are null; everything else,
// and every quoted or block scalar, is a string ("0123", 'yes', 40 000 stay text).
LoadResult load(std::string_view bytes, const std::string& file, i18n::Lang lang, const Limits& limits = {});

} // namespace sieg::yaml
