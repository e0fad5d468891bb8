#include "pipeline/run.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <thread>
#include <cstring>
#include <ctime>

#include <sys/stat.h>

#include <fmt/format.h>

#include "calls/dossier_schema.hpp"
#include "resources/resources.hpp"
#include "grids/grid.hpp"
#include "io/read.hpp"
#include "values/date.hpp"
#include "pipeline/messages.hpp"
#include "pipeline/modeline.hpp"
#include "score/review.hpp"

namespace sieg::pipeline {
namespace fs = std::filesystem;

namespace {


std::string reviews_key(const Repository& repo, const std::string& dossier) {
  return shown(repo.reviews_root(dossier) + "/" + dossier_id(dossier));
}

// The folder of a path as shown ("." for a bare name).
std::string parent(const std::string& path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : shown(path.substr(0, slash));
}

check::FileReport orphan(const std::string& review, const Repository& repo, const Options& o) {
  check::FileReport rep{review, check::Kind::Review, {}, false, nullptr, std::nullopt, "", {}};
  Evaluation e = evaluate_file(review, repo, o);  // no dossier: the review alone, with SIEG-R020
  rep.diags = std::move(e.diags);
  return rep;
}

// What both keys of a unit hash, in order: its file, its reviews (their count, then each), the dossiers
// sharing its id. add_file(path) hashes one file its own way; false (unreadable, not a plain file): no key.
template <typename AddFile>
bool hash_unit(Hasher& h, const Repository& repo, const CheckOptions& o, const std::string& file,
               const std::vector<std::string>& reviews, bool is_unit, AddFile add_file) {
  if (!add_file(file)) return false;
  h.add(std::to_string(reviews.size()));
  for (const auto& r : reviews)
    if (!add_file(r)) return false;
  if (is_unit && o.eval.repository_checks)
    for (const auto& other : repo.same_id(file)) h.add(other);
  return true;
}

// A unit's key: the base, then its files' paths and bytes, and the dossiers sharing its id. Nothing when a
// file cannot be read (the check itself says why; such a unit is never cached).
// `read`: the inputs as read, for the evaluation to take over (Repository::Held) rather than read again.
// `probes`: the schemas the files' modelines name, and whether each is there (an input of SIEG-L024 that
// no file's bytes hold: the key hashes it, the stat key's link re-checks it).
std::optional<std::string> unit_key(Hasher h, const Repository& repo, const CheckOptions& o, const std::string& file,
                                    const std::vector<std::string>& reviews, bool is_unit,
                                    std::vector<std::pair<std::string, io::Input>>& read,
                                    std::vector<ResultCache::Probe>& probes) {
  h.add(is_unit ? "dossier" : "orphan review");
  bool ok = hash_unit(h, repo, o, file, reviews, is_unit, [&](const std::string& path) {
    io::Input in = repo.read(path, o.eval.lang);
    if (in.error) return false;
    h.add(path).add(in.bytes);
    if (auto t = modeline_target(in.bytes, path, repo)) {
      const bool there = modeline_resolves(*t);
      h.add(*t).add(there ? "schema there" : "schema missing");
      probes.emplace_back(*t, there);
    }
    read.emplace_back(path, std::move(in));
    return true;
  });
  if (!ok) return std::nullopt;
  return h.hex();
}

// A unit's stat key: the base, then its files' paths and identities (device, inode, size, modification
// and change times, mode), and the dossiers sharing its id; nothing when a file is a symbolic link or
// not a regular file (its target's stat is not the link's: such a unit is always read). `settled`: every
// file's times are older than the run's start by more than the file system's clock step (a later edit
// within the same step would leave the stat unchanged; only settled keys are recorded): 100 ms on file
// systems with nanosecond times, 2 s where the times are whole seconds (FAT, ext3, some network mounts).
struct StatKey {
  std::string key;
  bool settled = true;
};
std::optional<StatKey> stat_key(Hasher h, const Repository& repo, const CheckOptions& o, const std::string& file,
                                const std::vector<std::string>& reviews, bool is_unit, const timespec& now) {
  h.add(is_unit ? "stat of dossier" : "stat of orphan review");
  bool settled = true;
  auto add_file = [&](const std::string& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
    char buf[8 * 8];
    const std::uint64_t fields[8] = {static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino),
                                     static_cast<std::uint64_t>(st.st_size), static_cast<std::uint64_t>(st.st_mtim.tv_sec),
                                     static_cast<std::uint64_t>(st.st_mtim.tv_nsec), static_cast<std::uint64_t>(st.st_ctim.tv_sec),
                                     static_cast<std::uint64_t>(st.st_ctim.tv_nsec), static_cast<std::uint64_t>(st.st_mode)};
    std::memcpy(buf, fields, sizeof buf);
    h.add(path).add(std::string_view(buf, sizeof buf));
    for (const timespec& t : {st.st_mtim, st.st_ctim}) {
      const long long ns = t.tv_nsec == 0 ? 2'000'000'000LL : 100'000'000LL;
      const long long age = (static_cast<long long>(now.tv_sec) - t.tv_sec) * 1'000'000'000LL + (now.tv_nsec - t.tv_nsec);
      if (age <= ns) settled = false;
    }
    return true;
  };
  if (!hash_unit(h, repo, o, file, reviews, is_unit, add_file)) return std::nullopt;
  return StatKey{h.hex(), settled};
}

} // namespace

