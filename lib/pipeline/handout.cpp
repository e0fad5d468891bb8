#include "pipeline/handout.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "config/config.hpp"
#include "decision/decision.hpp"
#include "pipeline/jury.hpp"
#include "pipeline/report.hpp"
#include "report/render.hpp"
#include "report/site.hpp"
#include "text/fold.hpp"
#include "tree/path.hpp"
#include "values/money.hpp"

namespace sieg::pipeline {
namespace fs = std::filesystem;

std::string review_file_name(const std::string& reviewer) {
  std::string file = text::slug(reviewer);
  if (file.empty()) return "";
  if (decision::is_decision_file(file + ".yaml")) file += "-evaluation";
  return file + ".yaml";
}

scaffold::ReviewForm review_form(const Evaluation& e, i18n::Lang lang) {
  using i18n::pick;
  scaffold::ReviewForm r;
  r.call = e.call;
  r.grid = e.grid;
  r.dossier_id = e.id;
  if (!e.input) return r;
  r.dossier_title = e.input->title;
  r.summary.emplace_back(pick({"Action", "Action"}, lang), e.input->title);
  r.summary.emplace_back(pick({"Porteur", "Carrier"}, lang), e.input->carrier);
  std::string partners;
  for (const auto& p : e.input->partners) partners += (partners.empty() ? "" : ", ") + p;
  if (!partners.empty()) r.summary.emplace_back(pick({"Partenaires", "Partners"}, lang), partners);
  if (e.root)
    if (auto nodes = tree::select(*e.root, "action.resume"); !nodes.empty() && nodes[0]->kind == tree::Kind::String)
      r.summary.emplace_back(pick({"Résumé", "Summary"}, lang), nodes[0]->text);
  if (e.input->aid) r.summary.emplace_back(pick({"Aide demandée", "Aid asked for"}, lang), values::format_euros(*e.input->aid, lang));
  const diag::Diagnostic* why = e.first_failure();
  r.summary.emplace_back(pick({"Éligibilité", "Eligibility"}, lang),
                         why == nullptr ? pick({"éligible selon sieg", "eligible according to sieg"}, lang)
                                        : fmt::format(fmt::runtime(pick({"non éligible : [{0}] {1}", "not eligible: [{0}] {1}"}, lang)), why->code,
                                                      why->message));
  if (e.repo != nullptr) r.config = &e.repo->config;
  return r;
}

std::vector<Handout> build_handouts(const std::vector<Evaluation>& evaluations, const Repository& repo, const HandoutOptions& o) {
  std::vector<Handout> out;
  jury::Status status = jury_status(evaluations, repo, o.today);
  report::Options ro;
  ro.lang = o.lang;
  ro.blind = true;
  std::set<std::string> folders;
  const char* printed = o.pdf ? ".pdf" : ".html";  // the printable pages' extension
  for (const auto& r : status.reviewers) {
    if (!o.reviewers.empty() && std::none_of(o.reviewers.begin(), o.reviewers.end(),
                                             [&](const std::string& n) { return text::name_key(n) == text::name_key(r.name); }))
      continue;
    if (r.assigned.empty()) continue;
    Handout h;
    h.reviewer = r.name;
    h.folder = text::slug(r.name);
    if (h.folder.empty()) h.folder = "jury";
    for (int n = 2; !folders.insert(h.folder).second; ++n) h.folder = text::slug(r.name) + "-" + std::to_string(n);
    report::CoverPage cover;
    cover.reviewer = r.name;
    cover.organisation = r.organisation;
    cover.deadline = status.deadline;
    std::vector<std::string> ids(r.assigned.begin(), r.assigned.end());
    std::vector<std::string> pages = report::page_names(ids);
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const std::string& id = ids[i];
      auto e = std::find_if(evaluations.begin(), evaluations.end(), [&](const Evaluation& x) { return x.id == id; });
      if (e == evaluations.end()) continue;
      report::CoverDossier d;
      d.id = id;
      if (e->input) d.title = e->input->title;
      auto in = [&](const std::vector<std::string>& v) { return std::find(v.begin(), v.end(), id) != v.end(); };
      d.state = in(r.to_fix) ? "to_fix" : in(r.to_do) ? "to_do" : "done";
      std::string stem = pages[i].substr(0, pages[i].size() - 5);  // without ".html"
      Built b = build_report(*e, ro);
      if (b.report) {
        d.report = stem + printed;
        h.files.push_back({d.report, report::render_html(*b.report), true});
        ++h.reports;
        if (e->call != nullptr && std::find(cover.calls.begin(), cover.calls.end(), e->call->title.get(o.lang)) == cover.calls.end())
          cover.calls.push_back(e->call->title.get(o.lang));
      }
      if (d.state == "to_do" && e->grid != nullptr && e->input) {
        scaffold::ReviewForm form = review_form(*e, o.lang);
        form.reviews_dir = ".";
        d.form = stem + (o.lang == i18n::Lang::Fr ? "-formulaire.html" : "-form.html");
        h.files.push_back({d.form, scaffold::review_form_page(form, o.lang), false});
        scaffold::ReviewTemplate t;
        t.grid = e->grid;
        t.dossier_id = id;
        t.dossier_title = e->input->title;
        t.reviewer = r.name;
        t.organisation = r.organisation;
        d.review = stem + "-" + h.folder + ".yaml";
        t.destination = (fs::path(repo.reviews_root(e->file)) / id / review_file_name(r.name)).lexically_normal().generic_string();
        h.files.push_back({d.review, scaffold::review_template(t, o.lang), false});
        ++h.reviews;
      }
      cover.dossiers.push_back(std::move(d));
    }
    h.files.insert(h.files.begin(), {std::string(o.lang == i18n::Lang::Fr ? "00-a-lire" : "00-read-me") + printed, report::render_cover(cover, o.lang), true});
    out.push_back(std::move(h));
  }
  return out;
}

} // namespace sieg::pipeline
