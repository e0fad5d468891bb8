#include "pipeline/repository.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <unordered_map>

#include <fmt/format.h>

#include "calls/dossier_schema.hpp"
#include "codes/registry.hpp"
#include "schema/builtin.hpp"
#include "io/read.hpp"

namespace sieg::pipeline {
namespace fs = std::filesystem;

namespace {


std::string_view file_name(std::string_view path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// What fs::path::stem gives, on a file name.
std::string_view stem_of(std::string_view name) {
  if (name == "." || name == "..") return name;
  std::size_t dot = name.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot);
}

// Ends in .yaml or .yml, with a stem before it (".yaml" alone is a stem, as for fs::path).
bool is_yaml_name(std::string_view path) {
  std::string_view name = file_name(path);
  std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || name == "..") return false;
  std::string_view ext = name.substr(dot);
  return ext == ".yaml" || ext == ".yml";
}

// The folders of a path, in order ("/" of an absolute path and empty parts left out).
template <typename F>
bool any_folder(std::string_view path, F f) {
  std::size_t end = path.rfind('/');
  if (end == std::string_view::npos) return false;
  for (std::size_t i = 0; i < end;) {
    std::size_t j = path.find('/', i);
    if (j > end) j = end;
    if (j > i && f(path.substr(i, j - i))) return true;
    i = j + 1;
  }
  return false;
}

bool skipped_folder(const std::string& name) {
  return (!name.empty() && name[0] == '.') || name.rfind("build", 0) == 0 || name == "node_modules";
}

diag::Diagnostic config_error(const std::string& file, const std::string& message) {
  diag::Diagnostic d;
  d.code = "SIEG-T001";
  d.file = file;
  d.message = message;
  return d;
}

// sieg.toml's `call` or `grid`: a built-in id, else a file relative to sieg.toml's folder, loaded with
// its problems positioned. `ok` turns false (after saying why) when neither.
template <typename T, typename Result, typename Find, typename Load>
std::shared_ptr<const T> data_file(const Repository& repo, const config::Config& c, const std::string& value,
                                   const i18n::Text& unknown, Find find,
                                   Load load, std::optional<T> Result::*member, i18n::Lang lang,
                                   std::vector<diag::Diagnostic>& diags, bool& ok) {
  if (const T* builtin = find(value)) return std::make_shared<const T>(*builtin);
  std::string path = shown((fs::path(c.root) / value).string());
  io::Input in = repo.read(path, lang);
  if (in.error) {  // never its content: only that it is not a readable call or grid of the repository
    diags.push_back(config_error(c.file, fmt::format(fmt::runtime(i18n::pick(unknown, lang)), value)));
    ok = false;
    return nullptr;
  }
  Result loaded = load(in.bytes, path, lang);
  diags.insert(diags.end(), loaded.diags.begin(), loaded.diags.end());
  if (!(loaded.*member)) {
    ok = false;
    return nullptr;
  }
  return std::make_shared<const T>(std::move(*(loaded.*member)));
}

} // namespace

// Every YAML file under `dir` (or `dir` itself when it is a file), leaving out hidden and build folders;
// no more than kMaxFilesPerRun + 1 in `out` (the one more says the limit is passed).
void walk_yaml(const std::string& dir, std::vector<std::string>& out) {
  std::error_code ec;
  if (fs::is_regular_file(dir, ec)) {
    out.push_back(shown(dir));
    return;
  }
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const std::string& path = it->path().native();
    std::error_code e2;
    if (it->is_directory(e2)) {
      if (skipped_folder(std::string(file_name(path)))) it.disable_recursion_pending();
      continue;
    }
    if (is_yaml_name(path) && it->is_regular_file(e2)) out.push_back(shown(path));
    if (out.size() > kMaxFilesPerRun) return;
  }
}

