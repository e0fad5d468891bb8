// sieg handout: per juror, the papers of the dossiers given to them — a cover page with the deadline,
// each dossier's report (as its carrier sent it: no other juror's levels), its review form and the review
// file to fill in. Built from the evaluations as every other command; the front end prints and writes.
#pragma once
#include <string>
#include <vector>

#include "pipeline/evaluate.hpp"
#include "scaffold/scaffold.hpp"
#include "values/date.hpp"

namespace sieg::pipeline {

struct HandoutFile {
  std::string name;     // relative to the juror's folder, as written: "aquitaine-micro-creche.pdf"
  std::string content;
  bool printable = false;  // an HTML page the front end prints when the name says .pdf
};

struct Handout {
  std::string reviewer;
  std::string folder;  // the juror's folder: slug of the name, unique ("anne-roussel")
  std::vector<HandoutFile> files;
  int reports = 0, reviews = 0;  // reports, review files to fill in
};

struct HandoutOptions {
  i18n::Lang lang = i18n::Lang::Fr;
  std::vector<std::string> reviewers;  // --reviewer: these jurors only (names as sieg.toml spells them)
  values::Date today;
  bool pdf = true;  // the printable pages are to be printed: named .pdf
};

// One handout per juror of sieg.toml's [[jury]] with a dossier given to them (jury_status), in the
// jury's order.
std::vector<Handout> build_handouts(const std::vector<Evaluation>& evaluations, const Repository& repo, const HandoutOptions& options);

// The file name of `reviewer`'s review in a dossier's reviews folder: the slug of the name (.yaml), with
// "-evaluation" when the slug is a decision file's name (decision.yaml is the dossier's decision); empty
// when the name gives no slug. sieg new --review, sieg assign and the handouts use it.
std::string review_file_name(const std::string& reviewer);

// The reviewer's form of an evaluated dossier (sieg form --review, the handouts): its summary, grid and
// call; `reviews_dir` and `schema_path` are the caller's. Null grid when the dossier has none.
scaffold::ReviewForm review_form(const Evaluation& e, i18n::Lang lang);

} // namespace sieg::pipeline
