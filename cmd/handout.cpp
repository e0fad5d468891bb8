// sieg handout [DIR] -o OUT [--reviewer NAME]...: per juror of sieg.toml's [[jury]], a folder with the
// papers of the dossiers given to them (a cover page with the deadline, each dossier's report, its review
// form and the review file to fill in). PDFs printed by one browser (io::PdfPrinter).
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <unistd.h>

#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "config/config.hpp"
#include "diag/render.hpp"
#include "io/pdf.hpp"
#include "io/write_folder.hpp"
#include "output.hpp"
#include "pipeline/handout.hpp"
#include "pipeline/run.hpp"
#include "schema/suggest.hpp"
#include "text/fold.hpp"

namespace sieg::cmd {
namespace fs = std::filesystem;
namespace {

struct Options {
  std::string dir = ".";
  std::string output;
  std::string reviews;
  std::string format = "pdf";
  std::vector<std::string> reviewers;
};

// A --reviewer that is not in [[jury]]: the usage error, with the closest name.
bool unknown_reviewer(const std::vector<std::string>& asked, const config::Config& c, const Globals& g) {
  std::vector<std::string> names;
  for (const auto& j : c.jury) names.push_back(j.name);
  for (const auto& a : asked)
    if (config::find_juror(c, a) == nullptr) {
      auto near = schema::closest(a, names);
      print_error(g, {"--reviewer {0} : personne de ce nom dans [[jury]] de sieg.toml{1}", "--reviewer {0}: nobody of that name in sieg.toml's [[jury]]{1}"},
                  a,
                  near ? fmt::format(fmt::runtime(i18n::pick({" ; vouliez-vous dire « {0} » ?", "; did you mean '{0}'?"}, g.lang)), *near) : "");
      return true;
    }
  return false;
}

int run_handout(const Options& o, const Globals& g) {
  if (o.output.empty() || o.output == "-") {
    print_error(g, {"-o DOSSIER est requis : un dossier par membre du jury y est écrit (par exemple -o remises/)",
                    "-o FOLDER is required: a folder per juror is written there (for example -o handouts/)"});
    return kExitUsage;
  }
  auto repo = open_repo(o.dir, g, o.reviews);
  if (!repo) return kExitUsage;
  if (repo->config.jury.empty()) {
    print_error(g, {"{0} : pas de [[jury]] dans sieg.toml ; les remises vont à chaque membre du jury (voir man sieg-toml)",
                    "{0}: no [[jury]] in sieg.toml; handouts go to each juror (see man sieg-toml)"},
                o.dir);
    return kExitUsage;
  }
  if (unknown_reviewer(o.reviewers, repo->config, g)) return kExitUsage;
  std::string no_secret;
  const std::optional<io::Secret> secret = machine_secret(no_secret);
  if (auto refused = io::check_folder_target(o.output, ".sieg-handout", g.lang, secret)) {
    write(stderr, diag::render_text(*refused, g.lang, false));
    return kExitUsage;
  }
  std::vector<diag::Diagnostic> problems;
  pipeline::Options po = pipeline_options(g);
  std::vector<pipeline::Evaluation> evals = pipeline::evaluate_repository(*repo, po, 1, &problems);
  if (!problems.empty()) {
    print_diags(problems, g);
    return kExitUsage;
  }
  pipeline::HandoutOptions ho;
  ho.lang = g.lang;
  ho.today = g.today ? *g.today : values::today_paris();
  ho.pdf = o.format == "pdf";
  for (const auto& r : o.reviewers) ho.reviewers.push_back(config::find_juror(repo->config, r)->name);
  std::vector<pipeline::Handout> handouts = pipeline::build_handouts(evals, *repo, ho);
  pipeline::Inputs inputs(*repo, evals);
  std::vector<io::FolderFile> files;
  std::vector<std::size_t> to_print;  // indices in files of the pages to print as PDF
  int reports = 0, reviews = 0;
  for (auto& h : handouts) {
    reports += h.reports;
    reviews += h.reviews;
    for (auto& f : h.files) {
      std::string name = h.folder + "/" + f.name;
      if (inputs.contains((fs::path(o.output) / name).string())) {  // before any printing
        print_error(g, {"-o {0} : {1} est une entrée ; sieg n'écrit jamais sur ses entrées", "-o {0}: {1} is an input; sieg never writes over its inputs"},
                    o.output, name);
        return kExitUsage;
      }
      if (f.printable && ho.pdf) to_print.push_back(files.size());
      files.push_back({name, std::move(f.content)});
    }
  }
  io::PdfPrinter printer(g.lang);  // one browser for every page
  // On a terminal, a line that says how far the printing is (100 PDFs take most of a minute).
  const bool progress = !to_print.empty() && ::isatty(::fileno(stderr)) == 1 && std::getenv("TERM") != nullptr &&
                        std::string(std::getenv("TERM")) != "dumb";
  std::size_t done = 0;
  for (std::size_t i : to_print) {
    if (progress)
      write(stderr, "\r" + fmt::format(fmt::runtime(i18n::pick({"impression en PDF : {0}/{1} {2}", "printing as PDF: {0}/{1} {2}"}, g.lang)),
                                       ++done, to_print.size(), files[i].name) + "\x1b[K");
    std::string pdf;
    if (auto err = printer.print(files[i].content, pdf, (fs::path(o.output) / files[i].name).string())) {
      write(stderr, diag::render_text(*err, g.lang, false));
      return kExitUsage;
    }
    files[i].content = std::move(pdf);
  }
  if (progress) write(stderr, "\r\x1b[K");
  // --reviewer: those jurors' folders are rewritten, the others' stay as the last run left them.
  if (auto err = io::write_folder(o.output, files, ".sieg-handout", g.lang, secret, !o.reviewers.empty())) {
    write(stderr, diag::render_text(*err, g.lang, false));
    return kExitUsage;
  }
  std::string who;
  for (const auto& h : handouts) who += (who.empty() ? "" : ", ") + h.folder + "/";
  write(stdout, fmt::format(fmt::runtime(i18n::pick({"{0} : {1} membre(s) du jury ({2}), {3} rapport(s) en {4}, {5} évaluation(s) à remplir\n",
                                                     "{0}: {1} juror(s) ({2}), {3} report(s) as {4}, {5} review(s) to fill in\n"},
                                                    g.lang)),
                            o.output, handouts.size(), who, reports, o.format == "pdf" ? "PDF" : "HTML", reviews) +
                    config_note(repo->config_file(), g.lang));
  return kExitOk;
}

} // namespace

Command handout_command() {
  Command c;
  c.name = "handout";
  c.summary = {"les papiers de chaque membre du jury : rapports des dossiers confiés, évaluations à remplir, page de garde",
               "each juror's papers: reports of the dossiers given to them, reviews to fill in, a cover page"};
  c.setup = [](CLI::App& app, i18n::Lang lang) {
    auto o = std::make_shared<Options>();
    app.add_option("dir", o->dir, i18n::pick({"le dépôt (par défaut : le dossier courant)", "the repository (default: the current folder)"}, lang))
        ->type_name("DIR");
    app.add_option("-o,--output", o->output,
                   i18n::pick({"dossier écrit : un sous-dossier par membre du jury (requis)", "folder to write: a sub-folder per juror (required)"}, lang))
        ->type_name("DIR");
    app.add_option("--reviewer", o->reviewers,
                   i18n::pick({"ce membre du jury seulement (répétable ; nom comme dans [[jury]])",
                               "this juror only (repeatable; name as in [[jury]])"},
                              lang))
        ->type_name("NAME");
    app.add_option("--format", o->format,
                   i18n::pick({"pdf (imprimé par Chromium, par défaut) ou html", "pdf (printed by Chromium, the default) or html"}, lang))
        ->check(CLI::IsMember({"pdf", "html"}));
    app.add_option("--reviews", o->reviews,
                   i18n::pick({"dossier des évaluations (par défaut : celui de sieg.toml)", "folder of the reviews (default: sieg.toml's)"}, lang))
        ->type_name("DIR");
    app.footer(i18n::pick({"Codes de sortie : 0 remises écrites, 2 usage ou E/S (pas de jury, nom inconnu, pas de Chromium pour un PDF). "
                           "Voir man sieg-handout.",
                           "Exit codes: 0 handouts written, 2 usage or I/O (no jury, unknown name, no Chromium for a PDF). See man sieg-handout."},
                          lang));
    return std::function<int(const Globals&)>([o](const Globals& g) { return run_handout(*o, g); });
  };
  return c;
}

} // namespace sieg::cmd
