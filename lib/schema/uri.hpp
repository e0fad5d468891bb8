// Just enough of RFC 3986 for $id / $ref inside one schema document.
#pragma once
#include <string>
#include <vector>

namespace sieg::schema::uri {

// `ref` resolved against `base` (both may be relative; an empty base leaves `ref` as it is).
std::string resolve(const std::string& base, const std::string& ref);

// Splits "doc#fragment" into its two parts (fragment without '#').
void split(const std::string& uri, std::string& doc, std::string& fragment);

// "%25" -> "%" etc.
std::string percent_decode(const std::string& s);

// "/a~1b/c~0d" -> {"a/b", "c~d"}; false if malformed.
bool pointer_tokens(const std::string& pointer, std::vector<std::string>& tokens);

// Escapes one reference token ("a/b" -> "a~1b").
std::string escape_token(const std::string& token);

} // namespace sieg::schema::uri
