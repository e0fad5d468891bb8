// Files of schemas/ compiled into the binary (see cmake/embed.cmake).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sieg::resources {

struct Resource {
  std::string_view name;   // path relative to schemas/, e.g. "dossier.schema.json"
  std::string_view bytes;
};

const std::vector<Resource>& all();

// The embedded file named `name`, if any.
std::optional<std::string_view> find(std::string_view name);

} // namespace sieg::resources
