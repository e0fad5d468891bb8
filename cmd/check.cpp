// sieg check [PATH...]: every dossier and review of a repository of submissions, in the formats
// CI systems read.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <thread>

#include <fmt/format.h>

#include "calls/call.hpp"
#include "codes/registry.hpp"
#include "check/check.hpp"
#include "pipeline/run.hpp"
#include "check/render.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "diag/render.hpp"
#include "io/read.hpp"
#include "io/secret.hpp"
#include "io/write.hpp"
#include "output.hpp"

namespace sieg::cmd {
namespace {

struct Options {
  std::vector<std::string> paths;
  std::string format = "text";
  std::vector<std::string> outputs;  // FORMAT:FILE
  std::string fail_on = "error";
  unsigned jobs = 0;
  std::string changed_since;
  std::string date;
  bool quiet = false;
  std::size_t max_errors = 50;
  std::string cache_dir;  // --cache-dir; empty: .sieg-cache beside sieg.toml
  bool no_cache = false;
  bool verbose = false;
};

const std::vector<std::string> kFormats{"text", "json", "sarif", "junit", "github", "gitlab"};

// The stream of a format; `colour` and `quiet` are standard output's (files get neither).
std::unique_ptr<check::Stream> stream_of(const std::string& format, const Globals& g, bool colour, bool quiet,
                                         const pipeline::Repository& repo) {
  if (format == "json") return check::json_stream();
  if (format == "sarif") {  // its rules: every code of the calls in force, the repository's own included
    std::vector<calls::Call> in_force;
    for (const calls::Call* c : repo.all_calls()) in_force.push_back(*c);
    return check::sarif_stream(g.lang, std::move(in_force));
  }
  if (format == "github") return check::github_stream();
  if (format == "gitlab") return check::gitlab_stream();
  if (format == "junit") return check::junit_stream(g.lang);
  return check::text_stream(g.lang, colour, quiet);
}

// -q: the errors alone (counts and exit code unchanged).
void drop_all_but_errors(check::FileReport& f) {
  f.diags.erase(std::remove_if(f.diags.begin(), f.diags.end(),
                               [](const diag::Diagnostic& d) { return d.severity != diag::Severity::Error; }),
                f.diags.end());
}

// `sieg check -`: the paths on standard input, one per line (as find or git ls-files print them).
bool paths_from_stdin(std::vector<std::string>& paths, const Globals& g) {
  auto dash = std::find(paths.begin(), paths.end(), "-");
  if (dash == paths.end()) return true;
  if (std::count(paths.begin(), paths.end(), "-") > 1) {
    print_error(g, {"« - » (l'entrée standard) ne peut être donné qu'une fois", "'-' (standard input) can be given once only"});
    return false;
  }
  std::vector<std::string> read;
  char buf[4096];
  std::size_t n;
  std::string all;
  while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
    all.append(buf, n);
    if (all.size() > (64u << 20)) {  // far beyond kMaxFilesPerRun paths: never a silent cut
      print_error(g, {"« - » : plus de 64 Mio de chemins sur l'entrée standard", "'-': over 64 MiB of paths on standard input"});
      return false;
    }
  }
  std::size_t i = 0;
  while (i < all.size()) {
    std::size_t j = all.find('\n', i);
    std::string p = all.substr(i, j == std::string::npos ? std::string::npos : j - i);
    if (!p.empty() && p.back() == '\r') p.pop_back();
    if (!p.empty()) read.push_back(p);
    if (j == std::string::npos) break;
    i = j + 1;
  }
  if (read.empty()) {
    print_error(g, {"« - » : aucun chemin sur l'entrée standard (un par ligne)", "'-': no path on standard input (one per line)"});
    return false;
  }
  dash = paths.erase(dash);
  paths.insert(dash, read.begin(), read.end());
  return true;
}

int run_check(Options o, const Globals& g) {
  if (!paths_from_stdin(o.paths, g)) return kExitUsage;
  auto start = std::chrono::steady_clock::now();
  // --output-format FORMAT:FILE, checked before any work.
  std::vector<std::pair<std::string, std::string>> outputs;
  for (const auto& spec : o.outputs) {
    auto colon = spec.find(':');
    std::string fmt_name = spec.substr(0, colon);
    if (colon == std::string::npos || colon + 1 == spec.size() ||
        std::find(kFormats.begin(), kFormats.end(), fmt_name) == kFormats.end()) {
      print_error(g, {"--output-format « {0} » : FORMAT:FICHIER attendu, FORMAT parmi text, json, sarif, junit, github, gitlab",
                "--output-format '{0}': FORMAT:FILE expected, FORMAT among text, json, sarif, junit, github, gitlab"},
            spec);
      return kExitUsage;
    }
    outputs.emplace_back(fmt_name, spec.substr(colon + 1));
  }
  pipeline::CheckOptions co;
  co.eval = pipeline_options(g);
  co.eval.max_diagnostics = o.max_errors;
  co.jobs = o.jobs > 0 ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  bool date_ok = true;
  co.eval.date = date_option(o.date, g, date_ok);
  if (!date_ok) return kExitUsage;

  // The repository: the nearest sieg.toml up from the first path given, or from here.
  std::string from = ".";
  if (!o.paths.empty()) {
    std::error_code ec;
    from = std::filesystem::is_directory(o.paths.front(), ec) ? o.paths.front()
                                                             : std::filesystem::path(o.paths.front()).parent_path().string();
    if (from.empty()) from = ".";
  }
  auto repo = open_repo(from, g, "");
  if (!repo) return kExitUsage;
  std::vector<std::string> deleted;
  if (!o.changed_since.empty()) {
    std::string why;
    auto changes = pipeline::changed_since(o.changed_since, why);
    if (!changes) {
      if (why.rfind("not inside a git repository", 0) == 0)
        print_error(g, {"--changed-since {0} : le dossier courant n'est pas dans un dépôt git{1}",
                        "--changed-since {0}: the current folder is not in a git repository{1}"},
                    o.changed_since, why.substr(std::string("not inside a git repository").size()));
      else print_error(g, {"--changed-since {0} : git : {1}", "--changed-since {0}: git: {1}"}, o.changed_since, why);
      return kExitUsage;
    }
    co.changed = pipeline::files_to_check(*changes, *repo);
    deleted = changes->deleted;
  }
  // The cache: only a folder sieg made on this machine, records authenticated with this machine's secret
  // (kept outside the repository). A folder given with --cache-dir that cannot be one is a usage error; the
  // default folder, which a pull request may have committed, is ignored with a warning.
  const std::string cache_dir =
      o.no_cache ? "" : o.cache_dir.empty() ? pipeline::default_cache_dir(*repo, std::getenv("SIEG_CACHE_DIR")) : o.cache_dir;
  std::unique_ptr<pipeline::ResultCache> cache_owner = std::make_unique<pipeline::ResultCache>();
  if (!cache_dir.empty()) {
    std::string why;
    if (auto secret = machine_secret(why)) {
      cache_owner = std::make_unique<pipeline::ResultCache>(cache_dir, *secret, repo->has_config ? repo->config.root : "");
      if (const auto& refused = cache_owner->refused()) {
        if (!o.cache_dir.empty()) {
          print_error(g, refused->why, refused->folder, refused->file);
          return kExitUsage;
        }
        print_warning(g, {"cache ignoré : {0}", "cache not used: {0}"},
                      fmt::format(fmt::runtime(i18n::pick(refused->why, g.lang)), refused->folder, refused->file));
      }
    } else {
      print_warning(g, {"pas de cache : {0}", "no cache: {0}"}, why);
    }
  }
  const pipeline::ResultCache& cache = *cache_owner;
  co.cache = &cache;
  std::optional<pipeline::Inputs> inputs;  // a second listing, only when there are outputs to check
  if (!outputs.empty()) inputs.emplace(*repo, o.paths);
  for (const auto& [f, path] : outputs)
    if (inputs->contains(path)) {
      print_error(g, {"--output-format : {0} est une entrée, sieg n'écrit jamais sur ses entrées",
                      "--output-format: {0} is an input; sieg never writes over its inputs"},
                  path);
      return kExitUsage;
    }

  // Every output is streamed, file by file in the final order (flat memory: no report per file is kept),
  // unless -v's table is asked for: it needs the whole report first.
  const bool colour = use_colour(g.color, stdout);
  const bool streamed = !(o.format == "text" && o.verbose);
  struct Out {
    std::unique_ptr<check::Stream> stream;
    std::unique_ptr<io::AtomicWriter> file;  // null: standard output
    void put(const std::string& text) {
      if (text.empty()) return;
      if (file) file->write(text);
      else write(stdout, text);
    }
  };
  std::vector<Out> outs;
  if (streamed) {
    outs.push_back({stream_of(o.format, g, colour, o.quiet, *repo), nullptr});
    for (const auto& [format, path] : outputs)
      outs.push_back({stream_of(format, g, false, false, *repo), std::make_unique<io::AtomicWriter>(path, g.lang)});
    for (auto& out : outs) out.put(out.stream->begin());
    co.sink = [&](check::FileReport&& f) {
      if (o.quiet) drop_all_but_errors(f);
      for (auto& out : outs) out.put(out.stream->file(f));
    };
  }
  check::Report report = pipeline::check_repository(o.paths, *repo, co);
  // Bounded: a few entries per dossier of the repository, whatever the history of the files.
  cache.save(std::max<std::size_t>(1000, 4 * static_cast<std::size_t>(report.file_count)));
  report.deleted = std::move(deleted);
  if (o.quiet)
    for (auto& f : report.files) drop_all_but_errors(f);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (streamed) {
    for (auto& out : outs) out.stream->finish(report, seconds, [&](std::string_view piece) { out.put(std::string(piece)); });
    for (auto& out : outs)
      if (out.file)
        if (auto err = out.file->commit()) {
          write(stderr, diag::render_text(*err, g.lang, false));
          return kExitUsage;
        }
    return check_exit_code(report.counts, o.fail_on);
  }
  std::string shown = check::render_text(report, g.lang, colour, seconds, o.verbose, o.quiet);  // -v's table
  if (o.verbose && o.format == "text" && cache.enabled())
    shown += fmt::format(fmt::runtime(i18n::pick({"cache : {0} unité(s) sur {1} reprise(s) de {2}, dont {3} sans relire leurs fichiers\n",
                                                  "cache: {0} of {1} unit(s) from {2}, {3} without reading their files\n"},
                                                 g.lang)),
                         cache.hits(), cache.hits() + cache.misses(), cache_dir, cache.unread());
  write(stdout, shown);
  for (const auto& [format, path] : outputs)
    if (auto err = io::write_atomically(path, check::render_stream(*stream_of(format, g, false, false, *repo), report, seconds), g.lang)) {
      write(stderr, diag::render_text(*err, g.lang, false));
      return kExitUsage;
    }
  return check_exit_code(report.counts, o.fail_on);
}

} // namespace

