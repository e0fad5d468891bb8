#include <fmt/format.h>

#include "report/escape.hpp"
#include "report/render.hpp"
#include "report/words.hpp"
#include "score/render.hpp"

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
  return fmt::format("<a href=\"{}\">{}</a><br><span class=\"source\">{}</span>", html(in.pages[static_cast<std::size_t>(i)]),
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
    if (!rk.ranked.empty()) {
      out += fmt::format("<table class=\"ranking\">\n<tr><th class=\"num\">{}</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">%</th>"
                         "<th>{}</th><th>{}</th></tr>\n",
                         p(w::kRank, l), p(w::kDossier, l), p(w::kTotal, l), p(w::kSource, l), p(w::kThresholds, l));
      for (const auto& e : rk.ranked) {
        const auto& s = e.result;
        out += fmt::format("<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{} / {}</td><td class=\"num\">{}</td><td>{}</td>"
                           "<td><span class=\"{}\">{}</span></td></tr>\n",
                           e.rank, link(in, e), s.total ? w::number(*s.total, l) : "—", w::number(s.max, l), html(w::percent(s, l)),
                           html(score::source_text(s, l)), s.all_thresholds_met() ? "status passed" : "not-met",
                           p(s.all_thresholds_met() ? w::kMet : w::kNotMet, l));
      }
      out += "</table>\n";
    }
    if (!rk.ineligible.empty()) {
      out += fmt::format("<h3>{}</h3>\n<table class=\"ineligible\">\n<tr><th>{}</th><th>{}</th></tr>\n", p(w::kIneligibleDossiers, l),
                         p(w::kDossier, l), p(w::kFailingRule, l));
      for (const auto& e : rk.ineligible) {
        int i = find(in, e.result.dossier.file);
        const RuleCheck* c = i < 0 ? nullptr : in.reports[static_cast<std::size_t>(i)]->first_failure();
        std::string why = c == nullptr ? std::string() : html(c->code) + " — " + html(c->statement);
        if (c != nullptr && !c->messages.empty()) why += "<br><span class=\"source\">" + html(c->messages.front()) + "</span>";
        out += fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", link(in, e), why);
      }
      out += "</table>\n";
    }
    if (!rk.unscored.empty()) {
      out += fmt::format("<h3>{}</h3>\n<ul>\n", p(w::kUnscored, l));
      for (const auto& e : rk.unscored) out += "<li>" + link(in, e) + "</li>\n";
      out += "</ul>\n";
    }
    out += "</section>\n";
  }
  if (!in.left_out.empty()) {
    out += fmt::format("<section>\n<h2>{}</h2>\n<table>\n<tr><th>{}</th><th>{}</th></tr>\n", p(w::kNotReported, l), p(w::kDossier, l),
                       p(w::kProblem, l));
    for (const auto& x : in.left_out) out += fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", html(x.file), html(x.problem));
    out += "</table>\n</section>\n";
  }
  out += "<footer>" + html(fmt::format(fmt::runtime(say(w::kGenerated, l)), in.title)) + "</footer>\n</body>\n</html>\n";
  return out;
}

} // namespace sieg::report
