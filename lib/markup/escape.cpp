#include "markup/escape.hpp"

#include "i18n/lang.hpp"

namespace sieg::markup {

std::string html(std::string_view raw) {
  std::string s = i18n::valid_utf8(raw);  // well-formed output whatever the bytes of a file name
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        // A control character is an HTML parse error (and an XML one in SVG): the replacement character.
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f) out += "\uFFFD";
        else out += c;
    }
  }
  return out;
}

std::string md(std::string_view raw) {
  static constexpr std::string_view kSpecial = "\\`*_[]<>|&#~!$";
  std::string s = i18n::valid_utf8(raw);
  std::string out;
  out.reserve(s.size() + 16);
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) {  // ESC, BEL...: shown, never sent to a terminal or a renderer
      out += "\uFFFD";
      continue;
    }
    if (kSpecial.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

} // namespace sieg::markup
