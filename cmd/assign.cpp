// sieg assign [DIR]: who reviews what, from sieg.toml's [[jury]] and reviews_per_dossier: never a
// reviewer with a conflict, loads balanced, capacities kept, the reviews already there and the pins
// kept. --dry-run shows the table; otherwise assignments.toml and the reviews to fill in are written.
#include <filesystem>
#include <map>
#include <memory>

#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "diag/render.hpp"
#include "io/write.hpp"
#include "jury/assign.hpp"
#include "output.hpp"
#include "pipeline/jury.hpp"
#include "pipeline/run.hpp"
#include "scaffold/scaffold.hpp"
#include "text/fold.hpp"

namespace sieg::cmd {
namespace fs = std::filesystem;
namespace {

struct Options {
  std::string dir = ".";
  bool dry_run = false;
};

std::string why(const jury::Exclusion& x, i18n::Lang lang) {
  using i18n::pick;
  switch (x.conflict) {
    case jury::Conflict::Declared: return pick({"conflit déclaré dans [[jury]]", "conflict declared in [[jury]]"}, lang);
    case jury::Conflict::SameOrganisation:
      return fmt::format(fmt::runtime(x.carrier ? pick({"même organisation que le porteur ({0})", "same organisation as the carrier ({0})"}, lang)
                                                : pick({"même organisation qu'un partenaire ({0})", "same organisation as a partner ({0})"}, lang)),
                         x.with);
    case jury::Conflict::PossibleOrganisation:
      return fmt::format(fmt::runtime(x.carrier ? pick({"conflit possible : ressemble au porteur ({0})", "possible conflict: resembles the carrier ({0})"}, lang)
                                                : pick({"conflit possible : ressemble à un partenaire ({0})", "possible conflict: resembles a partner ({0})"}, lang)),
                         x.with);
    case jury::Conflict::None: break;
  }
  return "";
}

std::string render_plan(const jury::Plan& p, int per_dossier, i18n::Lang lang) {
  using i18n::pick;
  std::string out;
  std::map<std::string, std::vector<std::string>> by_dossier;
  std::vector<std::string> order;
  for (const auto& a : p.assignments) {
    if (!by_dossier.count(a.dossier)) order.push_back(a.dossier);
    const char* tag = a.from == jury::Assignment::From::Existing ? pick({" (déjà là)", " (already there)"}, lang)
                      : a.from == jury::Assignment::From::Pinned ? pick({" (épinglé)", " (pinned)"}, lang)
                                                                  : "";
    by_dossier[a.dossier].push_back(a.reviewer + tag);
  }
  for (const auto& d : order) out += fmt::format("{}: {}\n", d, fmt::join(by_dossier[d], ", "));
  out += pick({"\nCharge :", "\nLoad:"}, lang);
  for (const auto& [name, n] : p.loads) out += fmt::format(" {} {},", name, n);
  out.back() = '\n';
  if (!p.exclusions.empty()) {
    out += pick({"\nÉcartés :\n", "\nLeft out:\n"}, lang);
    for (const auto& x : p.exclusions) out += fmt::format("  {} — {}: {}\n", x.dossier, x.reviewer, why(x, lang));
  }
  for (const auto& pin : p.refused_pins)
    out += fmt::format(fmt::runtime(pick({"épinglage refusé (conflit) : {0}\n", "pin refused (conflict): {0}\n"}, lang)), pin);
  for (const auto& [d, n] : p.unfilled)
    out += fmt::format(fmt::runtime(pick({"{0} : {1} évaluateur(s) manquant(s) sur {2} — personne d'autre sans conflit ni au-delà de sa capacité\n",
                                          "{0}: {1} reviewer(s) missing of {2} — no one else free of conflict and under capacity\n"},
                                         lang)),
                       d, n, per_dossier);
  return out;
}

std::string assignments_toml(const jury::Plan& p, const Globals& g) {
  std::string out = fmt::format("# Written by sieg assign on {}: the reviews given out. sieg status reads it; pin a review by hand\n"
                                "# with [[assign]] in sieg.toml (sieg assign keeps both).\n",
                                values::to_string(g.today ? *g.today : values::today_paris()));
  for (const auto& a : p.assignments)
    out += "\n[[assign]]\ndossier = " + scaffold::yaml_quoted(a.dossier) + "\nreviewer = " + scaffold::yaml_quoted(a.reviewer) + "\n";
  return out;
}

int run_assign(const Options& o, const Globals& g) {
  auto repo = open_repo(o.dir, g, "");
  if (!repo) return kExitUsage;
  const config::Config& c = repo->config;
  if (!repo->has_config || c.jury.empty() || c.reviews_per_dossier == 0) {
    print_error(g, {"sieg assign a besoin, dans sieg.toml, du jury ([[jury]] name, organisation) et de reviews_per_dossier (voir man 5 sieg.toml)",
                    "sieg assign needs, in sieg.toml, the jury ([[jury]] name, organisation) and reviews_per_dossier (see man 5 sieg.toml)"});
    return kExitUsage;
  }
  std::vector<diag::Diagnostic> problems;
  auto evals = pipeline::evaluate_repository(*repo, pipeline_options(g), 1, &problems);
  if (!problems.empty()) {
    print_diags(problems, g);
    return kExitUsage;
  }
  jury::Plan plan = jury::assign(pipeline::jury_candidates(evals), c.jury, c.reviews_per_dossier, pipeline::assignments_of(*repo),
                                 pipeline::existing_reviews(evals));
  write(stdout, diag::visible(render_plan(plan, c.reviews_per_dossier, g.lang), true));
  int code = plan.unfilled.empty() && plan.refused_pins.empty() ? kExitOk : kExitFindings;
  if (o.dry_run) return code;
  // The reviews to fill in that are not there yet, then the assignment itself.
  std::vector<std::pair<std::string, std::string>> files;
  std::error_code ec;
  for (const auto& a : plan.assignments) {
    if (a.from == jury::Assignment::From::Existing) continue;
    auto e = std::find_if(evals.begin(), evals.end(), [&](const pipeline::Evaluation& x) { return x.kind == pipeline::Kind::Dossier && x.id == a.dossier; });
    if (e == evals.end() || e->grid == nullptr || text::slug(a.reviewer).empty()) continue;
    auto f = review_scaffold(*e, *repo, a.reviewer, g);
    if (!fs::exists(f.first, ec)) files.push_back(std::move(f));
  }
  if (int w = write_new_files(files, g); w != kExitOk) return w;
  std::string path = (fs::path(c.root) / pipeline::kAssignmentsFile).lexically_normal().generic_string();
  if (auto err = io::write_atomically(path, assignments_toml(plan, g), g.lang)) {
    write(stderr, diag::render_text(*err, g.lang, false));
    return kExitUsage;
  }
  write(stdout, fmt::format(fmt::runtime(i18n::pick({"écrit : {0}\n", "written: {0}\n"}, g.lang)), path));
  return code;
}

} // namespace

Command assign_command() {
  Command c;
  c.name = "assign";
  c.summary = {"répartit les dossiers entre les évaluateurs, sans conflit d'intérêts", "share the dossiers among the reviewers, free of conflicts"};
  c.setup = [](CLI::App& app, i18n::Lang lang) {
    auto o = std::make_shared<Options>();
    app.add_option("dir", o->dir, i18n::pick({"le dépôt (par défaut : le dossier courant)", "the repository (default: the current folder)"}, lang))
        ->type_name("DIR");
    app.add_flag("--dry-run", o->dry_run,
                 i18n::pick({"montrer la répartition sans rien écrire", "show the assignment without writing anything"}, lang));
    app.footer(i18n::pick({"Écrit assignments.toml à côté de sieg.toml et les évaluations à remplir (jamais par-dessus un fichier).\n"
                           "Codes de sortie : 0, 1 évaluations impossibles à attribuer, 2 usage. Voir man sieg-assign.",
                           "Writes assignments.toml beside sieg.toml and the reviews to fill in (never over a file).\n"
                           "Exit codes: 0, 1 reviews no one can take, 2 usage. See man sieg-assign."},
                          lang));
    return std::function<int(const Globals&)>([o](const Globals& g) { return run_assign(*o, g); });
  };
  return c;
}

} // namespace sieg::cmd
