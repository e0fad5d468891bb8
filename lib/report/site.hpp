// A static site for the jury (assembled by pipeline::build_site): index.html (the ranking), one page per dossier, one stylesheet.
// Links are relative, so the folder works from a file:// path and from GitLab/GitHub Pages.
#pragma once
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "report/report.hpp"

namespace sieg::report {

struct SiteFile {
  std::string name;  // relative to the site's folder: "index.html", "style.css", "<dossier>.html"
  std::string content;
};

struct Site {
  std::vector<SiteFile> files;
  std::vector<diag::Diagnostic> diags;  // problems in review files
  std::vector<std::string> left_out;    // files that are not valid dossiers (listed in the index)
  int dossiers = 0;                     // pages written
  int reviewers = 0;                    // the jury's pages (jury-<name>.html)
};

// A page name for each id, unique: "a.html", then "a-2.html" for a second dossier named a; a slug of
// the id (ASCII letters, digits, '-': "javascript:x" gives "javascript-x.html").
std::vector<std::string> page_names(const std::vector<std::string>& ids);

} // namespace sieg::report
