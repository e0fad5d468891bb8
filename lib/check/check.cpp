#include "check/check.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <fmt/format.h>

#include "io/read.hpp"
#include "score/messages.hpp"
#include "score/review.hpp"
#include "score/score.hpp"
#include "validate/validate_file.hpp"
#include "yaml/loader.hpp"

extern char** environ;

namespace sieg::check {
namespace fs = std::filesystem;

namespace {

std::string norm(const fs::path& p) {
  std::string s = p.lexically_normal().generic_string();
  if (s.rfind("./", 0) == 0) s = s.substr(2);
  return s.empty() ? "." : s;
}

bool is_yaml(const fs::path& p) { return p.extension() == ".yaml" || p.extension() == ".yml"; }

// Every YAML file under `dir`, leaving out hidden and build folders.
void walk(const fs::path& dir, std::vector<std::string>& out) {
  std::error_code ec;
  if (fs::is_regular_file(dir, ec)) {
    out.push_back(norm(dir));
    return;
  }
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    std::error_code e2;
    if (it->is_directory(e2)) {
      if ((!name.empty() && name[0] == '.') || name.rfind("build", 0) == 0 || name == "node_modules")
        it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(e2) && is_yaml(it->path())) out.push_back(norm(it->path()));
  }
}

bool under(const std::string& path, const std::string& dir) {
  if (dir == ".") return true;
  return path.size() > dir.size() && path.compare(0, dir.size(), dir) == 0 && path[dir.size()] == '/';
}

struct Unit {
  std::string dossier;               // empty for an orphan review
  std::vector<std::string> reviews;  // all the dossier's reviews (or the orphan)
};

// reviews_dir/<id>/<reviewer>.yaml -> <id> (a view into `review`)
std::string_view review_owner(const std::string& review, const std::string& reviews_dir) {
  std::string_view rest(review);
  rest.remove_prefix(reviews_dir == "." ? 0 : reviews_dir.size() + 1);
  auto slash = rest.find('/');
  return slash == std::string_view::npos ? std::string_view() : rest.substr(0, slash);
}

void apply_overrides(std::vector<diag::Diagnostic>& diags, const config::Config& c) {
  diags.erase(std::remove_if(diags.begin(), diags.end(),
                             [&](const diag::Diagnostic& d) {
                               for (const auto& o : c.off)
                                 if (o.code == d.code) return true;
                               return false;
                             }),
              diags.end());
  for (auto& d : diags)
    if (auto it = c.severity.find(d.code); it != c.severity.end()) d.severity = it->second;
}

std::vector<FileReport> check_unit(const Unit& u, const Options& o, const std::string& reviews_dir) {
  std::vector<FileReport> out;
  std::map<std::string, FileReport> review_reports;
  for (const auto& r : u.reviews) review_reports[r] = FileReport{r, Kind::Review, {}, false, nullptr};

  if (u.dossier.empty()) {  // reviews of a dossier that does not exist
    for (auto& [path, rep] : review_reports) {
      auto loaded = score::load_review(path, o.lang);
      rep.diags = loaded.diags;
      diag::Diagnostic d;
      d.code = "SIEG-R020";
      d.file = path;
      d.message = fmt::format(fmt::runtime(i18n::pick({"évaluation du dossier « {0} », mais aucun dossier ne s'appelle {0}.yaml",
                                                       "review of dossier '{0}', but no dossier is named {0}.yaml"},
                                                      o.lang)),
                              review_owner(path, reviews_dir));
      d.hint = i18n::pick({"renommez le dossier d'évaluations comme le fichier du dossier, sans « .yaml »",
                           "name the reviews' folder like the dossier's file, without '.yaml'"},
                          o.lang);
      rep.diags.push_back(std::move(d));
      apply_overrides(rep.diags, o.config);
      out.push_back(std::move(rep));
    }
    return out;
  }

  FileReport dossier{u.dossier, Kind::Dossier, {}, false, nullptr};
  validate::Context vctx;
  vctx.lang = o.lang;
  vctx.dossier_schema = validate::builtin_dossier_schema().get();
  vctx.call = o.call;
  vctx.date = o.date;
  io::Input in = io::read_input(u.dossier, o.lang);
  std::optional<tree::Node> root;
  if (in.error) {
    dossier.diags.push_back(*in.error);
  } else {
    auto loaded = yaml::load(in.bytes, u.dossier, o.lang);
    dossier.diags = std::move(loaded.diags);
    if (loaded.root) {
      root = std::move(loaded.root);
      auto found = validate::validate_tree(*root, u.dossier, vctx);
      dossier.diags.insert(dossier.diags.end(), found.begin(), found.end());
    }
  }
  bool shape_ok = root.has_value();
  for (const auto& d : dossier.diags)
    if (d.code.rfind("SIEG-E", 0) != 0 && d.severity == diag::Severity::Error) shape_ok = false;

  const calls::Call* call = o.call;
  if (shape_ok && call == nullptr)
    if (const tree::Node* a = root->get("appel")) call = calls::find_call(a->text);
  dossier.call = call;

  // Reviews: each file on its own, then together against the dossier and its grid.
  std::vector<score::Review> reviews;
  for (auto& [path, rep] : review_reports) {
    auto loaded = score::load_review(path, o.lang);
    rep.diags = loaded.diags;
    if (loaded.review) reviews.push_back(std::move(*loaded.review));
  }
  if (shape_ok) {
    const grids::Grid* grid = o.grid != nullptr ? o.grid : call != nullptr ? grids::find_grid(call->grid) : nullptr;
    score::DossierInput input = score::dossier_input(*root, u.dossier);
    if (grid != nullptr && (!reviews.empty() || !input.self.empty())) {
      score::Options so;
      so.lang = o.lang;
      score::Result r = score::score_dossier(*grid, input, reviews, so);
      for (auto& d : r.diags) {
        if (d.code == "SIEG-R014") continue;
        auto it = review_reports.find(d.file);
        (it != review_reports.end() ? it->second.diags : dossier.diags).push_back(std::move(d));
      }
      for (const auto& t : r.thresholds)
        if (!t.met) {
          diag::Diagnostic d;
          d.code = "SIEG-R015";
          d.severity = diag::Severity::Warning;
          d.file = u.dossier;
          d.message = fmt::format(fmt::runtime(i18n::pick({"seuil de la grille {0} non atteint (sieg score {1})",
                                                           "threshold of grid {0} not met (sieg score {1})"},
                                                          o.lang)),
                                  grid->id, u.dossier);
          dossier.diags.push_back(std::move(d));
        }
    }
  }
  apply_overrides(dossier.diags, o.config);
  dossier.eligible = true;
  for (const auto& d : dossier.diags)
    if (d.severity == diag::Severity::Error) dossier.eligible = false;
  out.push_back(std::move(dossier));
  for (auto& [path, rep] : review_reports) {
    apply_overrides(rep.diags, o.config);
    out.push_back(std::move(rep));
  }
  return out;
}

} // namespace

