#include <fmt/format.h>

#include "report/escape.hpp"
#include "report/render.hpp"
#include "report/words.hpp"
#include "score/render.hpp"
#include "values/display.hpp"

namespace sieg::report {
namespace {

using words::say;
namespace w = words;

// A text of sieg's, in the language, escaped for HTML.
std::string p(const i18n::Text& t, i18n::Lang l) { return html(say(t, l)); }

int find(const IndexInput& in, const std::string& file) {
  for (std::size_t i = 0; i < in.reports.size(); ++i)
    if (in.reports[i]->file == file) return static_cast<int>(i);
  return -1;
}

std::string link(const IndexInput& in, const score::Entry& e) {
  int i = find(in, e.result.dossier.file);
  if (i < 0) return html(e.result.dossier.id);
  const Report& r = *in.reports[static_cast<std::size_t>(i)];
  return fmt::format("<a href=\"./{}\">{}</a><br><span class=\"source\">{}</span>", html(in.pages[static_cast<std::size_t>(i)]),
                     html(r.title.empty() ? r.id : r.title), html(r.id));
}

} // namespace

std::string render_index(const IndexInput& in, i18n::Lang l) {
  std::string out = fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", l == i18n::Lang::Fr ? "fr" : "en");
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"sieg\">\n";
  out += fmt::format("<title>{} — {}</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n", p(w::kRanking, l),
                     html(in.title));
  out += fmt::format("<header>\n<h1>{}</h1>\n<p class=\"call\">{}</p>\n</header>\n", p(w::kRanking, l), html(in.title));
  for (const auto& rk : in.rankings) {
    out += fmt::format("<section class=\"ranking\">\n<h2>{}{}{}</h2>\n", p(w::kGrid, l), w::colon(l), html(rk.grid->title.get(l)));
    auto table = [&](const std::vector<score::Entry>& list, const char* kind) {
      out += fmt::format("<table class=\"ranking {}\">\n<tr><th class=\"num\">{}</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">%</th>"
                         "<th>{}</th><th>{}</th></tr>\n",
                         kind, p(w::kRank, l), p(w::kDossier, l), p(w::kTotal, l), p(w::kSource, l), p(w::kThresholds, l));
      for (const auto& e : list) {
        const auto& s = e.result;
        std::string th = s.thresholds.empty() ? "<span>" + std::string(values::none_word(l)) + "</span>"
                         : fmt::format("<span class=\"{}\">{}</span>", s.all_thresholds_met() ? "status passed" : "not-met",
                                       p(s.all_thresholds_met() ? w::kMet : w::kNotMet, l));
        out += fmt::format("<tr data-dossier=\"{}\" data-eligible=\"true\" data-total=\"{}\" data-source=\"{}\"><td class=\"num\">{}</td>"
                           "<td>{}</td><td class=\"num\">{} / {}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td></tr>\n",
                           html(s.dossier.id), s.total ? values::to_fixed(*s.total, 2, false) : "", kind, e.rank, link(in, e),
                           s.total ? w::number(*s.total, l) : "—", w::number(s.max, l), html(w::percent(s, l)),
                           html(score::source_text(s, l)), th);
      }
      out += "</table>\n";
    };
    if (!rk.ranked.empty()) table(rk.ranked, "jury");
    if (!rk.self_ranked.empty()) {
      out += fmt::format("<h3>{}</h3>\n", p(w::kSelfRanked, l));
      table(rk.self_ranked, "self");
    }
    if (!rk.ineligible.empty()) {
      out += fmt::format("<h3>{}</h3>\n<table class=\"ineligible\">\n<tr><th>{}</th><th>{}</th></tr>\n", p(w::kIneligibleDossiers, l),
                         p(w::kDossier, l), p(w::kFailingRule, l));
      for (const auto& e : rk.ineligible) {
        std::string why;
        if (!e.failures.empty()) {  // the pipeline's first failing rule, as sieg rank names it
          const diag::Diagnostic& d = e.failures.front();
          why = html(d.code) + "<br><span class=\"source\">" +
                html(d.line > 0 ? fmt::format("{}:{}: {}", d.line, d.col, d.message) : d.message) + "</span>";
        }
        out += fmt::format("<tr data-dossier=\"{}\" data-eligible=\"false\" data-failure=\"{}\"><td>{}</td><td>{}</td></tr>\n",
                           html(e.result.dossier.id), e.failures.empty() ? "" : html(e.failures.front().code), link(in, e), why);
      }
      out += "</table>\n";
    }
    if (!rk.incomplete.empty()) {  // reviews_per_dossier set and the jury not complete: not ranked, as in sieg rank
      out += fmt::format("<h3>{}</h3>\n<ul>\n", i18n::pick({"Jury incomplet, pas classés", "Jury incomplete, not ranked"}, l));
      for (const auto& e : rk.incomplete)
        out += "<li data-dossier=\"" + html(e.result.dossier.id) + "\" data-incomplete=\"true\">" + link(in, e) + " — " + html(e.incomplete) +
               "</li>\n";
      out += "</ul>\n";
    }
    if (!rk.unscored.empty()) {
      out += fmt::format("<h3>{}</h3>\n<ul>\n", p(w::kUnscored, l));
      for (const auto& e : rk.unscored)
        out += "<li data-dossier=\"" + html(e.result.dossier.id) + "\" data-eligible=\"true\">" + link(in, e) + "</li>\n";
      out += "</ul>\n";
    }
    out += "</section>\n";
  }
  if (!in.reviewers.empty()) {  // the jury's pages: who has what left to do
    out += fmt::format("<section class=\"jury\">\n<h2>{}</h2>\n<ul>\n", html(i18n::pick({"Jury", "Jury"}, l)));
    for (const auto* r : in.reviewers)
      out += fmt::format("<li data-reviewer=\"{}\"{}><a href=\"./{}\">{}</a> — {}</li>\n", html(r->name), r->late ? " data-late=\"true\"" : "",
                         html(r->page), html(r->name),
                         html(fmt::format(fmt::runtime(i18n::pick({"{0}/{1} faite(s){2}", "{0}/{1} done{2}"}, l)), r->done, r->dossiers.size(),
                                          r->late ? i18n::pick({", en retard", ", late"}, l) : "")));
    out += "</ul>\n</section>\n";
  }
  if (!in.left_out.empty()) {
    out += fmt::format("<section>\n<h2>{}</h2>\n<table>\n<tr><th>{}</th><th>{}</th></tr>\n", p(w::kNotReported, l), p(w::kDossier, l),
                       p(w::kProblem, l));
    for (const auto& x : in.left_out) out += fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", html(x.file), html(x.problem));
    out += "</table>\n</section>\n";
  }
  out += "<footer>" + html(say(w::kGeneratedSite, l)) + "</footer>\n</body>\n</html>\n";
  return out;
}

} // namespace sieg::report
