// A schema's "pattern": the small regular expressions JSON Schemas use (anchors, literals, classes,
// groups, alternation, counted repeats) matched by a compact backtracking matcher that costs nothing
// to build; anything outside that subset goes to std::regex (ECMAScript). std::regex took ~10 % of a
// one-file `sieg validate` just to compile the embedded schema's six patterns.
// Both give the answers of ECMAScript's RegExp.test on byte strings (tests/unit/schema/pattern_test).
#pragma once
#include <memory>
#include <mutex>
#include <optional>
#include <regex>
#include <string>
#include <string_view>

namespace sieg::schema {

class Pattern {
 public:
  // Nothing (and the reason in `error`) when `source` is not a valid ECMAScript regular expression.
  static std::optional<Pattern> compile(const std::string& source, std::string* error);

  // True when the pattern matches somewhere in `text` (JSON Schema's "pattern" is not anchored).
  bool search(std::string_view text) const;
  // True when the compact matcher handles it (no std::regex involved).
  bool compact() const { return program_ != nullptr; }
  const std::string& source() const { return source_; }

  struct Program;

 private:
  std::string source_;
  std::shared_ptr<const Program> program_;
  struct Fallback {  // std::regex: built at compile() outside the subset, else only if the matcher gives up
    std::once_flag once;
    std::unique_ptr<std::regex> regex;
  };
  std::shared_ptr<Fallback> fallback_;
};

} // namespace sieg::schema
