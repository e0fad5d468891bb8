#include "resources/resources.hpp"

namespace sieg::resources {

std::optional<std::string_view> find(std::string_view name) {
  for (const auto& r : all())
    if (r.name == name) return r.bytes;
  return std::nullopt;
}

} // namespace sieg::resources