std::vector<diag::Diagnostic> empty_globs(const Repository& repo, const Listing& l, i18n::Lang lang) {
  std::vector<diag::Diagnostic> out;
  if (!repo.has_config) return out;
  std::string root = shown(repo.config.root);
  auto matches = [&](const std::string& g) {
    return std::any_of(l.dossiers.begin(), l.dossiers.end(), [&](const std::string* f) {
      return config::glob_match(g, root == "." ? *f : f->substr(root.size() + 1));
    });
  };
  // The same glob with the other extension (*.yaml / *.yml, as sieg init writes them): either may be empty.
  auto twin = [](const std::string& g) -> std::string {
    auto ends = [&](const char* e) { return g.size() >= std::strlen(e) && g.compare(g.size() - std::strlen(e), std::string::npos, e) == 0; };
    if (ends(".yml")) return g.substr(0, g.size() - 4) + ".yaml";
    if (ends(".yaml")) return g.substr(0, g.size() - 5) + ".yml";
    return "";
  };
  for (const auto& g : repo.config.dossiers) {
    if (matches(g)) continue;
    std::string other = twin(g);
    if (!other.empty() && std::find(repo.config.dossiers.begin(), repo.config.dossiers.end(), other) != repo.config.dossiers.end() &&
        matches(other))
      continue;
    diag::Diagnostic d;
    d.code = "SIEG-P006";
    d.severity = diag::Severity::Warning;
    d.file = repo.config.file;
    d.message = fmt::format(fmt::runtime(i18n::pick(msg::kEmptyGlob, lang)), g);
    d.hint = i18n::pick(msg::kEmptyGlobHint, lang);
    out.push_back(std::move(d));
  }
  return out;
}

std::optional<diag::Diagnostic> stale_editor_schema(const Repository& repo, i18n::Lang lang) {
  if (!repo.has_config) return std::nullopt;
  const std::string file = shown((fs::path(repo.config.root) / "schemas" / "dossier.schema.json").lexically_normal().generic_string());
  struct stat st {};
  if (::lstat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  io::Input in = repo.read(file, lang);
  if (in.error) return std::nullopt;  // unreadable: the editor's business, not a verdict of sieg
  if (repo.dossier_schema_json.empty() ? in.bytes == *resources::find("dossier.schema.json") : in.bytes == repo.dossier_schema_json)
    return std::nullopt;
  diag::Diagnostic d;
  d.code = "SIEG-P009";
  d.severity = diag::Severity::Warning;
  d.file = file;
  d.message = i18n::pick(msg::kStaleSchema, lang);
  d.hint = fmt::format(fmt::runtime(i18n::pick(msg::kStaleSchemaHint, lang)), file);
  return d;
}

// SIEG-P008: a YAML file in the dossiers' folder that sieg.toml's globs do not take.
diag::Diagnostic missed(const Repository& repo, const std::string& file, const std::string& folder, i18n::Lang lang) {
  diag::Diagnostic d;
  d.code = "SIEG-P008";
  d.file = file;
  std::string ext = file.substr(file.rfind('.'));
  d.message = fmt::format(fmt::runtime(i18n::pick(msg::kMissedByGlobs, lang)), repo.config.file,
                          fmt::format("{}", fmt::join(repo.config.dossiers, ", ")));
  d.hint = fmt::format(fmt::runtime(i18n::pick(msg::kMissedByGlobsHint, lang)), folder + "**/*" + ext);
  return d;
}

diag::Diagnostic no_dossier(const Repository& repo, i18n::Lang lang) {
  diag::Diagnostic d;
  d.code = "SIEG-P007";
  d.file = repo.has_config ? repo.config.file : shown(repo.config.root);
  d.message = i18n::pick(repo.has_config ? msg::kNoDossierConfig : msg::kNoDossier, lang);
  d.hint = i18n::pick(msg::kNoDossierHint, lang);
  return d;
}

void parallel_for(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& fn) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < n;) fn(i);
  };
  unsigned threads_wanted = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(n, 1))));
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < threads_wanted; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
}

