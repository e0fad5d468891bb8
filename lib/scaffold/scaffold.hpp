// `sieg new`: a dossier to fill in, generated from the dossier schema, with every question of the
// forms as a comment; and the files `sieg init` writes.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "calls/call.hpp"
#include "config/config.hpp"
#include "grids/grid.hpp"
#include "i18n/lang.hpp"

namespace sieg::scaffold {

// Fields the call requires (or the schema) are present with empty values; the others are commented
// out, ready to be uncommented; questions of another call only (`x-calls` in the schema) are left out.
// Filled in, it is valid. `schema_path` goes in the modeline (none when empty); `title`, when given,
// is the action's title (action.intitule), quoted.
std::string dossier_template(const calls::Call& call, const grids::Grid& grid, const std::string& schema_path,
                             const std::string& title = "");

// A YAML double-quoted scalar holding `text` exactly (quotes, backslashes and control characters escaped).
std::string yaml_quoted(const std::string& text);

// The `bilan_final:` section a holder adds to a dossier at the end of the project (SIEG Picardie,
// « Résultats attendus »): every question as a comment, to append to the dossier (sieg new --final).
std::string final_template();

// A jury review to fill in (sieg new --review, sieg assign): every marker of the grid with its level
// descriptors as comments, an empty level each, the opinion and the conflict statement. Left as it is,
// it is a review to do (SIEG-R017); with every level and the opinion given, it is valid.
struct ReviewTemplate {
  const grids::Grid* grid = nullptr;
  std::string dossier_id;
  std::string dossier_title;  // action.intitule, for the header comment
  std::string reviewer;
  std::string organisation;   // from [[jury]]; empty: to fill in
  std::string schema_path;    // modeline; none when empty
  std::string destination;    // where the file goes in the repository (a handout's copy says so); may be empty
};
// `date:` is left empty, for the day the reviewer finishes (not the day it was handed out).
std::string review_template(const ReviewTemplate& t, i18n::Lang lang);

// A decision to record (sieg new --decision): the dossier's standing as comments (score, opinions, aid
// asked for, the call's cap), `decision:` empty. Left as it is, it is a decision not taken yet
// (SIEG-D009); with the decision and its reasons (and the amount when retained), it is valid.
struct DecisionTemplate {
  std::string dossier_id;
  std::string dossier_title;
  std::vector<std::string> context;  // comment lines: the jury's score and opinions, the aid asked for, the cap
  std::string date;                  // YYYY-MM-DD
  std::string schema_path;           // modeline; none when empty
};
std::string decision_template(const DecisionTemplate& t, i18n::Lang lang);

// sieg form: one self-contained HTML page (inline CSS and script, no network) that asks every question
// of the dossier for this call, checks what the page can as the holder types, keeps a draft in the
// browser, opens an existing dossier and downloads the YAML (docs/form.md).
// `config`: sieg.toml's severities and checks turned off, applied by the page as by the pipeline.
std::string form_page(const calls::Call& call, const grids::Grid& grid, i18n::Lang lang, const config::Config* config = nullptr);
// The page's data: the schema's questions in order for this call, the schema itself, every rule of the
// call, the grid, sieg.toml's severities.
std::string form_description(const calls::Call& call, const grids::Grid& grid, i18n::Lang lang, const config::Config* config = nullptr);
// sieg form --review DOSSIER: a reviewer's form for one dossier — its summary, the grid with the level
// descriptors, a level and a comment per marker, the call's criteria, the opinion, the conflict statement.
struct ReviewForm {
  const calls::Call* call = nullptr;
  const grids::Grid* grid = nullptr;
  std::string dossier_id, dossier_title;
  std::vector<std::pair<std::string, std::string>> summary;  // label, value: what the reviewer reads first
  std::string reviews_dir;   // where the downloaded file goes (REVIEWS/<id>)
  std::string schema_path;   // the modeline's schema, relative to reviews_dir; none when empty
  const config::Config* config = nullptr;  // sieg.toml's severities, as for the dossier's form
};
std::string review_form_page(const ReviewForm& r, i18n::Lang lang);
std::string review_form_description(const ReviewForm& r, i18n::Lang lang);

// The files of a new repository of submissions: (relative path, content), including
// .vscode/settings.json, which maps the dossiers' and reviews' globs to the schemas for editors.
// `call_files`: for a call of the repository's own, its file and its grid's as they go in the repository
// (calls/x.toml first): sieg.toml lists the call file, the schemas take its questions, and there is no
// sample dossier (the samples answer the built-in calls).
std::vector<std::pair<std::string, std::string>> init_files(
    const calls::Call& call, const grids::Grid& grid, const std::vector<std::pair<std::string, std::string>>& call_files = {});

} // namespace sieg::scaffold
