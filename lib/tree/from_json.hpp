// nlohmann::json -> tree::Node (no positions): for schema constants and JSON test data.
#pragma once
#include <nlohmann/json.hpp>

#include "tree/node.hpp"

namespace sieg::tree {

Node from_json(const nlohmann::json& j);

} // namespace sieg::tree
