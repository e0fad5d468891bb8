// Reading sieg's TOML data files (calls, grids) with toml++: every problem becomes a diagnostic with
// the file, line and column, and every key is checked against the keys allowed there.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"

namespace sieg::tomlread {

class Reader {
 public:
  // `code` is the diagnostic code of every problem found (SIEG-C001 for calls, SIEG-G001 for grids).
  Reader(std::string file, i18n::Lang lang, std::string code, std::vector<diag::Diagnostic>& out)
      : file_(std::move(file)), lang_(lang), code_(std::move(code)), out_(out) {}

  // Parses the text; a syntax error is reported and nothing is returned.
  std::optional<toml::table> parse(const std::string& text);

  i18n::Lang lang() const { return lang_; }
  void error(const toml::source_region& where, const std::string& message);
  template <typename... Args>
  void error(const toml::node& n, const i18n::Text& t, Args&&... args) {
    error(n.source(), fmt::format(fmt::runtime(i18n::pick(t, lang_)), std::forward<Args>(args)...));
  }

  void check_keys(const toml::table& t, const std::vector<std::string>& allowed);
  void check_keys(const toml::table& t, std::initializer_list<const char*> allowed);
  const toml::node* need(const toml::table& t, const char* key);
  std::optional<std::string> string(const toml::table& t, const char* key, bool required);
  i18n::Localized text(const toml::table& t, const char* key);         // { fr = "...", en = "..." }
  i18n::Localized text(const toml::node& n, const char* key);
  std::vector<std::string> strings(const toml::node& n, const char* key);
  // An integer within [min, max]; a number from 0 to 1000 with at most two decimals as hundredths.
  std::optional<long long> integer(const toml::node& n, const char* key, long long min, long long max);
  std::optional<long long> hundredths(const toml::node& n, const char* key);
  void wrong_type(const toml::node& n, const char* key, const i18n::Text& expected);

 private:
  std::string file_;
  i18n::Lang lang_;
  std::string code_;
  std::vector<diag::Diagnostic>& out_;
};

} // namespace sieg::tomlread
