// sieg report DOSSIER|DIR: what a jury member reads before the meeting, in Markdown, HTML or JSON;
// for a folder, a static site (index with the ranking, one page per dossier).
#include <algorithm>
#include <cstdlib>
#include <map>
#include <filesystem>
#include <memory>
#include <system_error>

#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "diag/render.hpp"
#include "io/pdf.hpp"
#include "io/write.hpp"
#include "io/write_folder.hpp"
#include "output.hpp"
#include "io/read.hpp"
#include "pipeline/report.hpp"
#include "pipeline/run.hpp"
#include "report/render.hpp"
#include "report/site.hpp"

namespace sieg::cmd {
namespace {

namespace fs = std::filesystem;

struct Options {
  std::string target;
  std::string reviews;
  std::string format;  // empty: from -o's extension, else md
  std::string output = "-";
  std::string date;
  std::string title;  // --title: the site's index, the minutes
  bool redact = false;
  bool minutes = false;
  bool excel = false;  // --excel: the minutes' CSV for a spreadsheet
  std::size_t max_errors = 50;  // findings listed per file on standard error
};

// --format, else -o's extension, else md (standard output). Empty: an extension sieg cannot write.
std::string format_of(const Options& o) {
  if (!o.format.empty()) return o.format;
  if (o.output == "-") return "md";
  std::string ext = fs::path(o.output).extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".html" || ext == ".htm") return "html";
  if (ext == ".json") return "json";
  if (ext == ".md" || ext == ".markdown") return "md";
  if (ext == ".pdf") return "pdf";
  if (ext == ".csv") return "csv";  // the minutes' table for the finance team
  return ext.empty() ? "md" : "";  // "-o rapport", "-o /dev/null": Markdown
}

// On standard error, as sieg validate lists them: at most `max` per file (0: all), then "… and K more
// findings in FILE"; the exit code counts them all.
void print_report_diags(const std::vector<diag::Diagnostic>& diags, const Globals& g, bool errors_only, std::size_t max) {
  bool colour = use_colour(g.color, stderr);
  std::map<std::string, std::size_t> listed;
  std::vector<std::pair<std::string, diag::Counts>> hidden;  // by file, in the order first passed
  for (const auto& d : diags) {
    if (errors_only && d.severity != diag::Severity::Error) continue;
    if (max == 0 || listed[d.file]++ < max) {
      write(stderr, diag::render_text(d, g.lang, colour));
      continue;
    }
    auto it = std::find_if(hidden.begin(), hidden.end(), [&](const auto& h) { return h.first == d.file; });
    if (it == hidden.end()) it = hidden.insert(hidden.end(), {d.file, {}});
    it->second.add(d);
  }
  for (const auto& [file, counts] : hidden) write(stderr, diag::render_more(file, counts, g.lang));
}

// A document's format known and writable (a PDF needs Chromium): said before any work; false after saying why.
bool can_write(const std::string& format, const Options& o, const Globals& g) {
  if (format.empty()) {
    print_error(g, {"-o {0} : sieg n'écrit pas ce type de fichier ; extensions : .md, .html, .json, .pdf (ou --format)",
                    "-o {0}: sieg does not write this kind of file; extensions: .md, .html, .json, .pdf (or --format)"},
                o.output);
    return false;
  }
  if (format == "pdf" && io::find_chromium().empty()) {
    std::string pdf;
    if (auto err = io::html_to_pdf("", pdf, o.output, g.lang)) write(stderr, diag::render_text(*err, g.lang, false));
    return false;
  }
  return true;
}

// Writes a rendered document to -o (a PDF printed from the HTML first), atomically. Exit code 2 on failure.
int write_document(std::string out, const std::string& format, const Options& o, const Globals& g) {
  if (format == "pdf") {
    std::string pdf;
    if (auto err = io::html_to_pdf(out, pdf, o.output, g.lang)) {
      write(stderr, diag::render_text(*err, g.lang, false));
      return kExitUsage;
    }
    out = std::move(pdf);
  }
  if (auto err = io::write_atomically(o.output, out, g.lang)) {
    write(stderr, diag::render_text(*err, g.lang, false));
    return kExitUsage;
  }
  return kExitOk;
}

int report_one(const Options& o, const pipeline::Options& po, const report::Options& ro, const Globals& g) {
  std::string format = format_of(o);
  if (format == "csv" || o.excel) {
    print_error(g, {"CSV et --excel vont avec --minutes (le tableau des décisions pour les finances)",
                    "CSV and --excel go with --minutes (the table of decisions for the finance team)"});
    return kExitUsage;
  }
  std::string start = o.target == "-" ? "." : fs::path(o.target).parent_path().string();
  auto repo = open_repo(start.empty() ? "." : start, g, o.reviews);
  if (!repo) return kExitUsage;
  pipeline::Evaluation e;
  if (o.target == "-") {
    io::Input in = io::read_input("-", g.lang);
    if (in.error) {
      print_report_diags({*in.error}, g, false, o.max_errors);
      return kExitUsage;
    }
    e = pipeline::evaluate_bytes(in.bytes, "-", *repo, po);
  } else {
    e = pipeline::evaluate(o.target, *repo, po);
  }
  std::vector<std::string> read;  // the dossier and its reviews, wherever --reviews puts them
  read.push_back(o.target);
  for (const auto& r : e.reviews) read.push_back(r.file);
  if (output_is_input(o.output, *repo, read, g) || !can_write(format, o, g)) return kExitUsage;
  pipeline::Built b = pipeline::build_report(e, ro);
  if (!b.report) {
    print_report_diags(b.diags, g, false, o.max_errors);
    return exit_code(diag::count(b.diags));
  }
  print_report_diags(b.report->review_diags, g, true, o.max_errors);
  std::string out = format == "html" || format == "pdf" ? report::render_html(*b.report)
                    : format == "json"                  ? report::render_json(*b.report)
                                                        : report::render_markdown(*b.report);
  if (int written = write_document(std::move(out), format, o, g); written != kExitOk) return written;
  diag::Counts c = diag::count(b.report->review_diags);
  return c.errors > 0 ? kExitFindings : kExitOk;
}

int report_site(const Options& o, const pipeline::Options& po, const report::Options& ro, const Globals& g) {
  if (o.excel) {
    print_error(g, {"CSV et --excel vont avec --minutes (le tableau des décisions pour les finances)",
                    "CSV and --excel go with --minutes (the table of decisions for the finance team)"});
    return kExitUsage;
  }
  if (!o.format.empty() && o.format != "html") {
    print_error(g, {"--format {0} : un dossier de dossiers donne un site HTML ; --format html ou rien",
                    "--format {0}: a folder of dossiers makes an HTML site; --format html or nothing"},
                o.format);
    return kExitUsage;
  }
  if (o.output == "-") {
    print_error(g, {"{0} est un dossier : -o DOSSIER_DU_SITE est requis (par exemple -o site/)",
                    "{0} is a folder: -o SITE_FOLDER is required (for example -o site/)"},
                o.target);
    return kExitUsage;
  }
  auto repo = open_repo(o.target, g, o.reviews);
  if (!repo) return kExitUsage;
  // Before any work: a symbolic link, a file, or a folder sieg did not write is never written to.
  std::string no_secret;
  const std::optional<io::Secret> secret = machine_secret(no_secret);
  if (auto refused = io::check_folder_target(o.output, ".sieg-site", g.lang, secret)) {
    write(stderr, diag::render_text(*refused, g.lang, false));
    return kExitUsage;
  }
  std::vector<diag::Diagnostic> problems;
  std::vector<pipeline::Evaluation> evals = pipeline::evaluate_repository(*repo, po, 1, &problems);
  if (!problems.empty()) {
    print_diags(problems, g);
    return kExitUsage;
  }
  report::Site site = pipeline::build_site(evals, o.title.empty() ? o.target : o.title, ro, po.today ? *po.today : values::today_paris());
  pipeline::Inputs inputs(*repo, std::vector<std::string>{});
  for (const auto& f : site.files)
    if (inputs.contains((fs::path(o.output) / f.name).string())) {
      print_error(g, {"-o {0} : {1} est une entrée ; sieg n'écrit jamais sur ses entrées",
                      "-o {0}: {1} is an input; sieg never writes over its inputs"},
                  o.output, f.name);
      return kExitUsage;
    }
  print_report_diags(site.diags, g, true, o.max_errors);
  // The whole site at once: built beside -o, then swapped in; sieg's stale pages go, foreign files stay.
  std::vector<io::FolderFile> files;
  for (auto& f : site.files) files.push_back({f.name, std::move(f.content)});
  if (auto err = io::write_folder(o.output, files, ".sieg-site", g.lang, secret)) {
    write(stderr, diag::render_text(*err, g.lang, false));
    return kExitUsage;
  }
  std::string jury_pages = site.reviewers == 0 ? ""
                           : fmt::format(fmt::runtime(i18n::pick({" {0} page(s) du jury,", " {0} reviewer page(s),"}, g.lang)), site.reviewers);
  write(stdout, fmt::format(fmt::runtime(i18n::pick({"{0} : {1} page(s) de dossier,{2} index.html, style.css\n",
                                                     "{0}: {1} dossier page(s),{2} index.html, style.css\n"},
                                                    g.lang)),
                            o.output, site.dossiers, jury_pages) +
                    left_out_note(site.left_out, g.lang) + config_note(repo->config_file(), g.lang));
  return diag::count(site.diags).errors > 0 ? kExitFindings : kExitOk;
}

// --minutes: the meeting's record of a folder of dossiers, in Markdown, HTML, PDF or JSON.
int report_minutes(const Options& o, const pipeline::Options& po, const Globals& g) {
  std::error_code ec;
  if (o.target == "-" || !fs::is_directory(o.target, ec)) {
    print_error(g, {"--minutes {0} : le procès-verbal porte sur un dossier de dossiers (par exemple « sieg report --minutes . »)",
                    "--minutes {0}: the minutes are of a folder of dossiers (for example 'sieg report --minutes .')"},
                o.target);
    return kExitUsage;
  }
  std::string format = o.excel && o.format.empty() ? "csv" : format_of(o);
  if (excel_conflicts(o.excel, format, g)) return kExitUsage;
  if (!can_write(format, o, g)) return kExitUsage;
  auto repo = open_repo(o.target, g, o.reviews);
  if (!repo || output_is_input(o.output, *repo, {}, g)) return kExitUsage;
  std::vector<diag::Diagnostic> problems;
  std::vector<pipeline::Evaluation> evals = pipeline::evaluate_repository(*repo, po, 1, &problems);
  if (!problems.empty()) {
    print_diags(problems, g);
    return kExitUsage;
  }
  pipeline::MinutesOptions mo;
  mo.lang = g.lang;
  mo.title = o.title;
  mo.folder = o.target;
  mo.redact = o.redact;
  pipeline::BuiltMinutes b = pipeline::build_minutes(evals, *repo, mo);
  print_report_diags(b.diags, g, false, o.max_errors);
  std::string out = format == "json" ? report::render_minutes_json(b.minutes)
                    : format == "csv" ? report::render_minutes_csv(b.minutes, score::CsvStyle{g.lang, o.excel})
                    : format == "md" ? report::render_minutes_markdown(b.minutes)
                                     : report::render_minutes_html(b.minutes);
  if (int written = write_document(std::move(out), format, o, g); written != kExitOk) return written;
  return diag::count(b.diags).errors > 0 ? kExitFindings : kExitOk;
}

int run_report(const Options& o, const Globals& given) {
  Globals g = given;
  g.lang = document_lang(given);  // messages in the report's language too
  report::Options ro;
  ro.lang = g.lang;
  ro.redact = o.redact;
  pipeline::Options po = pipeline_options(g);
  bool date_ok = true;
  po.date = date_option(o.date, g, date_ok);
  if (!date_ok) return kExitUsage;
  std::error_code ec;
  if (o.minutes) return report_minutes(o, po, g);
  if (o.target != "-" && fs::is_directory(o.target, ec)) return report_site(o, po, ro, g);
  return report_one(o, po, ro, g);
}

} // namespace

