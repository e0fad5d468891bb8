// Renderings of a report: Markdown (GitHub/GitLab tables, no raw HTML), one self-contained HTML page
// (inline CSS and SVG charts, printable on A4), JSON (shape documented in man/sieg-report.1); and the
// pages of a static site for a whole folder.
#pragma once
#include <string>
#include <vector>

#include "report/report.hpp"
#include "score/rank.hpp"

namespace sieg::report {

std::string render_markdown(const Report& r);
std::string render_json(const Report& r);

struct HtmlOptions {
  std::string stylesheet_href;  // empty: the stylesheet is inlined (a standalone file)
  std::string index_href;       // non-empty: a link back to the site's index
};
std::string render_html(const Report& r, const HtmlOptions& options = {});

// The stylesheet of every HTML page (screen and print).
const std::string& stylesheet();

// The site's index: per grid, the ranking (eligible first, then ineligible with the failing rule,
// then unscored), then the files that could not be reported. `page_of(file)` gives a dossier's page.
struct LeftOut {
  std::string file;
  std::string problem;  // the first diagnostic, rendered
};
// A reviewer's page on the jury's site (not on a redacted site): the dossiers given to them and where
// each stands.
struct ReviewerDossier {
  std::string id, title;
  std::string page;   // the dossier's page, empty when it has none
  std::string state;  // "done", "to_do", "excluded" (left out for a conflict)
};
struct ReviewerPage {
  std::string name, organisation;
  std::string page;  // "jury-anne-roussel.html"
  std::vector<ReviewerDossier> dossiers;
  int done = 0;
  bool late = false;
  std::string deadline;  // review_deadline, or empty
};
std::string render_reviewer(const ReviewerPage& r, const std::string& site_title, i18n::Lang lang);

struct IndexInput {
  std::vector<score::Ranking> rankings;
  std::vector<const Report*> reports;  // to find a dossier's page, title and failing rule
  std::vector<std::string> pages;      // same order as reports: "aquitaine-micro-creche.html"
  std::vector<LeftOut> left_out;
  std::string title;  // --title, else the folder as given
  std::vector<const ReviewerPage*> reviewers;  // the jury's pages (none on a redacted site)
};
std::string render_index(const IndexInput& in, i18n::Lang lang);

// The cover page of a juror's handout (sieg handout): who it is for, the call, the deadline, and per
// dossier its report, its review form and the review file to fill in, with what to do and to send back.
struct CoverDossier {
  std::string id, title;
  std::string report;  // the report's file in the handout
  std::string form;    // the review form's page; empty when nothing is to do
  std::string review;  // the review file to fill in; empty when nothing is to do
  std::string state;   // "to_do", "to_fix", "done", "excluded"
};
struct CoverPage {
  std::string reviewer, organisation;
  std::vector<std::string> calls;  // the calls' titles
  std::string deadline;            // review_deadline (YYYY-MM-DD), or empty
  std::vector<CoverDossier> dossiers;
};
std::string render_cover(const CoverPage& c, i18n::Lang lang);

} // namespace sieg::report