namespace {
// Already as shown: no "." or ".." component, no empty one (but a leading "/"), no trailing "/".
bool is_shown(std::string_view s) {
  if (s.empty() || s.back() == '/') return false;
  for (std::size_t i = 0;;) {
    std::size_t j = s.find('/', i);
    std::string_view part = s.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i);
    if ((part.empty() && i != 0) || part == "." || part == "..") return false;
    if (j == std::string_view::npos) return true;
    i = j + 1;
  }
}
} // namespace

std::string shown(const std::string& path) {
  std::string_view v(path);
  while (v.size() > 2 && v.compare(0, 2, "./") == 0 && v[2] != '/') v.remove_prefix(2);
  if (is_shown(v)) return std::string(v);  // the common case, without std::filesystem
  std::string s = fs::path(path).lexically_normal().generic_string();
  while (s.rfind("./", 0) == 0) s = s.substr(2);
  if (s.size() > 1 && s.back() == '/') s.pop_back();
  return s.empty() ? "." : s;
}

std::string dossier_id(const std::string& path) { return std::string(stem_of(file_name(path))); }

std::optional<std::string> known_non_dossier(const std::string& path) {
  static const std::pair<const char*, const char*> kTools[] = {
      {"mkdocs", "MkDocs"},           {"docker-compose", "Docker Compose"}, {"compose", "Docker Compose"},
      {"codecov", "Codecov"},         {"action", "GitHub Actions"},         {"azure-pipelines", "Azure Pipelines"},
      {"bitbucket-pipelines", "Bitbucket Pipelines"}, {"appveyor", "AppVeyor"}, {"_config", "Jekyll"},
      {"pubspec", "Dart"},                 {"netlify", "Netlify"},
      {"renovate", "Renovate"},       {"dependabot", "Dependabot"},
  };
  const std::string p = shown(path);
  std::string name(file_name(p));
  if (!name.empty() && name[0] == '.') {
    if (name.rfind(".pre-commit", 0) == 0) return std::string("pre-commit");
    if (name.rfind(".gitlab-ci", 0) == 0) return std::string("GitLab CI");
    return std::string(".*");
  }
  std::optional<std::string> hidden;
  any_folder(p, [&](std::string_view s) {
    if (s.size() > 1 && s[0] == '.' && s != "..") hidden = s == ".github" ? std::string("GitHub") : std::string(s);
    return hidden.has_value();
  });
  if (hidden) return hidden;
  std::string stem(stem_of(name));
  std::transform(stem.begin(), stem.end(), stem.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& [file, tool] : kTools)
    if (stem == file) return std::string(tool);
  return std::nullopt;
}

bool valid_id(const std::string& id) {
  auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  if (id.empty() || id.size() > 100 || !alnum(id[0])) return false;
  return std::all_of(id.begin(), id.end(), [&](char c) { return alnum(c) || c == '-' || c == '_' || c == '.'; });
}

std::string Repository::reviews_root(const std::string& dossier_path) const {
  if (reviews_override) return shown(*reviews_override);
  if (has_config) return config::reviews_dir(config);
  return shown((fs::path(dossier_path).parent_path() / "evaluations").string());
}