Command check_command() {
  Command c;
  c.name = "check";
  c.summary = {"vérifie tout un dépôt de candidatures, pour la CI", "check a whole repository of submissions, for CI"};
  c.setup = [](CLI::App& app, i18n::Lang lang) {
    auto o = std::make_shared<Options>();
    app.add_option("paths", o->paths,
                   i18n::pick({"fichiers ou dossiers à vérifier, filtrés par les globs de sieg.toml ; aucun : tout le dépôt ; "
                               "« - » : leurs chemins sur l'entrée standard, un par ligne",
                               "files or folders to check, through sieg.toml's globs; none: the whole repository; "
                               "'-': their paths on standard input, one per line"},
                              lang))
        ->type_name("PATH");
    app.add_option("--format", o->format,
                   i18n::pick({"sortie : text, json, sarif, junit, github ou gitlab", "output: text, json, sarif, junit, github or gitlab"}, lang))
        ->check(CLI::IsMember(kFormats));
    app.add_option("--output-format", o->outputs,
                   i18n::pick({"écrire aussi ce format dans ce fichier (atomiquement), par ex. sarif:resultats.sarif ; répétable",
                               "also write this format to this file (atomically), e.g. sarif:findings.sarif; repeatable"},
                              lang))
        ->type_name("FORMAT:FILE")
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.add_option("--fail-on", o->fail_on,
                   i18n::pick({"code de sortie 1 : shape, sur une erreur de forme (fichier cassé, pas une règle de l'appel) ; "
                               "error, sur toute erreur (par défaut) ; warning, dès un avertissement",
                               "exit 1: shape, on an error of form (a broken file, not a call's rule); error, on any "
                               "error (default); warning, on a warning too"},
                              lang))
        ->check(CLI::IsMember({"shape", "error", "warning"}));
    app.add_option("-j,--jobs", o->jobs,
                   i18n::pick({"fichiers vérifiés en parallèle (par défaut : le nombre de cœurs)",
                               "files checked in parallel (default: the number of cores)"},
                              lang))
        ->check(CLI::Range(1u, 256u));
    app.add_option("--changed-since", o->changed_since,
                   i18n::pick({"seulement les fichiers modifiés depuis cette révision git, et les dossiers dont une évaluation a changé",
                               "only files changed since this git revision, and the dossiers whose reviews changed"},
                              lang))
        ->type_name("REV");
    add_date_option(app, o->date, lang);
    add_quiet_option(app, o->quiet, lang);
    add_max_errors_option(app, o->max_errors, lang);
    auto* cache_dir = app.add_option("--cache-dir", o->cache_dir,
                                     i18n::pick({"dossier du cache des résultats (par défaut : .sieg-cache à côté de sieg.toml)",
                                                 "folder of the result cache (default: .sieg-cache beside sieg.toml)"},
                                                lang))
                          ->type_name("DIR");
    app.add_flag("--no-cache", o->no_cache,
                 i18n::pick({"tout vérifier à nouveau, sans lire ni écrire le cache", "check everything again, without reading or writing the cache"},
                            lang))
        ->excludes(cache_dir);
    app.add_flag("-v,--verbose", o->verbose,
                 i18n::pick({"une ligne par fichier vérifié (éligibilité, note, constats), avant le résumé",
                             "one line per file checked (eligibility, score, findings), before the summary"},
                            lang))
        ->excludes("--quiet");
    app.footer(i18n::pick({"Codes de sortie : 0, 1 constats (--fail-on), 2 usage, E/S ou sieg.toml. Voir man sieg-check et man 5 sieg.toml.",
                           "Exit codes: 0, 1 findings (--fail-on), 2 usage, I/O or sieg.toml. See man sieg-check and man 5 sieg.toml."},
                          lang));
    return std::function<int(const Globals&)>([o](const Globals& g) { return run_check(*o, g); });
  };
  return c;
}

} // namespace sieg::cmd