Listing list(const Repository& repo, i18n::Lang lang) {
  Listing l;
  walk_yaml(shown(repo.config.root), l.files);
  if (repo.reviews_override || repo.has_config) {  // a reviews folder outside the root is listed too
    std::string reviews = repo.reviews_override ? shown(*repo.reviews_override) : config::reviews_dir(repo.config);
    std::string root = shown(repo.config.root);
    bool inside = root == "." ? reviews.rfind("../", 0) != 0 && reviews != ".."
                              : reviews.size() > root.size() && reviews.compare(0, root.size() + 1, root + "/") == 0;
    if (!inside) walk_yaml(reviews, l.files);
  }
  if (l.files.size() > kMaxFilesPerRun) {
    diag::Diagnostic d;
    d.code = "SIEG-P005";
    d.file = shown(repo.config.root);
    d.message = fmt::format(fmt::runtime(i18n::pick(msg::kTooManyFiles, lang)), kMaxFilesPerRun);
    d.hint = i18n::pick(msg::kTooManyFilesHint, lang);
    l.too_many = std::move(d);
    l.files.clear();
    return l;
  }
  std::sort(l.files.begin(), l.files.end());
  l.files.erase(std::unique(l.files.begin(), l.files.end()), l.files.end());
  for (const auto& f : l.files) {
    if (repo.review_owner(f)) l.reviews[parent(f)].push_back(f);
    else if (repo.is_dossier(f)) l.dossiers.push_back(&f);
  }
  repo.know_dossiers(l.dossiers);  // same_id needs no second walk
  return l;
}

namespace {
std::optional<std::pair<unsigned long, unsigned long>> identity(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return std::make_pair(static_cast<unsigned long>(st.st_dev), static_cast<unsigned long>(st.st_ino));
}
} // namespace

Inputs::Inputs(const Repository& repo, const std::vector<std::string>& given) {
  auto add = [&](const std::string& p) {
    if (auto id = identity(p)) ids_.insert(*id);
  };
  for (const auto& p : given) add(p);
  if (auto c = repo.config_file()) add(*c);
  for (const auto& f : list(repo).files) add(f);
}

Inputs::Inputs(const Repository& repo, const std::vector<Evaluation>& read) {
  auto add = [&](const std::string& p) {
    if (auto id = identity(p)) ids_.insert(*id);
  };
  if (auto c = repo.config_file()) add(*c);
  for (const auto& f : repo.config.calls) add((std::filesystem::path(repo.config.root) / f).string());
  for (const auto& e : read) {
    add(e.file);
    for (const auto& r : e.reviews) add(r.file);
    if (e.decision) add(e.decision->file);
  }
}

bool Inputs::contains(const std::string& output) const {
  auto id = identity(output);
  return id && ids_.count(*id) != 0;
}

std::vector<Evaluation> evaluate_repository(const Repository& repo, const Options& options, unsigned jobs,
                                            std::vector<diag::Diagnostic>* problems) {
  Options o = options;
  o.repository_checks = true;
  Listing l = list(repo, o.lang);
  if (l.too_many && problems != nullptr) problems->push_back(*l.too_many);
  std::vector<Evaluation> out(l.dossiers.size());
  static const std::vector<std::string> none;
  parallel_for(l.dossiers.size(), jobs, [&](std::size_t i) {
    auto it = l.reviews.find(reviews_key(repo, *l.dossiers[i]));
    out[i] = evaluate_with_reviews(*l.dossiers[i], it == l.reviews.end() ? none : it->second, repo, o);
  });
  return out;
}

