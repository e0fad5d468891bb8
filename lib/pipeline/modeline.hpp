// SIEG-L024: a file's yaml-language-server modeline names a schema that is not there (a dossier moved to
// another folder keeps its relative "$schema=../schemas/…", and the editor silently stops helping).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"

namespace sieg::pipeline {

class Repository;

// The file a modeline's schema resolves to, as yaml-language-server resolves it: relative to the file's
// folder, or absolute. None without a modeline, for a URL (http:, https:, file:, any scheme: not
// checked, sieg reads no network), for standard input, and outside a repository (a sieg.toml in force:
// a file copied somewhere on its own is nobody's editor setup).
std::optional<std::string> modeline_target(std::string_view bytes, const std::string& file, const Repository& repo);

// Whether that file is there: a regular file, links followed (what the editor opens).
bool modeline_resolves(const std::string& target);

// The warning when the modeline's schema is not there (where modeline_target applies), with the path that works when the repository
// has that schema in its schemas/ folder (what sieg init writes).
std::optional<diag::Diagnostic> modeline_problem(std::string_view bytes, const std::string& file, const Repository& repo,
                                                 i18n::Lang lang);

} // namespace sieg::pipeline
