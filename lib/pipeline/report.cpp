#include "pipeline/report.hpp"

#include "pipeline/jury.hpp"
#include "pipeline/people.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "codes/registry.hpp"
#include "text/fold.hpp"
#include "report/people.hpp"
#include "report/render.hpp"
#include "schema/builtin.hpp"

namespace sieg::pipeline {

std::string redacted_problem(const diag::Diagnostic& d, i18n::Lang lang, const calls::Call* call) {
  std::string message;
  if (const calls::Rule* r = call != nullptr ? call->rule(d.code) : nullptr) message = r->statement.get(lang);
  else
    for (const auto& c : codes::catalogue(calls::builtin_calls()))
      if (c.code == d.code) message = c.title.get(lang);
  return d.line > 0 ? fmt::format("{}:{}: [{}] {}", d.line, d.col, d.code, message) : fmt::format("[{}] {}", d.code, message);
}

Built build_report(const Evaluation& e, const report::Options& o, const text::Masker* known) {
  Built b;
  if (!e.shape_ok) {
    b.diags = e.diags;
    return b;
  }
  if (e.call == nullptr) {
    b.diags.push_back(report::unknown_call(e.file, *e.root, o.lang));
    return b;
  }
  report::Input in;
  in.root = &*e.root;
  in.file = e.file;
  in.id = e.id;
  in.call = e.call;
  in.schema = e.repo != nullptr ? &e.repo->schema() : schema::builtin_dossier_schema().get();
  in.score = e.score;
  if (o.blind) {  // the loaded self-assessment scored again without the reviews (nothing read)
    in.score.reset();
    if (e.grid != nullptr && e.input) {
      score::Options so;
      so.lang = o.lang;
      in.score = score::score_dossier(*e.grid, *e.input, {}, so);
      in.score->diags.clear();
    }
  }
  // A review's problem found on the dossier's side (SIEG-R021: too many reviews) is a review's problem,
  // as validate, check and score count it: on standard error, exit 1.
  for (const auto& d : e.diags)
    if (!o.blind || d.code != "SIEG-R021") (d.code == "SIEG-R021" ? in.review_diags : in.found).push_back(d);
  if (!o.blind)
    for (const auto& r : e.reviews) in.review_diags.insert(in.review_diags.end(), r.diags.begin(), r.diags.end());
  if (e.repo != nullptr)
    for (const auto& entry : e.repo->config.off) in.off.emplace_back(entry.code, entry.reason);
  in.eligible = e.eligible;
  in.failure = e.first_failure();
  text::Masker own_known;
  if (o.redact) {
    for (const auto& r : e.reviews) {
      report::Input::ReviewSeen seen{r.file, "", ""};
      if (r.review) {
        seen.name = r.review->reviewer;
        seen.organisation = r.review->organisation;
      } else if (r.pending) {
        seen.name = *r.pending;
      }
      in.reviews.push_back(std::move(seen));
    }
    if (known == nullptr) {
      own_known = known_people({&e}, e.repo, o.lang);
      known = &own_known;
    }
    in.known = known;
  }
  b.report = report::build(in, o);
  return b;
}

std::optional<score::Entry> rank_entry(const Evaluation& e) {
  if (!e.shape_ok || !e.score) return std::nullopt;
  score::Entry entry;
  entry.result = *e.score;
  entry.eligible = e.eligible;
  if (const diag::Diagnostic* first = e.first_failure()) {  // the first failure first, then the others in file order
    entry.failures.push_back(*first);
    for (const auto& d : e.diags)
      if (&d != first && d.severity == diag::Severity::Error && is_eligibility_code(d.code)) entry.failures.push_back(d);
  }
  return entry;
}

report::Site build_site(const std::vector<Evaluation>& evaluations, const std::string& title, const report::Options& o,
                        const values::Date& today) {
  report::Site site;
  std::vector<report::Report> reports;
  report::IndexInput index;
  index.title = title;
  std::vector<score::Entry> entries;
  text::Masker known;
  if (o.redact) {
    std::vector<const Evaluation*> all;
    for (const auto& e : evaluations) all.push_back(&e);
    known = known_people(all, evaluations.empty() ? nullptr : evaluations.front().repo, o.lang);
  }
  for (const auto& e : evaluations) {
    Built b = build_report(e, o, &known);
    if (!b.report) {
      std::string problem;
      if (!b.diags.empty()) {
        const diag::Diagnostic& d = b.diags.front();
        // Redacted: the code's meaning from the registry, never the message, which may quote the field.
        problem = o.redact ? redacted_problem(d, o.lang, e.call)
                  : d.line > 0 ? fmt::format("{}:{}: [{}] {}", d.line, d.col, d.code, d.message)
                               : fmt::format("[{}] {}", d.code, d.message);
      }
      index.left_out.push_back({e.file, problem});
      site.left_out.push_back(e.file);
      continue;
    }
    for (const auto& r : e.reviews)
      for (diag::Diagnostic d : r.diags) {  // on standard error, masked as the pages are
        if (o.redact) report::mask(known, d);
        site.diags.push_back(std::move(d));
      }
    if (auto entry = rank_entry(e)) {
      if (o.redact) entry->result = *b.report->score;  // reviewers' names masked in the index too
      entries.push_back(std::move(*entry));
    }
    reports.push_back(std::move(*b.report));
  }
  std::vector<std::string> ids;
  for (const auto& r : reports) ids.push_back(r.id);
  index.pages = report::page_names(ids);
  for (std::size_t i = 0; i < reports.size(); ++i) {
    index.reports.push_back(&reports[i]);
    report::HtmlOptions ho;
    ho.stylesheet_href = "style.css";
    ho.index_href = "index.html";
    site.files.push_back({index.pages[i], report::render_html(reports[i], ho)});
  }
  site.dossiers = static_cast<int>(reports.size());
  // A page per reviewer of sieg.toml's [[jury]] (never on a redacted site, which names no reviewer).
  std::vector<report::ReviewerPage> reviewers;
  const Repository* repo = evaluations.empty() ? nullptr : evaluations.front().repo;
  if (!o.redact && repo != nullptr && !repo->config.jury.empty()) {
    jury::Status status = jury_status(evaluations, *repo, today);
    std::set<std::string> taken(index.pages.begin(), index.pages.end());
    for (const auto& r : status.reviewers) {
      report::ReviewerPage page;
      page.name = r.name;
      page.organisation = r.organisation;
      page.late = r.late;
      page.deadline = status.deadline;
      page.done = static_cast<int>(r.done.size());
      std::string base = "jury_" + text::slug(r.name);  // "_": never in a dossier page's name (page_names)
      page.page = base + ".html";
      for (int n = 2; !taken.insert(page.page).second; ++n) page.page = base + "-" + std::to_string(n) + ".html";
      for (const auto& id : r.assigned) {
        report::ReviewerDossier d;
        d.id = id;
        for (std::size_t i = 0; i < reports.size(); ++i)
          if (reports[i].id == id) {
            d.title = reports[i].title;
            d.page = index.pages[i];
          }
        auto in = [&](const std::vector<std::string>& v) { return std::find(v.begin(), v.end(), id) != v.end(); };
        d.state = in(r.to_fix) ? "to_fix" : in(r.to_do) ? "to_do" : "done";
        page.dossiers.push_back(std::move(d));
      }
      reviewers.push_back(std::move(page));
    }
  }
  site.reviewers = static_cast<int>(reviewers.size());
  for (const auto& r : reviewers) {
    index.reviewers.push_back(&r);
    site.files.push_back({r.page, report::render_reviewer(r, title, o.lang)});
  }
  mark_incomplete(entries, incomplete_juries(evaluations, o.lang, !o.redact));  // as sieg rank does
  index.rankings = score::rank(std::move(entries));
  site.files.push_back({"index.html", report::render_index(index, o.lang)});
  site.files.push_back({"style.css", report::stylesheet()});
  return site;
}

} // namespace sieg::pipeline
