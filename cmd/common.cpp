#include "common.hpp"

#include <cstdlib>

#include <fmt/format.h>

#include <filesystem>

#include "calls/call.hpp"
#include "codes/registry.hpp"
#include "schema/suggest.hpp"
#include "pipeline/run.hpp"
#include "diag/render.hpp"
#include "io/read.hpp"
#include "io/write.hpp"
#include "output.hpp"

namespace sieg::cmd {

std::optional<values::Date> date_option(const std::string& value, const Globals& g, bool& ok) {
  ok = true;
  if (value.empty()) return std::nullopt;
  auto d = values::parse_date(value);
  if (!d) {
    ok = false;
    write(stderr, fmt::format(fmt::runtime(i18n::pick({"sieg : erreur : --date : « {0} » n'est pas une date AAAA-MM-JJ\n",
                                                       "sieg: error: --date: '{0}' is not a YYYY-MM-DD date\n"},
                                                      g.lang)),
                              value));
  }
  return d;
}

pipeline::Options pipeline_options(const Globals& g) {
  pipeline::Options po;
  po.lang = g.lang;
  po.today = g.today;
  return po;
}

pipeline::Settings settings_of(const Globals& g, const std::string& reviews) {
  pipeline::Settings s;
  s.config_file = g.config_file;
  s.no_config = g.no_config;
  if (!reviews.empty()) s.reviews = reviews;
  return s;
}

void print_diags(const std::vector<diag::Diagnostic>& diags, const Globals& g) {
  bool colour = use_colour(g.color, stderr);
  for (const auto& d : diags) write(stderr, diag::render_text(d, g.lang, colour));
}

std::shared_ptr<const pipeline::Repository> open_repo(const std::string& start, const Globals& g, const std::string& reviews) {
  if (!g.config_file.empty()) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(g.config_file, ec)) {
      print_error(g, {"--config {0} : pas de tel fichier", "--config {0}: no such file"}, g.config_file);
      return nullptr;
    }
  }
  auto opened = pipeline::open_repository(start, settings_of(g, reviews), g.lang);
  print_diags(opened.diags, g);
  return opened.repo;
}

std::optional<CallChoice> call_option(const std::string& value, const pipeline::Repository& repo, const Globals& g,
                                      const i18n::Text& label) {
  auto grid_of = [&](const calls::Call& c) {
    const grids::Grid* gr = repo.grid_of(c);
    return gr == nullptr ? nullptr : std::shared_ptr<const grids::Grid>(std::shared_ptr<const grids::Grid>(), gr);
  };
  if (const calls::Call* c = repo.find_call(value)) {  // owned by the repository, which outlives the command
    return CallChoice{std::shared_ptr<const calls::Call>(std::shared_ptr<const calls::Call>(), c), grid_of(*c)};
  }
  std::error_code ec;
  bool path_like = value.find('/') != std::string::npos || (value.size() > 5 && value.compare(value.size() - 5, 5, ".toml") == 0);
  if (path_like || std::filesystem::is_regular_file(value, ec)) {
    io::Input in = io::read_input(value, g.lang);
    if (in.error) {
      print_diags({*in.error}, g);
      return std::nullopt;
    }
    std::vector<diag::Diagnostic> diags;
    pipeline::CallFile loaded = pipeline::load_call_text(repo, in.bytes, pipeline::shown(value), g.lang, diags);
    print_diags(diags, g);
    if (!loaded.call) return std::nullopt;
    CallChoice out{loaded.call, loaded.grid};
    if (!out.grid) out.grid = grid_of(*out.call);
    return out;
  }
  std::vector<std::string> ids;
  for (const calls::Call* c : repo.all_calls()) ids.push_back(c->id);
  std::string msg = fmt::format(fmt::runtime(i18n::pick({"sieg : erreur : {2}appel inconnu « {0} » (appels : {1} ; ou un "
                                                         "fichier d'appel)\n",
                                                         "sieg: error: {2}unknown call '{0}' (calls: {1}; or a call file)\n"},
                                                        g.lang)),
                                value, fmt::join(ids, ", "), i18n::pick(label, g.lang));
  if (auto near = schema::closest(value, ids))
    msg += fmt::format(fmt::runtime(i18n::pick({"  = aide : vouliez-vous dire « {0} » ?\n", "  = help: did you mean '{0}'?\n"}, g.lang)),
                       *near);
  write(stderr, msg);
  return std::nullopt;
}

