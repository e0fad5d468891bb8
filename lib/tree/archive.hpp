// The fields of the tree's values for resources/archive.hpp (a Node held by a compiled schema or a call).
#pragma once
#include "tree/node.hpp"

namespace sieg::tree {

// Guards against a field added to a struct and forgotten below (sizes of x86-64 with libstdc++).
#if defined(__x86_64__) && defined(__GLIBCXX__)
static_assert(sizeof(Node) == 104 && sizeof(Member) == 144 && sizeof(Pos) == 8,
              "a field of tree::Node, Member or Pos changed: list it in fields() below, then update these sizes");
#endif

template <typename A>
void fields(A& a, Pos& p) {
  a(p.line);
  a(p.col);
}

template <typename A>
void fields(A& a, Node& n) {
  a(n.kind);
  a(n.pos);
  a(n.boolean);
  a(n.integer_literal);
  a(n.quoted);
  a(n.number);
  a(n.text);
  a(n.items);
  a(n.members);
}

template <typename A>
void fields(A& a, Member& m) {
  a(m.key);
  a(m.key_pos);
  a(m.value);
}

} // namespace sieg::tree
