// Masking the people a repository knows in any text, as a reader would recognise them: whole names and
// surnames, whatever the case, accents, spacing, hyphens or apostrophes ("Hélène Garnier", "GARNIER
// Hélène", "helene-garnier", "Garnier"). Words are runs of letters, digits and marks (Unicode), compared
// folded (fold.hpp); a match covers whole words only, so "Martin" never masks "Martine".
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sieg::text {

class Masker {
 public:
  // A person's name: masked whole, in either order of its first and last words, and its last word alone
  // (the surname) when that has 3 letters or more. The first mark given for the same words wins.
  void person(std::string_view name, const std::string& mark);
  // A value masked whole only: an e-mail, a telephone, an address, a file name.
  void value(std::string_view value, const std::string& mark);
  // An organisation: masked whole, only where apply() is asked to (never in the dossier's own answers,
  // where "Région Aquitaine" is the funder, not a juror).
  void organisation(std::string_view name, const std::string& mark);
  // Every match in `s` replaced by its mark (longest first, left to right).
  void apply(std::string& s, bool organisations = true) const;
  std::string masked(std::string s, bool organisations = true) const {
    apply(s, organisations);
    return s;
  }
  bool empty() const { return patterns_ == 0; }

 private:
  struct Pattern {
    std::vector<std::string> words;  // folded
    std::string mark;
    bool organisation = false;
  };
  void add(std::vector<std::string> words, const std::string& mark, bool organisation);
  std::unordered_map<std::string, std::vector<Pattern>> by_first_;  // first word -> patterns, longest first
  std::size_t patterns_ = 0;
};

// The words of `s` (runs of Unicode letters, digits and marks), each with its byte span and folded form.
struct Word {
  std::size_t begin = 0, end = 0;
  std::string folded;
};
std::vector<Word> words(std::string_view s);

} // namespace sieg::text
