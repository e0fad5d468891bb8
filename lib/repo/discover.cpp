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

std::vector<std::string> yaml_files(const std::string& root) {
  std::vector<std::string> out;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    std::error_code e2;
    if (it->is_directory(e2)) {
      if ((!name.empty() && name[0] == '.') || name == "evaluations" || name.rfind("build", 0) == 0 ||
          name == "node_modules")
        it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(e2) && is_yaml(p)) out.push_back(display(p));
  }
  std::sort(out.begin(), out.end());
  return out;
}

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
