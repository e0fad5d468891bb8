// Escaping text for its target: whatever a dossier, a review or a file name holds renders as visible, inert
// text. The one escaper of every renderer (reports, site, minutes, score, rank, status).
#pragma once
#include <string>
#include <string_view>

namespace sieg::markup {

// HTML text and attribute values (also valid in inline SVG): & < > " ' become character references.
std::string html(std::string_view s);

// Markdown inline text (CommonMark/GFM): characters that could open markup (links, images, raw HTML,
// emphasis, code, tables, headings, entities, math) are backslash-escaped; line breaks become spaces,
// so a value never leaves its paragraph, list item or table cell.
std::string md(std::string_view s);

} // namespace sieg::markup
