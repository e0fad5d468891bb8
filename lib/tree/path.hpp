// Paths into a dossier: "budget.aide_demandee", "partenaires[].nature" ([] = every item of a list).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "tree/node.hpp"

namespace sieg::tree {

// Well-formed: dot-separated keys of [a-z0-9_], each optionally followed by [].
bool valid_path(std::string_view path);

// Every node the path reaches (none when a key is missing).
std::vector<const tree::Node*> select(const tree::Node& root, std::string_view path);

// Where to point when the path reaches nothing: the deepest mapping that exists on the way.
tree::Pos missing_pos(const tree::Node& root, std::string_view path);

// Present and not empty: a non-blank string, a non-empty list or mapping, any number or boolean.
bool filled(const tree::Node& n);

} // namespace sieg::tree
