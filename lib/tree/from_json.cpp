#include "tree/from_json.hpp"

namespace sieg::tree {

Node from_json(const nlohmann::json& j) {
  Node n;
  switch (j.type()) {
    case nlohmann::json::value_t::null: n.kind = Kind::Null; break;
    case nlohmann::json::value_t::boolean:
      n.kind = Kind::Bool;
      n.boolean = j.get<bool>();
      break;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      n.kind = Kind::Number;
      n.number = j.get<double>();
      n.integer_literal = true;
      n.text = j.dump();
      break;
    case nlohmann::json::value_t::number_float:
      n.kind = Kind::Number;
      n.number = j.get<double>();
      n.text = j.dump();
      break;
    case nlohmann::json::value_t::string:
      n.kind = Kind::String;
      n.text = j.get<std::string>();
      n.quoted = true;
      break;
    case nlohmann::json::value_t::array:
      n.kind = Kind::Array;
      for (const auto& e : j) n.items.push_back(from_json(e));
      break;
    case nlohmann::json::value_t::object:
      n.kind = Kind::Object;
      for (auto it = j.begin(); it != j.end(); ++it) n.members.push_back(Member{it.key(), {}, from_json(it.value())});
      break;
    default: break;
  }
  return n;
}

} // namespace sieg::tree
