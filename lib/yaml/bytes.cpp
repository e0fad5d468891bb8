#include "yaml/bytes.hpp"

#include <algorithm>

namespace sieg::yaml {

std::optional<ByteIssue> check_bytes(std::string_view b) {
  auto u = [&](std::size_t i) { return static_cast<unsigned char>(b[i]); };
  // Byte order marks of UTF-32 and UTF-16, or ASCII text interleaved with NULs.
  if (b.size() >= 2 && ((u(0) == 0xFF && u(1) == 0xFE) || (u(0) == 0xFE && u(1) == 0xFF)))
    return ByteIssue{ByteProblem::Utf16or32, 0, u(0)};
  if (b.size() >= 4 && u(0) == 0 && u(1) == 0 && u(2) == 0xFE && u(3) == 0xFF)
    return ByteIssue{ByteProblem::Utf16or32, 0, 0};
  if (b.size() >= 2 && ((u(0) == 0 && u(1) != 0 && u(1) < 0x80) || (u(0) != 0 && u(0) < 0x80 && u(1) == 0)))
    return ByteIssue{ByteProblem::Utf16or32, 0, 0};

  std::size_t i = 0;
  if (b.size() >= 3 && u(0) == 0xEF && u(1) == 0xBB && u(2) == 0xBF) i = 3;
  while (i < b.size()) {
    unsigned c = u(i);
    if (c < 0x80) {
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
        return ByteIssue{ByteProblem::ControlChar, i, c};
      ++i;
      continue;
    }
    std::size_t len;
    unsigned cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return ByteIssue{ByteProblem::InvalidUtf8, i, c};
    if (i + len > b.size()) return ByteIssue{ByteProblem::InvalidUtf8, i, c};
    for (std::size_t k = 1; k < len; ++k) {
      unsigned cc = u(i + k);
      if ((cc & 0xC0) != 0x80) return ByteIssue{ByteProblem::InvalidUtf8, i, c};
      cp = (cp << 6) | (cc & 0x3F);
    }
    bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    if (overlong || surrogate || cp > 0x10FFFF) return ByteIssue{ByteProblem::InvalidUtf8, i, c};
    // YAML's printable set leaves out C1 controls (except NEL) and the two non-characters.
    if ((cp >= 0x80 && cp <= 0x9F && cp != 0x85) || cp == 0xFFFE || cp == 0xFFFF)
      return ByteIssue{ByteProblem::ControlChar, i, cp};
    i += len;
  }
  return std::nullopt;
}

std::vector<std::size_t> line_starts(std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts.push_back(i + 1);
  return starts;
}

int count_chars(std::string_view text, std::size_t from, std::size_t to) {
  int n = 0;
  to = std::min(to, text.size());
  for (std::size_t i = from; i < to; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  return n;
}

LineCol locate(std::string_view text, const std::vector<std::size_t>& starts, std::size_t offset) {
  auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  std::size_t line = static_cast<std::size_t>(it - starts.begin());  // 1-based
  std::size_t start = starts[line - 1];
  return {static_cast<int>(line), count_chars(text, start, offset) + 1};
}

} // namespace sieg::yaml
