// Small pieces several subcommands share.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "rules/date.hpp"

namespace sieg::cmd {

// --date YYYY-MM-DD: the date, or nothing after saying what is wrong (the caller exits 2).
// An empty value is "not given": nothing is returned, `ok` stays true, nothing is printed.
std::optional<rules::Date> date_option(const std::string& value, const Globals& g, bool& ok);

// "N YAML file(s) left out, not being valid dossiers (sieg validate says why): a, b" (empty when none).
std::string left_out_note(const std::vector<std::string>& files, i18n::Lang lang);

} // namespace sieg::cmd
