// sieg new --review DOSSIER --reviewer NAME: a jury review to fill in, where the repository model looks
// for it (REVIEWS/<id>/<reviewer>.yaml), the dossier read through the one pipeline.
#include <filesystem>

#include "common.hpp"
#include "pipeline/handout.hpp"
#include "config/config.hpp"
#include "output.hpp"
#include "scaffold/scaffold.hpp"
#include "text/fold.hpp"

namespace sieg::cmd {
namespace fs = std::filesystem;

std::pair<std::string, std::string> review_scaffold(const pipeline::Evaluation& e, const pipeline::Repository& repo,
                                                    const std::string& reviewer, const Globals& g) {
  scaffold::ReviewTemplate t;
  t.grid = e.grid;
  t.dossier_id = e.id;
  if (e.root)
    if (const tree::Node* action = e.root->get("action"))
      if (const tree::Node* title = action->get("intitule")) t.dossier_title = title->text;
  t.reviewer = reviewer;
  if (const config::Juror* j = config::find_juror(repo.config, reviewer)) {
    t.reviewer = j->name;
    t.organisation = j->organisation;
  }
  fs::path target = fs::path(repo.reviews_root(e.file)) / e.id / pipeline::review_file_name(reviewer);
  t.schema_path = modeline_schema(repo, "review-" + e.grid->id + ".schema.json", target.parent_path().string());
  return {target.lexically_normal().generic_string(), scaffold::review_template(t, g.lang)};
}

int new_review(const std::string& dossier, const std::string& reviewer, const Globals& g) {
  std::error_code ec;
  if (!fs::is_regular_file(dossier, ec)) {
    print_error(g, {"{0} : pas de tel dossier", "{0}: no such dossier"}, dossier);
    return kExitUsage;
  }
  if (pipeline::review_file_name(reviewer).empty()) {
    print_error(g, {"« {0} » ne donne pas de nom de fichier : écrivez le nom de l'évaluateur en lettres latines",
                    "'{0}' gives no file name: write the reviewer's name in Latin letters"},
                reviewer);
    return kExitUsage;
  }
  std::string folder = fs::path(dossier).parent_path().string();
  auto repo = open_repo(folder.empty() ? "." : folder, g, "");
  if (!repo) return kExitUsage;
  pipeline::Evaluation e = pipeline::evaluate(dossier, *repo, pipeline_options(g));
  if (e.grid == nullptr) {
    print_error(g, {"{0} : la grille du dossier est inconnue tant que le dossier n'est pas valide (sieg validate {0})",
                    "{0}: the dossier's grid is unknown until the dossier is valid (sieg validate {0})"},
                dossier);
    return kExitUsage;
  }
  auto file_and_text = review_scaffold(e, *repo, reviewer, g);
  return write_new_files({file_and_text}, g);
}

} // namespace sieg::cmd
