#include "pipeline/modeline.hpp"

#include <cctype>
#include <filesystem>

#include <sys/stat.h>

#include <fmt/format.h>

#include "pipeline/messages.hpp"
#include "pipeline/repository.hpp"
#include "tree/node.hpp"
#include "yaml/modeline.hpp"

namespace sieg::pipeline {
namespace fs = std::filesystem;

namespace {

// "https://…", "file:///…": a URL (two letters at least before the colon: "C:" is not a scheme).
bool is_url(const std::string& t) {
  std::size_t i = 0;
  while (i < t.size() && (std::isalnum(static_cast<unsigned char>(t[i])) || t[i] == '+' || t[i] == '-' || t[i] == '.')) ++i;
  return i >= 2 && i < t.size() && t[i] == ':' && std::isalpha(static_cast<unsigned char>(t[0]));
}

// The modeline and the file it names (see modeline_target).
struct Target {
  yaml::Modeline line;
  std::string path;
};
std::optional<Target> target_of(std::string_view bytes, const std::string& file, const Repository& repo) {
  if (!repo.has_config || file == "-" || file.empty()) return std::nullopt;
  auto m = yaml::schema_modeline(bytes);
  if (!m || is_url(m->target)) return std::nullopt;
  fs::path t(m->target);
  fs::path dir = fs::path(file).parent_path();
  fs::path p = t.is_absolute() || dir.empty() ? t : dir / t;
  return Target{std::move(*m), p.lexically_normal().string()};
}

} // namespace

std::optional<std::string> modeline_target(std::string_view bytes, const std::string& file, const Repository& repo) {
  auto t = target_of(bytes, file, repo);
  if (!t) return std::nullopt;
  return std::move(t->path);
}

bool modeline_resolves(const std::string& target) {
  struct stat st {};
  return ::stat(target.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

std::optional<diag::Diagnostic> modeline_problem(std::string_view bytes, const std::string& file, const Repository& repo,
                                                 i18n::Lang lang) {
  auto t = target_of(bytes, file, repo);
  if (!t || modeline_resolves(t->path)) return std::nullopt;
  const yaml::Modeline* m = &t->line;
  diag::Diagnostic d;
  d.code = "SIEG-L024";
  d.severity = diag::Severity::Warning;
  d.file = file;
  d.line = m->line;
  d.col = m->col;
  // Cut: the line is the file author's, of any length.
  d.message = fmt::format(fmt::runtime(i18n::pick(msg::kModelineMissing, lang)), tree::cut(m->target, 120), tree::cut(t->path, 120));
  // The schema of that name in the repository's schemas/ folder, when it is there: the path that works.
  std::string name = fs::path(m->target).filename().string();
  fs::path there = fs::path(repo.config.root) / "schemas" / name;
  if (!name.empty() && modeline_resolves(there.string())) {
    fs::path dir = fs::path(file).parent_path();
    fs::path rel = there.lexically_normal().lexically_relative(dir.empty() ? fs::path(".") : dir.lexically_normal());
    if (!rel.empty())
      d.hint = fmt::format(fmt::runtime(i18n::pick(msg::kModelineHint, lang)), rel.string());
  }
  if (d.hint.empty()) d.hint = i18n::pick(msg::kModelineInitHint, lang);
  return d;
}

} // namespace sieg::pipeline
