#include "tree/path.hpp"

namespace sieg::tree {
namespace {

struct Step {
  std::string key;
  bool each = false;
};

std::vector<Step> steps(std::string_view p) {
  std::vector<Step> out;
  std::size_t i = 0;
  while (i <= p.size()) {
    std::size_t dot = p.find('.', i);
    std::string_view seg = p.substr(i, dot == std::string_view::npos ? std::string_view::npos : dot - i);
    Step s;
    if (seg.size() >= 2 && seg.substr(seg.size() - 2) == "[]") {
      s.each = true;
      seg.remove_suffix(2);
    }
    s.key = std::string(seg);
    out.push_back(std::move(s));
    if (dot == std::string_view::npos) break;
    i = dot + 1;
  }
  return out;
}

} // namespace

bool valid_path(std::string_view p) {
  if (p.empty()) return false;
  for (const auto& s : steps(p)) {
    if (s.key.empty()) return false;
    for (char c : s.key)
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

std::vector<const tree::Node*> select(const tree::Node& root, std::string_view path) {
  std::vector<const tree::Node*> cur{&root};
  for (const auto& s : steps(path)) {
    std::vector<const tree::Node*> next;
    for (const tree::Node* n : cur) {
      const tree::Node* v = n->kind == tree::Kind::Object ? n->get(s.key) : nullptr;
      if (v == nullptr) continue;
      if (s.each) {
        if (v->kind == tree::Kind::Array)
          for (const auto& item : v->items) next.push_back(&item);
      } else {
        next.push_back(v);
      }
    }
    cur = std::move(next);
  }
  return cur;
}

tree::Pos missing_pos(const tree::Node& root, std::string_view path) {
  const tree::Node* n = &root;
  for (const auto& s : steps(path)) {
    const tree::Node* v = n->kind == tree::Kind::Object ? n->get(s.key) : nullptr;
    if (v == nullptr || v->kind != tree::Kind::Object || s.each) break;
    n = v;
  }
  return n->pos;
}

bool filled(const tree::Node& n) {
  switch (n.kind) {
    case tree::Kind::Null: return false;
    case tree::Kind::String: return n.text.find_first_not_of(" \t\r\n") != std::string::npos;
    case tree::Kind::Array: return !n.items.empty();
    case tree::Kind::Object: return !n.members.empty();
    default: return true;
  }
}

} // namespace sieg::tree