std::string config_note(const std::optional<std::string>& file, i18n::Lang lang) {
  if (!file) return "";
  return fmt::format(fmt::runtime(i18n::pick({"configuration : {0}\n", "configuration: {0}\n"}, lang)), *file);
}

i18n::Lang document_lang(const Globals& g) {
  if (!g.lang_option.empty()) return g.lang;
  const char* v = i18n::deciding_locale(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG"));
  return v == nullptr ? i18n::Lang::Fr : i18n::parse_lang(v).value_or(i18n::Lang::Fr);
}

void add_date_option(CLI::App& app, std::string& date, i18n::Lang lang) {
  app.add_option("--date", date,
                 i18n::pick({"date de référence des échéances (par défaut : date_depot du dossier, sinon aujourd'hui)",
                             "reference date for deadlines (default: the dossier's date_depot, else today)"},
                            lang))
      ->type_name("YYYY-MM-DD");
}

void add_max_errors_option(CLI::App& app, std::size_t& max, i18n::Lang lang) {
  app.add_option("--max-errors", max,
                 i18n::pick({"constats montrés par fichier (par défaut 50 ; 0 : tous) ; les autres sont comptés dans le résumé, "
                             "le JSON, le SARIF et le code de sortie",
                             "findings shown per file (default 50; 0: all); the others are counted in the summary, JSON, "
                             "SARIF and the exit code"},
                            lang))
      ->type_name("N");
}

void add_quiet_option(CLI::App& app, bool& quiet, i18n::Lang lang) {
  app.add_flag("-q,--quiet", quiet,
               i18n::pick({"seulement les erreurs, sans résumé (le code de sortie reste le même)",
                           "errors only, no summary (the exit code is the same)"},
                          lang));
}

bool excel_conflicts(bool excel, const std::string& format, const Globals& g) {
  if (!excel || format == "csv") return false;
  print_error(g, {"--excel donne du CSV : il ne va pas avec --format {0}", "--excel gives CSV: it does not go with --format {0}"}, format);
  return true;
}

void add_excel_option(CLI::App& app, bool& excel, i18n::Lang lang) {
  app.add_flag("--excel", excel,
               i18n::pick({"CSV pour un tableur (LibreOffice, Excel) : marque d'ordre des octets UTF-8, en-têtes en clair dans "
                           "la langue de sortie ; sans --excel, le CSV a des en-têtes stables pour les scripts",
                           "CSV for a spreadsheet (LibreOffice, Excel): UTF-8 byte-order mark, readable headers in the output "
                           "language; without --excel, CSV has stable headers for scripts"},
                          lang));
}

void add_scoring_options(CLI::App& app, std::string& reviews, std::string& grid, std::string& aggregate, i18n::Lang lang) {
  app.add_option("--reviews", reviews,
                 i18n::pick({"dossier des évaluations du jury, une par fichier REVIEWS/<dossier>/<évaluateur>.yaml (par défaut : "
                             "celui de sieg.toml, ou evaluations/ à côté d'un dossier nommé)",
                             "folder of the jury's reviews, one per file REVIEWS/<dossier>/<reviewer>.yaml (default: "
                             "sieg.toml's, or evaluations/ beside a dossier named)"},
                            lang))
      ->type_name("DIR");
  app.add_option("--grid", grid,
                 i18n::pick({"grille intégrée (aquitaine, picardie), grille du dépôt (son id, voir sieg grids) ou fichier de "
                             "grille ; par défaut celle de l'appel",
                             "built-in grid (aquitaine, picardie), a repository's grid (its id, see sieg grids) or grid "
                             "file; default: the call's"},
                            lang))
      ->type_name("NAME|PATH");
  app.add_option("--aggregate", aggregate,
                 i18n::pick({"agrégation des niveaux du jury : mean ou median (par défaut : celle de la grille)",
                             "aggregation of the jury's levels: mean or median (default: the grid's)"},
                            lang))
      ->check(CLI::IsMember({"mean", "median"}));
}

int exit_code(const diag::Counts& c, bool fail_on_warning) {
  if (c.io_errors > 0) return kExitUsage;
  if (c.errors > 0 || (fail_on_warning && c.warnings > 0)) return kExitFindings;
  return kExitOk;
}

int check_exit_code(const diag::Counts& c, const std::string& fail_on) {
  if (fail_on == "shape") return c.io_errors > 0 ? kExitUsage : c.errors > c.eligibility_errors ? kExitFindings : kExitOk;
  return exit_code(c, fail_on == "warning");
}

std::string left_out_note(const std::vector<std::string>& files, i18n::Lang lang) {
  if (files.empty()) return "";
  return fmt::format(fmt::runtime(i18n::pick({"\n{0} fichier(s) YAML laissé(s) de côté, faute d'être des dossiers valides "
                                              "(sieg validate dit pourquoi) : {1}\n",
                                              "\n{0} YAML file(s) left out, not being valid dossiers (sieg validate "
                                              "says why): {1}\n"},
                                             lang)),
                     files.size(), fmt::join(files, ", "));
}

void print_error(const Globals& g, const i18n::Text& t, const std::string& a, const std::string& b) {
  write(stderr, fmt::format(fmt::runtime(std::string(i18n::pick({"sieg : erreur : ", "sieg: error: "}, g.lang)) +
                                         i18n::pick(t, g.lang) + "\n"),
                            a, b));
}

std::optional<io::Secret> machine_secret(std::string& why) {
  return io::machine_secret(std::getenv("XDG_CACHE_HOME"), std::getenv("HOME"), why);
}

void print_warning(const Globals& g, const i18n::Text& t, const std::string& a, const std::string& b) {
  write(stderr, fmt::format(fmt::runtime(std::string(i18n::pick({"sieg : attention : ", "sieg: warning: "}, g.lang)) +
                                         i18n::pick(t, g.lang) + "\n"),
                            a, b));
}

namespace fs = std::filesystem;

// Writes every file, or none when one of them exists already.
int write_new_files(const std::vector<std::pair<std::string, std::string>>& files, const Globals& g) {
  std::vector<std::string> existing;
  std::error_code ec;
  for (const auto& [path, content] : files)
    if (fs::exists(path, ec)) existing.push_back(path);
  if (!existing.empty()) {
    write(stderr, fmt::format(fmt::runtime(i18n::pick({"sieg : erreur : ces fichiers existent déjà, rien n'a été écrit : {0}\n",
                                                       "sieg: error: these files exist already, nothing was written: {0}\n"},
                                                      g.lang)),
                              fmt::join(existing, ", ")));
    return kExitUsage;
  }
  for (const auto& [path, content] : files) {
    fs::path parent = fs::path(path).parent_path();
    if (!parent.empty()) fs::create_directories(parent, ec);
    if (auto err = io::write_atomically(path, content, g.lang)) {
      write(stderr, diag::render_text(*err, g.lang, false));
      return kExitUsage;
    }
    write(stdout, fmt::format(fmt::runtime(i18n::pick({"créé : {0}\n", "created: {0}\n"}, g.lang)), path));
  }
  return kExitOk;
}

// <prefix>/share/sieg/schemas/NAME beside <prefix>/bin/sieg, as an absolute path, when it exists.
bool output_is_input(const std::string& output, const pipeline::Repository& repo, const std::vector<std::string>& read,
                     const Globals& g) {
  if (output == "-" || !pipeline::Inputs(repo, read).contains(output)) return false;
  print_error(g, {"-o {0} : c'est une entrée ; sieg n'écrit jamais sur ses entrées", "-o {0}: it is an input; sieg never writes over its inputs"},
              output);
  return true;
}

std::string modeline_schema(const pipeline::Repository& repo, const std::string& name, const std::string& folder) {
  std::error_code ec;
  fs::path own = fs::path(repo.config.root) / "schemas" / name;
  if (repo.has_config && fs::is_regular_file(own, ec)) return fs::path(fs::relative(own, fs::absolute(folder), ec)).generic_string();
  return installed_schema(name);
}

std::string installed_schema(const std::string& name) {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  fs::path schema = exe.parent_path().parent_path() / "share" / "sieg" / "schemas" / name;
  return fs::is_regular_file(schema, ec) ? schema.generic_string() : "";
}


} // namespace sieg::cmd
