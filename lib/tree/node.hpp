// A JSON-shaped value in which every node and every key keeps its position in the source.
// The YAML loader builds it; the schema engine validates it.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace sieg::tree {

struct Pos {
  int line = 0;  // 1-based; 0 = unknown
  int col = 0;   // 1-based, in characters
};

enum class Kind { Null, Bool, Number, String, Array, Object };

struct Member;

struct Node {  // fields ordered for size (104 bytes): a hostile mapping of 200 000 keys holds as many
  Kind kind = Kind::Null;
  Pos pos;
  bool boolean = false;
  bool integer_literal = false;  // Number written as a plain integer (no fraction, no exponent)
  bool quoted = false;        // String written quoted or as a block scalar in YAML
  double number = 0;          // Kind::Number
  std::string text;           // String value, or a Number's literal as written
  std::vector<Node> items;    // Kind::Array
  std::vector<Member> members;  // Kind::Object, in source order

  const Node* get(std::string_view key) const;
};

struct Member {
  std::string key;
  Pos key_pos;
  Node value;
};

// The number is integral (1, 1.0, 1e3); JSON Schema's notion of "integer".
bool is_integral(const Node& n);

// JSON Schema equality: numbers by value (1 == 1.0), objects regardless of member order.
bool equal(const Node& a, const Node& b);

// The text is a number in JSON's grammar (-12, 0.5, 1e3; not 0123, +1, .5, 0x1F, inf); `integer` is
// set when it has neither fraction nor exponent.
bool is_json_number(std::string_view text, bool& integer);

// At most `max_chars` characters of `s`, cut on a character boundary, with "…" when cut: what a message
// quotes of the input (a key, a name), never the whole of a long one.
std::string cut(std::string_view s, std::size_t max_chars = 60);

// Short human rendering of a scalar value for messages ("42", "« oui »", "true", "null").
std::string preview(const Node& n, std::size_t max_chars = 40);

} // namespace sieg::tree