Command report_command() {
  Command c;
  c.name = "report";
  c.summary = {"rapport pour le jury (Markdown, HTML, JSON) ou site statique d'un dossier de dossiers",
               "report for the jury (Markdown, HTML, JSON), or a static site for a folder"};
  c.setup = [](CLI::App& app, i18n::Lang lang) {
    auto o = std::make_shared<Options>();
    app.add_option("target", o->target,
                   i18n::pick({"un dossier YAML (« - » : l'entrée standard), ou un dossier de dossiers pour un site",
                               "a YAML dossier ('-': standard input), or a folder of dossiers for a site"},
                              lang))
        ->type_name("DOSSIER|DIR")
        ->required();
    app.add_option("--reviews", o->reviews,
                   i18n::pick({"dossier des évaluations du jury, REVIEWS/<dossier>/<évaluateur>.yaml (par défaut : "
                               "celui de sieg.toml, sinon evaluations/ à côté du dossier)",
                               "folder of the jury's reviews, REVIEWS/<dossier>/<reviewer>.yaml (default: sieg.toml's, "
                               "else evaluations/ beside the dossier)"},
                              lang))
        ->type_name("DIR");
    app.add_option("--format", o->format,
                   i18n::pick({"md, html, json ou pdf (par défaut : selon l'extension de -o, sinon md) ; un site est en HTML ; "
                               "pdf : le rapport HTML imprimé par Chromium ; csv : avec --minutes, le tableau des décisions",
                               "md, html, json or pdf (default: from -o's extension, else md); a site is HTML; "
                               "pdf: the HTML report printed by Chromium; csv: with --minutes, the table of decisions"},
                              lang))
        ->check(CLI::IsMember({"md", "html", "json", "pdf", "csv"}));
    app.add_option("-o,--output", o->output,
                   i18n::pick({"fichier écrit (atomiquement ; « - » : la sortie standard, par défaut), ou dossier du site",
                               "file to write (atomically; '-': standard output, the default), or the site's folder"},
                              lang))
        ->type_name("FILE|DIR");
    app.add_flag("--redact", o->redact,
                 i18n::pick({"masque les personnes partout où un texte les nomme (contacts, adresses, évaluateurs, jury) ; "
                             "garde budgets, SIRET et avis",
                             "mask people wherever a text names them (contacts, addresses, reviewers, the jury); "
                             "keeps budgets, SIRET and opinions"},
                            lang));
    app.add_flag("--minutes", o->minutes,
                 i18n::pick({"le procès-verbal de la séance pour un dossier de dossiers : classement, avis, décisions, montants "
                             "accordés face à l'enveloppe, échéancier des versements",
                             "the meeting's minutes for a folder of dossiers: ranking, opinions, decisions, amounts granted "
                             "against the envelope, payment schedule"},
                            lang));
    app.add_option("--title", o->title,
                   i18n::pick({"titre de l'index du site ou du procès-verbal (par défaut : le dossier, ou l'appel)",
                               "title of the site's index or of the minutes (default: the folder, or the call)"},
                              lang))
        ->type_name("TEXT");
    add_excel_option(app, o->excel, lang);
    add_date_option(app, o->date, lang);
    add_max_errors_option(app, o->max_errors, lang);
    app.footer(i18n::pick(
        {"Codes de sortie : 0 rapport écrit, 1 dossier impossible à présenter (forme invalide), évaluation ou décision\n"
         "en erreur, 2 usage ou E/S. Un dossier non éligible a son rapport (la liste des règles le montre). Voir man sieg-report.",
         "Exit codes: 0 report written, 1 a dossier that cannot be reported (wrong shape), a review or decision with\n"
         "errors, 2 usage or I/O. An ineligible dossier gets its report (the rule checklist shows why). See man sieg-report."},
        lang));
    return std::function<int(const Globals&)>([o](const Globals& g) { return run_report(*o, g); });
  };
  return c;
}

} // namespace sieg::cmd
