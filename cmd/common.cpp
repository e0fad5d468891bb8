#include "common.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "calls/call.hpp"
#include "check/catalogue.hpp"
#include "diag/render.hpp"
#include "io/read.hpp"
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

std::optional<config::Config> repository_config(const std::string& start, const Globals& g) {
  auto file = config::find_config(start);
  if (!file) return config::default_config(start);
  std::string path = std::filesystem::relative(*file).generic_string();
  io::Input in = io::read_input(path, g.lang);
  if (in.error) {
    write(stderr, diag::render_text(*in.error, g.lang, false));
    return std::nullopt;
  }
  auto loaded = config::load_config(in.bytes, path, g.lang, check::codes(calls::builtin_calls()));
  for (const auto& d : loaded.diags) write(stderr, diag::render_text(d, g.lang, false));
  return loaded.config;
}

void add_date_option(CLI::App& app, std::string& date, i18n::Lang lang) {
  app.add_option("--date", date,
                 i18n::pick({"date de référence des échéances (par défaut : date_depot du dossier, sinon aujourd'hui)",
                             "reference date for deadlines (default: the dossier's date_depot, else today)"},
                            lang))
      ->type_name("YYYY-MM-DD");
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
                 i18n::pick({"grille intégrée (aquitaine, picardie) ou fichier de grille ; par défaut celle de l'appel",
                             "built-in grid (aquitaine, picardie) or grid file; default: the call's"},
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

} // namespace sieg::cmd
