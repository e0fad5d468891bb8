#include "repo/discover.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace sieg::repo {
namespace fs = std::filesystem;

namespace {
bool is_yaml(const fs::path& p) { return p.extension() == ".yaml" || p.extension() == ".yml"; }

std::string display(const fs::path& p) {
  std::string s = p.lexically_normal().generic_string();
  return s.rfind("./", 0) == 0 ? s.substr(2) : s;
}
} // namespace

std::string dossier_id(const std::string& path) { return fs::path(path).stem().string(); }

std::string reviews_dir(const std::string& dossier_path, const std::optional<std::string>& reviews_root) {
  fs::path root = reviews_root ? fs::path(*reviews_root) : fs::path(dossier_path).parent_path() / "evaluations";
  return display(root / dossier_id(dossier_path));
}

std::vector<std::string> review_files(const std::string& dossier_path, const std::optional<std::string>& reviews_root) {
  std::vector<std::string> out;
  fs::path dir = reviews_dir(dossier_path, reviews_root);
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (is_yaml(it->path())) out.push_back(display(it->path()));
  std::sort(out.begin(), out.end());
  return out;
}

} // namespace sieg::repo