Report run(const std::vector<std::string>& paths, const Options& o) {
  // Memory stays small per file: the paths live once, in `all`; everything else points into it.
  const std::string root = norm(o.config.root);
  const std::string reviews_dir = norm(fs::path(root) / o.config.reviews);
  std::vector<std::string> all;
  walk(root, all);
  std::sort(all.begin(), all.end());
  std::vector<const std::string*> dossiers;
  std::unordered_map<std::string_view, std::vector<const std::string*>> reviews;  // dossier id -> reviews
  std::unordered_map<std::string_view, const std::string*> dossier_by_id;
  auto stem = [](const std::string& path) {
    std::string_view v(path);
    v.remove_prefix(v.find_last_of('/') == std::string_view::npos ? 0 : v.find_last_of('/') + 1);
    return v.substr(0, v.find_last_of('.'));
  };
  auto owner = [&](const std::string& review) { return review_owner(review, reviews_dir); };
  for (const auto& f : all) {
    if (under(f, reviews_dir)) {
      reviews[owner(f)].push_back(&f);
      continue;
    }
    std::string_view rel(f);
    if (root != ".") rel.remove_prefix(root.size() + 1);
    for (const auto& g : o.config.dossiers)
      if (config::glob_match(g, std::string(rel))) {
        dossiers.push_back(&f);
        dossier_by_id.emplace(stem(f), &f);
        break;
      }
  }

  // What to check: everything, the paths given, or what changed.
  std::vector<std::string> given;  // files under the paths given (not necessarily in `all`)
  for (const auto& p : paths) walk(p, given);
  std::vector<const std::string*> selected;
  if (paths.empty())
    for (const auto& f : all) selected.push_back(&f);
  else
    for (const auto& f : given) selected.push_back(&f);
  if (o.changed) {
    std::vector<const std::string*> kept;
    for (const auto* f : selected)
      if (o.changed->count(*f)) kept.push_back(f);
    selected = std::move(kept);
  }
  std::vector<const std::string*> unit_dossiers;
  std::map<std::string_view, std::vector<const std::string*>> orphans;
  std::unordered_set<std::string_view> is_dossier;
  for (const auto* d : dossiers) is_dossier.insert(*d);
  for (const auto* f : selected) {
    if (under(*f, reviews_dir)) {
      auto id = owner(*f);
      if (auto it = dossier_by_id.find(id); it != dossier_by_id.end()) unit_dossiers.push_back(it->second);
      else orphans[id].push_back(f);
    } else if (!paths.empty() || is_dossier.count(*f)) {
      unit_dossiers.push_back(f);
    }
  }
  std::sort(unit_dossiers.begin(), unit_dossiers.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
  unit_dossiers.erase(std::unique(unit_dossiers.begin(), unit_dossiers.end(),
                                  [](const std::string* a, const std::string* b) { return *a == *b; }),
                      unit_dossiers.end());
  struct Work {
    const std::string* dossier;  // null: orphan reviews
    const std::vector<const std::string*>* reviews;
  };
  static const std::vector<const std::string*> none;
  std::vector<Work> units;
  units.reserve(unit_dossiers.size() + orphans.size());
  for (const auto* d : unit_dossiers) {
    auto it = reviews.find(stem(*d));
    units.push_back({d, it == reviews.end() ? &none : &it->second});
  }
  for (auto& [id, rs] : orphans) units.push_back({nullptr, &rs});

  std::vector<std::vector<FileReport>> results(units.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < units.size();) {
      Unit u;
      if (units[i].dossier != nullptr) u.dossier = *units[i].dossier;
      for (const auto* r : *units[i].reviews) u.reviews.push_back(*r);
      results[i] = check_unit(u, o, reviews_dir);
    }
  };
  unsigned jobs = std::max(1u, std::min<unsigned>(o.jobs, static_cast<unsigned>(units.size())));
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();

  Report report;
  std::size_t count = 0;
  for (const auto& rs : results) count += rs.size();
  report.files.reserve(count);
  for (auto& rs : results) {
    for (auto& r : rs) {
      if (r.kind == Kind::Dossier) {
        ++report.dossiers;
        report.eligible += r.eligible ? 1 : 0;
      }
      for (const auto& d : r.diags) {
        if (diag::is_io(d)) ++report.counts.io_errors;
        (d.severity == diag::Severity::Error ? report.counts.errors : report.counts.warnings)++;
      }
      report.files.push_back(std::move(r));
    }
    std::vector<FileReport>().swap(rs);  // give the memory back as we go
  }
  for (const auto& off : o.config.off) report.off_notes.push_back(off.code + ": " + off.reason);
  return report;
}

