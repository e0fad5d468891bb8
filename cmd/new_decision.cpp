// sieg new --decision DOSSIER: the decision to record, where the repository model reads it
// (REVIEWS/<id>/decision.yaml), with the dossier's standing from the one pipeline as comments.
#include <filesystem>

#include <fmt/format.h>

#include "common.hpp"
#include "output.hpp"
#include "scaffold/scaffold.hpp"
#include "score/render.hpp"
#include "values/money.hpp"

namespace sieg::cmd {
namespace fs = std::filesystem;

namespace {

std::vector<std::string> context(const pipeline::Evaluation& e, i18n::Lang l) {
  std::vector<std::string> out;
  using i18n::pick;
  if (!e.eligible)
    if (const diag::Diagnostic* why = e.first_failure())
      out.push_back(fmt::format(fmt::runtime(pick({"non éligible : [{0}] {1}", "not eligible: [{0}] {1}"}, l)), why->code, why->message));
  if (e.score && e.score->total) {
    score::Result::Opinions op = e.score->opinions();
    bool fr = l == i18n::Lang::Fr;
    std::string line = fmt::format(fmt::runtime(pick({"note : {0} / {1} ({2})", "score: {0} / {1} ({2})"}, l)),
                                   values::to_fixed(*e.score->total, 2, fr), values::to_fixed(e.score->max, 2, fr),
                                   score::source_text(*e.score, l));
    if (e.score->source == score::Source::Jury)
      line += fmt::format(fmt::runtime(pick({" ; avis : {0} favorable(s), {1} avec réserves, {2} défavorable(s)",
                                             "; opinions: {0} favorable, {1} with reservations, {2} unfavourable"},
                                            l)),
                          op.favorable, op.reserve, op.unfavorable);
    out.push_back(line);
  }
  if (e.input && e.input->aid) {
    std::string line = fmt::format(fmt::runtime(pick({"aide demandée : {0}", "aid asked for: {0}"}, l)), values::format_euros(*e.input->aid, l));
    if (e.call != nullptr)
      if (const calls::Rule* cap = calls::aid_cap_rule(*e.call))
        if (auto max = values::cents_of(cap->param("max")->number))
          line += fmt::format(fmt::runtime(pick({" ; plafond de l'appel : {0}", "; the call's cap: {0}"}, l)), values::format_euros(*max, l));
    out.push_back(line);
  }
  return out;
}

} // namespace

int new_decision(const std::string& dossier, const Globals& g) {
  std::error_code ec;
  if (!fs::is_regular_file(dossier, ec)) {
    print_error(g, {"{0} : pas de tel dossier", "{0}: no such dossier"}, dossier);
    return kExitUsage;
  }
  std::string folder = fs::path(dossier).parent_path().string();
  auto repo = open_repo(folder.empty() ? "." : folder, g, "");
  if (!repo) return kExitUsage;
  pipeline::Evaluation e = pipeline::evaluate(dossier, *repo, pipeline_options(g));
  if (!e.shape_ok) {
    print_error(g, {"{0} : le dossier n'est pas valide (sieg validate {0}) : pas de décision à préparer",
                    "{0}: the dossier is not valid (sieg validate {0}): no decision to prepare"},
                dossier);
    return kExitUsage;
  }
  scaffold::DecisionTemplate t;
  t.dossier_id = e.id;
  if (e.input) t.dossier_title = e.input->title;
  t.context = context(e, g.lang);
  t.date = values::to_string(g.today ? *g.today : values::today_paris());
  fs::path target = fs::path(repo->reviews_root(e.file)) / e.id / decision::kFileName;
  t.schema_path = modeline_schema(*repo, "decision.schema.json", target.parent_path().string());
  return write_new_files({{target.lexically_normal().generic_string(), scaffold::decision_template(t, g.lang)}}, g);
}

} // namespace sieg::cmd
