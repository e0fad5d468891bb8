#include <doctest/doctest.h>

#include <random>
#include <regex>

#include <nlohmann/json.hpp>

#include "resources/resources.hpp"
#include "schema/pattern.hpp"

using sieg::schema::Pattern;

namespace {
Pattern make(const std::string& source) {
  std::string why;
  auto p = Pattern::compile(source, &why);
  REQUIRE_MESSAGE(p.has_value(), source << ": " << why);
  return *p;
}

// Every "pattern" and "patternProperties" key of the embedded dossier schema.
void collect(const nlohmann::json& j, std::vector<std::string>& out) {
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (it.key() == "pattern" && it->is_string()) out.push_back(*it);
      if (it.key() == "patternProperties" && it->is_object())
        for (auto p = it->begin(); p != it->end(); ++p) out.push_back(p.key());
      collect(*it, out);
    }
  } else if (j.is_array()) {
    for (const auto& e : j) collect(e, out);
  }
}
} // namespace

TEST_CASE("the embedded schema's patterns all take the compact matcher") {
  std::vector<std::string> sources;
  collect(nlohmann::json::parse(*sieg::resources::find("dossier.schema.json")), sources);
  CHECK(sources.size() >= 6);
  for (const auto& s : sources) CHECK_MESSAGE(make(s).compact(), s);
}

TEST_CASE("hand-worked answers") {
  Pattern date = make("^[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31|02-29)$");
  CHECK(date.search("2015-02-28"));
  CHECK(date.search("2016-02-29"));
  CHECK(date.search("2015-12-31"));
  CHECK_FALSE(date.search("2015-04-31"));
  CHECK_FALSE(date.search("2015-13-01"));
  CHECK_FALSE(date.search("2015-1-01"));
  CHECK_FALSE(date.search("x2015-01-01"));
  CHECK_FALSE(date.search("2015-01-01\n"));
  Pattern dept = make("^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$");
  CHECK(dept.search("2A"));
  CHECK(dept.search("974"));
  CHECK_FALSE(dept.search("96"));
  CHECK_FALSE(dept.search("977"));
  Pattern unanchored = make("b+c");
  CHECK(unanchored.search("aabbbcdd"));
  CHECK_FALSE(unanchored.search("aabbbdd"));
  CHECK(make("").search("anything"));
  CHECK(make("^$").search(""));
  CHECK_FALSE(make("^$").search("a"));
  CHECK(make("[^0-9]").search("12a"));
  CHECK_FALSE(make("^[^0-9]+$").search("ab1"));
  CHECK(make("^a{2,}$").search("aaaa"));
  CHECK_FALSE(make("^a{2,3}$").search("aaaa"));
  CHECK(make("^(?:ab|a)(?:c|bc)$").search("abc"));  // backtracks into the first group
}

TEST_CASE("outside the subset, std::regex decides; invalid patterns are refused") {
  CHECK_FALSE(make("^\\w+$").compact());
  CHECK(make("^\\w+$").search("abc_1"));
  CHECK_FALSE(make("a.c").compact());
  CHECK(make("(?=a)a").search("a"));
  std::string why;
  CHECK_FALSE(Pattern::compile("(", &why).has_value());
  CHECK_FALSE(why.empty());
  CHECK_FALSE(Pattern::compile("[b-a]", &why).has_value());
}

TEST_CASE("a repeated group over a long text falls back instead of exhausting the stack") {
  Pattern p = make("^(?:ab)+$");
  REQUIRE(p.compact());
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "ab";
  CHECK(p.search(text));
  CHECK_FALSE(p.search(text + "a"));
  // A long run of one class is a loop, not a recursion: 64 KiB (the validator's bound) is fine.
  CHECK(make("^[a-z0-9_-]+$").search(std::string(64 * 1024, 'a')));
  CHECK_FALSE(make("^[a-z]+$").search(std::string(64 * 1024, 'a') + "A"));
}

TEST_CASE("the compact matcher agrees with std::regex (ECMAScript) on random texts") {
  const std::vector<std::string> patterns{
      "^[0-9]{5}$", "^[0-9]{14}$", "^[a-z0-9_]+$", "^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$",
      "a|b", "^a?b*c+$", "(?:ab)*c", "^(?:a|ab)(?:bc|c)$", "x{2,4}y", "^[^ab]{1,3}$", "(a|)+b",
      "^(?:a*)*$", "^[-a]+$", "^[a-]+$", "\\.\\-\\$", "^(?:(?:a|b){2})+$", "c$", "^c", "[0-9]{2,}",
      "^(a|b|)c?$", "^\\d{3}$"};
  std::mt19937 rng(42);
  const std::string alphabet = "abcxy09-.$2A\n";
  for (const auto& source : patterns) {
    Pattern p = make(source);
    CHECK_MESSAGE(p.compact(), source);
    std::regex re(source, std::regex::ECMAScript);
    for (int i = 0; i < 400; ++i) {
      std::string text;
      std::size_t len = rng() % 9;
      for (std::size_t k = 0; k < len; ++k) text += alphabet[rng() % alphabet.size()];
      INFO(source, " on '", text, "'");
      CHECK(p.search(text) == std::regex_search(text, re));
    }
  }
}