std::vector<std::string> Repository::review_files(const std::string& dossier_path) const {
  std::vector<std::string> out;
  if (!valid_id(dossier_id(dossier_path))) return out;  // never a path built from ".." or the like
  fs::path dir = fs::path(reviews_root(dossier_path)) / dossier_id(dossier_path);
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code e2;
    if (is_yaml_name(it->path().native()) && it->is_regular_file(e2)) out.push_back(shown(it->path().string()));
    if (out.size() > kMaxReviewsPerDossier) break;  // one more than the limit says it is passed
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<std::string> Repository::review_owner(const std::string& path) const {
  const std::string p = shown(path);
  std::size_t slash = p.rfind('/');
  if (!is_yaml_name(p) || slash == std::string::npos) return std::nullopt;
  std::string_view owner_dir = std::string_view(p).substr(0, slash);  // the parent ("" for "/x.yaml")
  std::size_t up = owner_dir.rfind('/');
  std::string id(up == std::string_view::npos ? owner_dir : owner_dir.substr(up + 1));
  if (!valid_id(id)) return std::nullopt;
  std::string root(up == std::string_view::npos ? std::string_view() : owner_dir.substr(0, up == 0 ? 1 : up));
  if (reviews_override || has_config) {
    std::string want = reviews_override ? shown(*reviews_override) : config::reviews_dir(config);
    std::string have = shown(root.empty() ? "." : root);
    if ((have[0] == '/') == (want[0] == '/')) {  // both from here, or both absolute
      if (have != want) return std::nullopt;
    } else {
      std::error_code ec;
      if (fs::absolute(have, ec).lexically_normal() != fs::absolute(want, ec).lexically_normal()) return std::nullopt;
    }
  } else if (file_name(root) != "evaluations") {
    return std::nullopt;
  }
  return id;
}

std::optional<std::string> Repository::dossier_of_review(const std::string& path) const {
  auto id = review_owner(path);
  if (!id) return std::nullopt;
  std::error_code ec;
  if (!reviews_override && !has_config) {  // evaluations/ beside the dossier
    fs::path base = fs::path(shown(path)).parent_path().parent_path().parent_path();
    for (const char* ext : {".yaml", ".yml"})
      if (fs::is_regular_file(base / (*id + ext), ec)) return shown((base / (*id + ext)).string());
    return std::nullopt;
  }
  for (const auto& f : dossier_files())
    if (dossier_id(f) == *id) return f;
  return std::nullopt;
}

bool Repository::is_dossier(const std::string& path) const {
  const std::string s = shown(path);
  if (!is_yaml_name(s)) return false;
  std::string root = shown(config.root);
  auto under = [&](const std::string& dir) {
    return dir == "." || (s.size() > dir.size() && s.compare(0, dir.size(), dir) == 0 && s[dir.size()] == '/');
  };
  // Hidden folders and tools' files are judged from the repository's root: a repository may itself
  // live under a hidden folder.
  std::string rel = root == "." ? s : under(root) ? s.substr(root.size() + 1) : s;
  if (known_non_dossier(rel)) return false;
  if (!has_config) return !any_folder(s, [](std::string_view part) { return part == "evaluations"; });
  std::string reviews = config::reviews_dir(config);
  if (!under(root) || (reviews != root && under(reviews))) return false;
  for (const auto& g : config.dossiers)
    if (config::glob_match(g, rel)) return true;
  return false;
}

std::optional<std::string> Repository::missed_by_globs(const std::string& path) const {
  const std::string s = shown(path);
  if (!has_config || !is_yaml_name(s) || is_dossier(s) || review_owner(s)) return std::nullopt;
  std::string root = shown(config.root);
  auto under = [&](const std::string& dir) {
    return dir == "." || (s.size() > dir.size() && s.compare(0, dir.size(), dir) == 0 && s[dir.size()] == '/');
  };
  if (!under(root)) return std::nullopt;
  std::string rel = root == "." ? s : s.substr(root.size() + 1);
  if (known_non_dossier(rel)) return std::nullopt;
  std::string reviews = config::reviews_dir(config);
  if (reviews != root && under(reviews)) return std::nullopt;
  for (const auto& g : config.dossiers) {
    std::size_t wild = g.find_first_of("*?[{");
    std::size_t slash = g.rfind('/', wild == std::string::npos ? g.size() : wild);
    if (slash == std::string::npos || slash == 0) continue;  // a glob from the root: no folder of its own
    std::string folder = g.substr(0, slash + 1);
    if (rel.compare(0, folder.size(), folder) == 0) return folder;
  }
  return std::nullopt;
}

std::vector<std::string> Repository::dossier_files() const {
  std::vector<std::string> all, out;
  walk_yaml(shown(config.root), all);
  for (auto& f : all)
    if (is_dossier(f)) out.push_back(std::move(f));
  std::sort(out.begin(), out.end());
  return out;
}

void Repository::index_ids(const std::vector<const std::string*>& files) const {
  // Views into the paths (no copy); only the ids used twice or more keep their files.
  auto id_of = [](const std::string& path) {
    std::string_view v(path);
    v.remove_prefix(v.find_last_of('/') == std::string_view::npos ? 0 : v.find_last_of('/') + 1);
    return v.substr(0, v.find_last_of('.'));
  };
  std::unordered_map<std::string_view, int> count;
  for (const auto* f : files) ++count[id_of(*f)];
  for (const auto* f : files)
    if (count[id_of(*f)] > 1) ids_[std::string(id_of(*f))].push_back(*f);
}

void Repository::know_dossiers(const std::vector<const std::string*>& files) const {
  if (has_config) std::call_once(ids_once_, [&] { index_ids(files); });
}

std::vector<std::string> Repository::same_id(const std::string& path) const {
  if (!has_config) return {};
  std::call_once(ids_once_, [&] {  // unless a listing did it already
    std::vector<std::string> files = dossier_files();
    std::vector<const std::string*> pointers;
    for (const auto& f : files) pointers.push_back(&f);
    index_ids(pointers);
  });
  std::vector<std::string> out;
  auto it = ids_.find(dossier_id(path));
  if (it == ids_.end()) return out;
  std::error_code ec;
  auto absolute = [&](const std::string& p) { return fs::absolute(p, ec).lexically_normal(); };
  fs::path me = absolute(path);
  for (const auto& f : it->second)
    if (absolute(f) != me) out.push_back(f);
  return out;
}

namespace {
thread_local std::vector<std::pair<std::string, io::Input>>* t_held = nullptr;
} // namespace

Repository::Held::Held(std::vector<std::pair<std::string, io::Input>>& inputs) : previous_(t_held) { t_held = &inputs; }
Repository::Held::~Held() { t_held = previous_; }

io::Input Repository::read(const std::string& path, i18n::Lang lang) const {
  if (t_held != nullptr)
    for (auto& [held_path, input] : *t_held)
      if (held_path == path && !input.error) {
        held_path.clear();  // handed over once
        return std::move(input);
      }
  if (has_config && path != "-" && !real_root.empty()) return io::read_input_within(path, real_root, lang);
  return io::read_input(path, lang);
}

std::optional<std::string> Repository::config_file() const {
  if (!has_config) return std::nullopt;
  return config.file;
}

namespace {
const i18n::Text kCallGrid{"{0} : grid = « {1} » : ni une grille connue ni un fichier lisible à côté de l'appel",
                           "{0}: grid = '{1}': neither a known grid nor a readable file beside the call"};
} // namespace

CallFile load_call_text(const Repository& repo, const std::string& bytes, const std::string& path, i18n::Lang lang,
                        std::vector<diag::Diagnostic>& diags) {
  CallFile out;
  calls::LoadResult loaded = calls::load_call(bytes, path, lang);
  diags.insert(diags.end(), loaded.diags.begin(), loaded.diags.end());
  if (!loaded.call) return out;
  auto call = std::make_shared<const calls::Call>(std::move(*loaded.call));
  if (grids::find_grid(call->grid) == nullptr) {
    std::string grid_path = shown((fs::path(path).parent_path() / call->grid).string());
    io::Input g = repo.read(grid_path, lang);
    if (g.error) {
      diags.push_back(config_error(path, fmt::format(fmt::runtime(i18n::pick(kCallGrid, lang)), path, call->grid)));
      diags.back().code = "SIEG-C001";
      return out;
    }
    grids::LoadResult grid = grids::load_grid(g.bytes, grid_path, lang);
    diags.insert(diags.end(), grid.diags.begin(), grid.diags.end());
    if (!grid.grid) return out;
    out.grid = std::make_shared<const grids::Grid>(std::move(*grid.grid));
  }
  out.call = std::move(call);
  return out;
}

namespace {

const i18n::Text kCallFile{"calls : « {0} » n'est pas un fichier d'appel lisible du dépôt", "calls: '{0}' is not a readable call file of the repository"};
const i18n::Text kCallTwice{"l'appel « {0} » est défini deux fois : {1} et {2}", "call '{0}' is defined twice: {1} and {2}"};
const i18n::Text kQuestionClash{"la question « {0} » est posée par les appels « {1} » et « {2} » de deux façons différentes",
                                "question '{0}' is asked by calls '{1}' and '{2}' in two different ways"};
const i18n::Text kNotCall{"call = « {0} » : ni un appel connu ni un fichier lisible", "call = '{0}': neither a known call nor a readable file"};

// A call file of the repository (sieg.toml's `calls` or `call`), loaded with its grid.
std::shared_ptr<const calls::Call> own_call(Repository& repo, const std::string& value, const i18n::Text& unreadable,
                                            i18n::Lang lang, std::vector<diag::Diagnostic>& diags) {
  const config::Config& c = repo.config;
  std::string path = shown((fs::path(c.root) / value).string());
  io::Input in = repo.read(path, lang);
  if (in.error) {  // never its content: only that it is not a readable call of the repository
    diags.push_back(config_error(c.file, fmt::format(fmt::runtime(i18n::pick(unreadable, lang)), value)));
    return nullptr;
  }
  CallFile loaded = load_call_text(repo, in.bytes, path, lang, diags);
  if (!loaded.call) return nullptr;
  if (loaded.grid) repo.own_grids[loaded.call->id] = loaded.grid;
  return loaded.call;
}

// sieg.toml's `calls` and `call`: the repository's own calls, each id once; `call` names one of them, a
// built-in call, or a call file.
bool load_own_calls(Repository& repo, i18n::Lang lang, std::vector<diag::Diagnostic>& diags) {
  const config::Config& c = repo.config;
  bool ok = true;
  auto add = [&](std::shared_ptr<const calls::Call> call) {
    for (const auto& other : repo.own_calls)
      if (other->id == call->id) {
        diags.push_back(config_error(c.file, fmt::format(fmt::runtime(i18n::pick(kCallTwice, lang)), call->id, other->file, call->file)));
        ok = false;
        return;
      }
    repo.own_calls.push_back(std::move(call));
  };
  for (const auto& file : c.calls) {
    if (auto call = own_call(repo, file, kCallFile, lang, diags)) add(std::move(call));
    else ok = false;
  }
  if (ok && !c.call.empty()) {
    for (const auto& own : repo.own_calls)
      if (own->id == c.call) repo.call = own;
    if (!repo.call) {
      if (const calls::Call* builtin = calls::find_call(c.call)) {
        repo.call = std::make_shared<const calls::Call>(*builtin);
      } else {
        auto call = own_call(repo, c.call, kNotCall, lang, diags);
        if (!call) return false;
        std::size_t before = repo.own_calls.size();
        add(call);
        if (repo.own_calls.size() == before) return false;
        repo.call = std::move(call);
      }
    }
  }
  if (!ok) return false;
  std::vector<const calls::Call*> own;
  for (const auto& x : repo.own_calls) own.push_back(x.get());
  for (const auto& clash : calls::question_conflicts(own)) {
    diags.push_back(config_error(
        c.file, fmt::format(fmt::runtime(i18n::pick(kQuestionClash, lang)), clash.path, clash.first_call, clash.other_call)));
    ok = false;
  }
  return ok;
}

} // namespace

const calls::Call* Repository::find_call(const std::string& id) const {
  for (const auto& c : own_calls)
    if (c->id == id) return c.get();
  return calls::find_call(id);
}

const grids::Grid* Repository::grid_of(const calls::Call& c) const {
  auto it = own_grids.find(c.id);
  if (it != own_grids.end() && find_call(c.id) == &c) return it->second.get();
  return grids::find_grid(c.grid);
}

std::vector<const calls::Call*> Repository::all_calls() const {
  std::vector<const calls::Call*> out;
  for (const auto& b : calls::builtin_calls()) out.push_back(find_call(b.id));
  for (const auto& c : own_calls)
    if (calls::find_call(c->id) == nullptr) out.push_back(c.get());
  return out;
}

Opened open_repository(const std::string& start, const Settings& s, i18n::Lang lang) {
  Opened out;
  auto repo = std::make_shared<Repository>();
  repo->reviews_override = s.reviews;
  std::optional<std::string> file;
  if (!s.config_file.empty()) file = s.config_file;
  else if (!s.no_config) file = config::find_config(start);
  if (!file) {
    std::error_code ec;
    repo->config = config::default_config(shown(start.empty() ? "." : start));
    out.repo = std::move(repo);
    return out;
  }
  std::error_code ec;
  std::string path = s.config_file.empty() ? shown(fs::relative(*file, ec).generic_string()) : shown(*file);
  if (ec || path.empty()) path = *file;
  io::Input in = io::read_input(path, lang);
  if (in.error) {
    out.diags.push_back(*in.error);
    return out;
  }
  auto loaded = config::load_config(in.bytes, path, lang, [] { return codes::codes(calls::builtin_calls()); });
  out.diags = std::move(loaded.diags);
  if (!loaded.config) return out;
  repo->config = std::move(*loaded.config);
  repo->has_config = true;
  repo->real_root = fs::weakly_canonical(repo->config.root, ec).generic_string();
  const config::Config& c = repo->config;
  bool ok = load_own_calls(*repo, lang, out.diags);
  if (ok && !c.pending_codes.empty()) {  // [severity] and [[off]] codes of the repository's own calls
    std::vector<calls::Call> in_force;
    for (const calls::Call* x : repo->all_calls()) in_force.push_back(*x);
    auto unknown = config::check_pending_codes(c, codes::codes(in_force), lang);
    ok = unknown.empty();
    out.diags.insert(out.diags.end(), unknown.begin(), unknown.end());
  }
  if (ok && !c.grid.empty())
    repo->grid = data_file<grids::Grid>(
        *repo, c, c.grid, {"grid = « {0} » : ni une grille connue ni un fichier lisible", "grid = '{0}': neither a known grid nor a readable file"},
        grids::find_grid, grids::load_grid, &grids::LoadResult::grid, lang, out.diags, ok);
  if (ok && !repo->own_calls.empty()) {
    std::vector<const calls::Call*> own;
    for (const auto& x : repo->own_calls) own.push_back(x.get());
    repo->dossier_schema_json = calls::dossier_schema_text(own);
    auto compiled = schema::compile_text(repo->dossier_schema_json);
    if (compiled.schema) repo->dossier_schema = compiled.schema;  // built from checked questions: compiles
  }
  std::string assignments = (fs::path(c.root) / kAssignmentsFile).lexically_normal().generic_string();
  if (ok && fs::exists(assignments, ec)) {  // written by sieg assign
    io::Input a = repo->read(shown(assignments), lang);
    if (a.error) {
      out.diags.push_back(*a.error);
      ok = false;
    } else {
      auto pins = config::load_assignments(a.bytes, shown(assignments), lang, c);
      ok = pins.diags.empty();
      out.diags.insert(out.diags.end(), pins.diags.begin(), pins.diags.end());
      repo->assignments = std::move(pins.pins);
    }
  }
  if (!ok) return out;
  out.repo = std::move(repo);
  return out;
}

const schema::CompiledSchema& Repository::schema() const {
  return dossier_schema ? *dossier_schema : *schema::builtin_dossier_schema();
}

std::shared_ptr<const Repository> Repositories::for_file(const std::string& path, std::vector<diag::Diagnostic>& diags) {
  std::string key;
  std::string start = path == "-" ? "." : fs::path(path).parent_path().string();
  if (start.empty()) start = ".";
  if (settings_.config_file.empty() && !settings_.no_config) {
    if (auto f = config::find_config(start)) key = *f;
  } else {
    key = settings_.config_file;
  }
  auto it = by_config_.find(key);
  if (it == by_config_.end()) {
    it = by_config_.emplace(key, open_repository(key.empty() ? start : start, settings_, lang_)).first;
    diags.insert(diags.end(), it->second.diags.begin(), it->second.diags.end());
  }
  return it->second.repo;
}

} // namespace sieg::pipeline