std::vector<check::FileReport> file_reports(const Evaluation& e) {
  std::vector<check::FileReport> out;
  check::FileReport d{e.file, check::Kind::Dossier, e.diags, e.eligible, e.call, std::nullopt, "", {}};
  if (e.score && e.score->total) {
    d.total = *e.score->total;
    d.source = e.score->source == score::Source::Jury ? "jury" : "self";
  }
  d.hidden = e.hidden;
  out.push_back(std::move(d));
  for (const auto& r : e.reviews) out.push_back({r.file, check::Kind::Review, r.diags, false, nullptr, std::nullopt, "", r.hidden});
  if (e.decision) out.push_back({e.decision->file, check::Kind::Review, e.decision->diags, false, nullptr, std::nullopt, "", e.decision->hidden});
  return out;
}

check::Report check_repository(const std::vector<std::string>& paths, const Repository& repo, const CheckOptions& options) {
  CheckOptions o = options;
  o.eval.repository_checks = true;
  Listing l = list(repo, o.eval.lang);
  std::vector<std::string> given;  // files under the paths given (the whole listing when none)
  check::Report report;
  std::vector<check::FileReport> missing;
  if (!paths.empty()) {
    for (const auto& p : paths) {
      std::error_code ec;
      if (!fs::exists(p, ec)) {
        io::Input in = io::read_input(p, o.eval.lang);  // the I/O diagnostic, worded as everywhere
        check::FileReport rep{p, check::Kind::Dossier, {}, false, nullptr, std::nullopt, "", {}};
        if (in.error) rep.diags.push_back(*in.error);
        missing.push_back(std::move(rep));
        continue;
      }
      walk_yaml(p, given);
    }
  }
  const std::vector<std::string>& candidates = paths.empty() ? l.files : given;
  // Units: a dossier with all its reviews, or the reviews of a dossier that does not exist. Paths are
  // held once (in the listing or `given`); the rest points into them.
  std::map<std::string, const std::string*> dossier_by_key;  // REVIEWS/<id> -> dossier
  if (std::any_of(candidates.begin(), candidates.end(), [&](const std::string& f) { return repo.review_owner(f).has_value(); }))
    for (const auto* d : l.dossiers) dossier_by_key.emplace(reviews_key(repo, *d), d);
  auto by_text = [](const std::string* a, const std::string* b) { return *a < *b; };
  std::vector<const std::string*> units, orphan_list;
  for (const auto& f : candidates) {
    if (o.changed && !o.changed->count(f)) continue;
    if (repo.review_owner(f)) {
      auto it = dossier_by_key.find(parent(f));
      if (it != dossier_by_key.end()) units.push_back(it->second);
      else orphan_list.push_back(&f);
    } else if (repo.is_dossier(f)) {
      units.push_back(&f);
    } else if (auto folder = repo.missed_by_globs(f)) {  // a dossier the checks would skip: never a silent green
      check::FileReport rep{f, check::Kind::Dossier, {missed(repo, f, *folder, o.eval.lang)}, false, nullptr, std::nullopt, "", {}};
      missing.push_back(std::move(rep));
    } else if (!paths.empty()) {
      report.not_dossiers.push_back(f);
    }
  }
  std::sort(units.begin(), units.end(), by_text);
  units.erase(std::unique(units.begin(), units.end(), [](const std::string* a, const std::string* b) { return *a == *b; }),
              units.end());
  std::sort(orphan_list.begin(), orphan_list.end(), by_text);
  std::vector<std::vector<check::FileReport>> results(units.size() + orphan_list.size());
  // Each unit's reports go to the report (or the sink) in order, as soon as the units before it are
  // done: only the units finished out of order wait in memory.
  const std::size_t checked = results.size();  // after them: paths that do not exist, too many files
  std::vector<char> done(checked, 0);
  std::size_t next = 0;
  std::mutex emitting;
  auto take = [&](std::vector<check::FileReport>& rs, bool is_checked) {
    for (auto& r : rs) {
      if (r.kind == check::Kind::Dossier && is_checked) {
        ++report.dossiers;
        report.eligible += r.eligible ? 1 : 0;
      }
      for (const auto& d : r.diags) report.counts.add(d);
      report.counts.add(r.hidden);
      ++report.file_count;
      if (o.sink) o.sink(std::move(r));
      else report.files.push_back(std::move(r));
    }
    std::vector<check::FileReport>().swap(rs);
  };
  auto finished = [&](std::size_t i) {
    std::lock_guard<std::mutex> lock(emitting);
    done[i] = 1;
    for (; next < checked && done[next]; ++next) take(results[next], true);
  };
  const bool caching = o.cache != nullptr && o.cache->enabled();
  const Hasher base = caching ? cache_base(repo, o.eval, SIEG_VERSION) : Hasher();
  timespec now{};
  ::clock_gettime(CLOCK_REALTIME, &now);
  if (caching) o.cache->load();
  parallel_for(results.size(), o.jobs, [&](std::size_t i) {
    const bool is_unit = i < units.size();
    const std::string& f = is_unit ? *units[i] : *orphan_list[i - units.size()];
    std::vector<std::string> reviews;
    if (is_unit) {
      auto it = l.reviews.find(reviews_key(repo, f));
      if (it != l.reviews.end()) reviews = it->second;  // the listing holds every review file there is
    }
    std::optional<std::string> key;
    std::optional<StatKey> sk;
    std::vector<std::pair<std::string, io::Input>> read;  // what the content key read, for the evaluation
    std::vector<ResultCache::Probe> probes;
    if (caching) {
      // Without reading: the stat key leads to the content key; else the files are read and hashed.
      sk = stat_key(base, repo, o, f, reviews, is_unit, now);
      std::optional<std::string> known = sk ? o.cache->content_key(sk->key) : std::nullopt;
      if (known)
        if (auto hit = o.cache->get(*known, repo, /*unread=*/true)) {
          results[i] = std::move(*hit);
          return finished(i);
        }
      key = unit_key(base, repo, o, f, reviews, is_unit, read, probes);
      if (key && key != known)
        if (auto hit = o.cache->get(*key, repo)) {
          results[i] = std::move(*hit);
          if (sk && sk->settled) o.cache->link(sk->key, *key, probes);
          return finished(i);
        }
    }
    {
      const Repository::Held held(read);
      if (is_unit) results[i] = file_reports(evaluate_with_reviews(f, reviews, repo, o.eval));
      else results[i] = {orphan(f, repo, o.eval)};
    }
    if (key) {
      o.cache->put(*key, results[i]);
      if (sk && sk->settled) o.cache->link(sk->key, *key, probes);
    }
    finished(i);
  });
  for (auto& m : missing) results.push_back({std::move(m)});
  // The whole repository asked for: a glob of sieg.toml that matches nothing is likely a typo (warning),
  // and a repository with no dossier at all is no green light (SIEG-P007, exit 2).
  if (paths.empty() && !o.changed && !l.too_many) {
    std::vector<diag::Diagnostic> problems = empty_globs(repo, l, o.eval.lang);
    if (auto stale = stale_editor_schema(repo, o.eval.lang)) problems.push_back(std::move(*stale));
    if (units.empty() && orphan_list.empty()) problems.push_back(no_dossier(repo, o.eval.lang));
    for (auto& d : problems) {
      check::FileReport rep{d.file, check::Kind::Dossier, {d}, false, nullptr, std::nullopt, "", {}};
      results.push_back({std::move(rep)});
    }
  }
  if (l.too_many) {  // counted as an I/O problem: the run did not see the repository, exit 2
    check::FileReport rep{l.too_many->file, check::Kind::Dossier, {*l.too_many}, false, nullptr, std::nullopt, "", {}};
    results.push_back({std::move(rep)});
  }
  for (std::size_t k = checked; k < results.size(); ++k) take(results[k], false);
  for (const auto& off : repo.config.off) report.off_notes.push_back(off.code + ": " + off.reason);
  if (auto f = repo.config_file()) report.config_file = *f;
  return report;
}

} // namespace sieg::pipeline
