#include "report/site.hpp"

#include <set>

#include <fmt/format.h>

#include "diag/render.hpp"
#include "report/render.hpp"
#include "score/rank.hpp"

namespace sieg::report {

std::vector<std::string> page_names(const std::vector<std::string>& ids) {
  std::set<std::string> taken{"index", "style"};
  std::vector<std::string> out;
  for (const auto& id : ids) {
    std::string name = id;
    for (int n = 2; taken.count(name) != 0; ++n) name = id + "-" + std::to_string(n);
    taken.insert(name);
    out.push_back(name + ".html");
  }
  return out;
}

Site build_site(const std::vector<std::string>& files, const std::string& title, const Options& o) {
  Site site;
  std::vector<Report> reports;
  IndexInput index;
  index.title = title;
  for (const auto& f : files) {
    Built b = build(f, o);
    if (!b.report) {
      std::string problem;
      if (!b.diags.empty()) {
        const diag::Diagnostic& d = b.diags.front();
        problem = d.line > 0 ? fmt::format("{}:{}: [{}] {}", d.line, d.col, d.code, d.message) : fmt::format("[{}] {}", d.code, d.message);
      }
      index.left_out.push_back({f, problem});
      site.left_out.push_back(f);
      continue;
    }
    site.diags.insert(site.diags.end(), b.report->review_diags.begin(), b.report->review_diags.end());
    reports.push_back(std::move(*b.report));
  }
  std::vector<std::string> ids;
  for (const auto& r : reports) ids.push_back(r.id);
  index.pages = page_names(ids);

  std::vector<score::Entry> entries;
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const Report& r = reports[i];
    index.reports.push_back(&r);
    HtmlOptions ho;
    ho.stylesheet_href = "style.css";
    ho.index_href = "index.html";
    site.files.push_back({index.pages[i], render_html(r, ho)});
    if (!r.score) continue;
    score::Entry e;
    e.result = *r.score;
    e.eligible = r.eligible();
    entries.push_back(std::move(e));
  }
  site.dossiers = static_cast<int>(reports.size());
  index.rankings = score::rank(std::move(entries));
  site.files.push_back({"index.html", render_index(index, o.lang)});
  site.files.push_back({"style.css", stylesheet()});
  return site;
}

} // namespace sieg::report
