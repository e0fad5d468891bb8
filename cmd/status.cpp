// sieg status [DIR]: where the jury stands — per dossier, the reviews expected, received, left out and
// missing (by name); per reviewer, what remains. Exit 1 while a review is missing.
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "diag/render.hpp"
#include "jury/status.hpp"
#include "output.hpp"
#include "pipeline/jury.hpp"
#include "pipeline/run.hpp"

namespace sieg::cmd {
namespace {

struct Options {
  std::string dir = ".";
  std::string reviews;
  std::string format = "text";
  bool excel = false;  // --excel: CSV for a spreadsheet
};

int run_status(const Options& o, const Globals& g) {
  if (excel_conflicts(o.excel, o.format == "text" ? "csv" : o.format, g)) return kExitUsage;
  auto repo = open_repo(o.dir, g, o.reviews);
  if (!repo) return kExitUsage;
  std::vector<diag::Diagnostic> problems;
  pipeline::Options po = pipeline_options(g);
  auto evals = pipeline::evaluate_repository(*repo, po, 1, &problems);
  if (!problems.empty()) {
    print_diags(problems, g);
    return kExitUsage;
  }
  jury::Status s = pipeline::jury_status(evals, *repo, g.today ? *g.today : values::today_paris());
  if (o.format == "json") write(stdout, jury::render_json(s));
  else if (o.format == "csv" || o.excel) write(stdout, jury::render_csv(s, score::CsvStyle{g.lang, o.excel}));
  else if (o.format == "md") write(stdout, diag::visible(jury::render_markdown(s, g.lang), true));
  else write(stdout, diag::visible(jury::render_text(s, g.lang), true));  // a file name's control characters
  return s.missing() > 0 ? kExitFindings : kExitOk;
}

} // namespace

Command status_command() {
  Command c;
  c.name = "status";
  c.summary = {"où en est le jury : évaluations reçues, écartées, manquantes", "where the jury stands: reviews received, left out, missing"};
  c.setup = [](CLI::App& app, i18n::Lang lang) {
    auto o = std::make_shared<Options>();
    app.add_option("dir", o->dir, i18n::pick({"le dépôt (par défaut : le dossier courant)", "the repository (default: the current folder)"}, lang))
        ->type_name("DIR");
    app.add_option("--reviews", o->reviews,
                   i18n::pick({"dossier des évaluations (par défaut : celui de sieg.toml)", "folder of the reviews (default: sieg.toml's)"}, lang))
        ->type_name("DIR");
    app.add_option("--format", o->format, i18n::pick({"sortie : text, json, csv ou md", "output: text, json, csv or md"}, lang))
        ->check(CLI::IsMember({"text", "json", "csv", "md"}));
    add_excel_option(app, o->excel, lang);
    app.footer(i18n::pick({"Codes de sortie : 0 jury complet, 1 évaluations manquantes, 2 usage. Voir man sieg-status.",
                           "Exit codes: 0 complete jury, 1 reviews missing, 2 usage. See man sieg-status."},
                          lang));
    return std::function<int(const Globals&)>([o](const Globals& g) { return run_status(*o, g); });
  };
  return c;
}

} // namespace sieg::cmd