std::optional<std::set<std::string>> changed_since(const std::string& rev, std::string& error) {
  auto run_git = [&](std::vector<std::string> args, std::string& output) {
    int pipefd[2];
    if (pipe(pipefd) != 0) return -1;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipefd[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, pipefd[1], STDERR_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipefd[0]);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    int rc = posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipefd[1]);
    if (rc != 0) {
      close(pipefd[0]);
      return -1;
    }
    char buf[4096];
    ssize_t n;
    while ((n = read(pipefd[0], buf, sizeof buf)) > 0) output.append(buf, static_cast<std::size_t>(n));
    close(pipefd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  };
  std::set<std::string> out;
  std::string probe;
  if (run_git({"git", "rev-parse", "--is-inside-work-tree"}, probe) != 0) {
    error = "not inside a git repository";
    return std::nullopt;
  }
  for (auto args : {std::vector<std::string>{"git", "-c", "core.quotepath=off", "diff", "--name-only", "--relative", rev, "--"},
                    std::vector<std::string>{"git", "-c", "core.quotepath=off", "ls-files", "--others", "--exclude-standard"}}) {
    std::string text;
    int rc = run_git(args, text);
    if (rc != 0) {
      error = rc < 0 ? "git could not be run" : text.substr(0, text.find('\n'));
      return std::nullopt;
    }
    std::size_t i = 0;
    while (i < text.size()) {
      std::size_t j = text.find('\n', i);
      std::string line = text.substr(i, j == std::string::npos ? std::string::npos : j - i);
      if (!line.empty()) out.insert(norm(line));
      if (j == std::string::npos) break;
      i = j + 1;
    }
  }
  return out;
}

} // namespace sieg::check
