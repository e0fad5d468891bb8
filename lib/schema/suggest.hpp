// "Did you mean": the closest candidate to a misspelt key or enumeration value.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sieg::schema {

// Lower case, French accents and ligatures folded ("Émergence" -> "emergence", "œ" -> "oe"),
// spaces, hyphens and apostrophes turned into '_'.
std::string fold(std::string_view s);

// Edit distance in characters (UTF-8 aware).
std::size_t distance(std::string_view a, std::string_view b);

// The candidate closest to `word` after folding, if close enough to be a likely typo.
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

} // namespace sieg::schema
