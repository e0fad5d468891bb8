// Checks on raw bytes done before any YAML parsing: encoding, UTF-8 validity, control characters.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sieg::yaml {

enum class ByteProblem {
  Utf16or32,     // a UTF-16/UTF-32 byte order mark or NUL-interleaved text
  InvalidUtf8,   // malformed, overlong, surrogate or out-of-range sequence
  ControlChar,   // NUL, a C0/C1 control other than tab/LF/CR, DEL, U+FFFE/U+FFFF
};

struct ByteIssue {
  ByteProblem problem;
  std::size_t offset;       // byte offset of the offending sequence
  unsigned value;           // the byte (InvalidUtf8) or the code point (ControlChar)
};

// The first problem in `bytes`, if any. A UTF-8 byte order mark at offset 0 is fine.
std::optional<ByteIssue> check_bytes(std::string_view bytes);

// Line starts of `text` (offset of the first byte of each line; lines end with LF).
std::vector<std::size_t> line_starts(std::string_view text);

// 1-based line and character column of a byte offset.
struct LineCol {
  int line;
  int col;
};
LineCol locate(std::string_view text, const std::vector<std::size_t>& starts, std::size_t offset);

// Number of UTF-8 characters in text[from, to).
int count_chars(std::string_view text, std::size_t from, std::size_t to);

} // namespace sieg::yaml
