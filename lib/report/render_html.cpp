#include <algorithm>

#include <fmt/format.h>

#include "report/charts.hpp"
#include "report/escape.hpp"
#include "report/render.hpp"
#include "report/words.hpp"
#include "values/display.hpp"

namespace sieg::report {
namespace {

using words::say;
namespace w = words;

// A text of sieg's, in the language, escaped for HTML.
std::string p(const i18n::Text& t, i18n::Lang l) { return html(say(t, l)); }

class Html {
 public:
  Html(const Report& r, const HtmlOptions& o) : r_(r), o_(o), l_(r.lang), c_(w::colon(r.lang)) {}

  std::string run() {
    out_ += fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", l_ == i18n::Lang::Fr ? "fr" : "en");
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += "<meta name=\"generator\" content=\"sieg\">\n";
    out_ += fmt::format("<title>{} — {}</title>\n", html(r_.title), p(w::kReport, l_));
    if (o_.stylesheet_href.empty()) out_ += "<style>\n" + stylesheet() + "</style>\n";
    else out_ += fmt::format("<link rel=\"stylesheet\" href=\"{}\">\n", html(o_.stylesheet_href));
    out_ += "</head>\n<body>\n";
    if (!o_.index_href.empty()) out_ += fmt::format("<nav><a href=\"{}\">{}</a></nav>\n", html(o_.index_href), p(w::kBack, l_));
    head();
    out_ += "<section class=\"page\" id=\"presentation\">\n";
    for (const auto& s : r_.sections) {
      section(s);
      if (s.id == "porteur") partners();
    }
    out_ += "</section>\n";
    budget();
    eligibility();
    scores();
    criteria();
    history();
    out_ += "<footer>" + html(fmt::format(fmt::runtime(say(w::kGenerated, l_)), r_.file)) + "</footer>\n</body>\n</html>\n";
    return out_;
  }

 private:
  void head() {
    out_ += "<header>\n";
    out_ += fmt::format("<p class=\"call\">{}{}{}</p>\n", p(w::kCall, l_), c_, html(r_.call_title));
    out_ += fmt::format("<h1 id=\"title\">{}</h1>\n<p class=\"meta\">", html(r_.title));
    out_ += fmt::format("<span>{} <strong>{}</strong></span>", p(w::kDossier, l_), html(r_.id));
    if (!r_.deposit.empty()) out_ += fmt::format("<span>{} {}</span>", p(w::kDeposited, l_), html(values::date_words(r_.deposit, l_)));
    out_ += fmt::format("<span class=\"badge {}\">{}</span>", r_.eligible() ? "ok" : "bad", p(r_.eligible() ? w::kEligible : w::kIneligible, l_));
    if (r_.score && r_.score->total)
      out_ += fmt::format("<span>{} <strong>{} / {}</strong> ({})</span>", p(w::kTotal, l_), w::number(*r_.score->total, l_),
                          w::number(r_.score->max, l_), html(w::percent(*r_.score, l_)));
    out_ += "</p>\n";
    if (r_.redacted) out_ += "<p class=\"redacted-note\">" + p(w::kRedactedNote, l_) + "</p>\n";
    out_ += "</header>\n";
  }

  void section(const Section& s) {
    out_ += fmt::format("<h2 id=\"{}\">{}</h2>\n<dl>\n", html(s.id), html(s.title));
    for (const auto& f : s.fields) {
      out_ += "<dt>" + html(f.label) + "</dt><dd" + (f.redacted ? " class=\"redacted\"" : "") + ">";
      if (f.values.size() == 1) {
        out_ += html(f.values[0]);
      } else {
        out_ += "<ul>";
        for (const auto& v : f.values) out_ += "<li>" + html(v) + "</li>";
        out_ += "</ul>";
      }
      out_ += "</dd>\n";
    }
    out_ += "</dl>\n";
  }

  void partners() {
    out_ += "<h2 id=\"partenaires\">" + p(w::kPartners, l_) + "</h2>\n";
    if (r_.partners.empty()) {
      out_ += "<p>" + p(w::kNoPartner, l_) + "</p>\n";
      return;
    }
    bool contacts = std::any_of(r_.partners.begin(), r_.partners.end(), [](const Partner& x) { return !x.contact.empty(); });
    out_ += fmt::format("<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th>{}</tr>\n", p(w::kName, l_), p(w::kNature, l_),
                        p(w::kRole, l_), p(w::kDepartement, l_), contacts ? "<th>" + p(w::kContact, l_) + "</th>" : "");
    for (const auto& x : r_.partners)
      out_ += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td>{}</tr>\n", html(x.name), html(x.nature), html(x.role),
                          html(x.departement), contacts ? "<td>" + html(x.contact) + "</td>" : "");
    out_ += "</table>\n";
  }

  void money_table(const std::vector<MoneyLine>& lines, std::int64_t total, const i18n::Text& label, const i18n::Text& detail) {
    out_ += fmt::format("<table>\n<tr><th>{}</th><th>{}</th><th class=\"num\">{}</th></tr>\n", p(label, l_), p(detail, l_), p(w::kAmount, l_));
    for (const auto& e : lines)
      out_ += fmt::format("<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>\n", html(e.label), html(e.detail),
                          html(w::money(e.cents, l_)));
    out_ += fmt::format("<tr class=\"total\"><td colspan=\"2\">{}</td><td class=\"num\">{}</td></tr>\n</table>\n", p(w::kTotal, l_),
                        html(w::money(total, l_)));
  }

  void budget() {
    const Budget& b = r_.budget;
    out_ += "<section class=\"page\" id=\"budget\">\n<h2>" + p(w::kBudget, l_) + "</h2>\n";
    out_ += "<h3>" + p(w::kExpenses, l_) + "</h3>\n";
    money_table(b.expenses, b.total_expenses, w::kLabel, w::kCategory);
    out_ += "<h3>" + p(w::kResources, l_) + "</h3>\n";
    money_table(b.resources, b.total_resources, w::kFunder, w::kStatus);
    out_ += fmt::format("<dl>\n<dt>{}</dt><dd>{}</dd>\n", p(w::kBalance, l_), html(w::money(b.balance(), l_)));
    if (b.aid) {
      out_ += fmt::format("<dt>{}</dt><dd>{}", p(w::kAid, l_), html(w::money(*b.aid, l_)));
      if (b.cap)
        out_ += fmt::format(" ({}{}{}){}", p(w::kCap, l_), c_, html(w::money(*b.cap, l_)),
                            *b.aid > *b.cap ? " <strong class=\"not-met\">" + p(w::kOverCap, l_) + "</strong>" : std::string());
      else out_ += " (" + p(w::kNoCap, l_) + ")";
      out_ += "</dd>\n";
    }
    out_ += "</dl>\n";
    if (!b.schedule.empty()) {
      out_ += "<h3>" + p(w::kSchedule, l_) + "</h3>\n";
      out_ += fmt::format("<table>\n<tr><th class=\"num\">{}</th><th>{}</th><th class=\"num\">{}</th></tr>\n", p(w::kShare, l_),
                          p(w::kWhen, l_), p(w::kAmount, l_));
      for (const auto& i : b.schedule)
        out_ += fmt::format("<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td></tr>\n", w::pct(i.percent, l_), html(i.when),
                            html(w::money(i.cents, l_)));
      out_ += "</table>\n";
    }
    out_ += "</section>\n";
  }

  void eligibility() {
    out_ += fmt::format("<section class=\"page\" id=\"eligibilite\">\n<h2>{}{}{}</h2>\n", p(w::kEligibility, l_), c_,
                        p(r_.eligible() ? w::kEligible : w::kIneligible, l_));
    out_ += fmt::format("<table class=\"checklist\">\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n", p(w::kRule, l_), p(w::kStatement, l_),
                        p(w::kResult, l_), p(w::kSource, l_));
    for (const auto& c : r_.checklist) {
      out_ += fmt::format("<tr class=\"rule {}\"><td>{}</td><td>{}</td><td><span class=\"status {}\">{}</span>", w::status_id(c.status),
                          html(c.code), html(c.statement), w::status_id(c.status), html(w::status(c.status, l_)));
      if (!c.messages.empty()) {
        out_ += "<ul>";
        for (const auto& m : c.messages) out_ += "<li>" + html(m) + "</li>";
        out_ += "</ul>";
      }
      out_ += fmt::format("</td><td class=\"source\">{}</td></tr>\n", html(c.source));
    }
    out_ += "</table>\n</section>\n";
  }

  void scores() {
    out_ += "<section class=\"page\" id=\"notation\">\n<h2>" + p(w::kScores, l_) + "</h2>\n";
    if (!r_.score) {
      out_ += "<p>" + p(w::kNoGrid, l_) + "</p>\n</section>\n";
      return;
    }
    const score::Result& s = *r_.score;
    out_ += fmt::format("<p>{}{}{} ({})</p>\n", p(w::kGrid, l_), c_, html(s.grid->title.get(l_)), html(s.grid->id));
    if (std::string note = review_note(r_, l_); !note.empty()) out_ += "<p class=\"not-met\">" + html(note) + "</p>\n";
    jurors(s);
    if (s.markers.empty()) {
      out_ += "<p>" + p(w::kNoScore, l_) + "</p>\n</section>\n";
      return;
    }
    out_ += radar_svg(s, l_);
    marker_table(s);
    out_ += "<h3>" + p(s.dimensions.empty() ? w::kMarkerPoints : w::kDimensions, l_) + "</h3>\n" + bars_svg(s, l_);
    if (!s.thresholds.empty()) {
      out_ += "<h3>" + p(w::kThresholds, l_) + "</h3>\n<ul class=\"thresholds\">\n";
      for (const auto& t : s.thresholds)
        out_ += fmt::format("<li>{}{}<span class=\"{}\">{}</span></li>\n", html(w::threshold(t, l_)), c_, t.met ? "status passed" : "not-met",
                            p(t.met ? w::kMet : w::kNotMet, l_));
      out_ += "</ul>\n";
    }
    out_ += "</section>\n";
  }

  void criteria() {
    if (r_.criteria.empty()) return;
    out_ += "<section class=\"page\" id=\"criteres\">\n<h2>" + p(w::kCriteria, l_) + "</h2>\n";
    std::string group;
    bool open = false;
    for (const auto& c : r_.criteria) {
      if (c.group != group) {
        if (open) out_ += "</dl>\n";
        group = c.group;
        out_ += "<h3>" + html(group) + "</h3>\n<dl class=\"criteria\">\n";
        open = true;
      }
      out_ += "<dt>" + html(c.label) + "</dt>\n";
      if (c.opinions.empty()) out_ += "<dd class=\"none\">" + p(w::kNoOpinion, l_) + "</dd>\n";
      for (const auto& [n, text] : c.opinions) out_ += fmt::format("<dd>R{}{}{}</dd>\n", n, c_, html(text));
    }
    if (open) out_ += "</dl>\n";
    out_ += "</section>\n";
  }

  void jurors(const score::Result& s) {
    if (s.jurors.empty()) return;
    out_ += "<h3>" + p(w::kReviewers, l_) + "</h3>\n";
    out_ += fmt::format("<table class=\"jurors\">\n<tr><th>#</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n", p(w::kName, l_),
                        p(w::kOrganisation, l_), p(w::kOpinion, l_), p(w::kStatus, l_));
    int n = 0;
    for (const auto& j : s.jurors)
      out_ += fmt::format("<tr{}><td>R{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", j.excluded ? " class=\"excluded\"" : "",
                          ++n, html(j.name), html(j.organisation),
                          html(w::opinion(j.opinion, l_)) +
                              (j.opinion_comment.empty() ? "" : "<br><span class=\"opinion-comment\">" + html(j.opinion_comment) + "</span>"),
                          html(w::juror_status(j, l_)));
    out_ += "</table>\n";
  }

  void marker_table(const score::Result& s) {
    std::size_t cols = 7 + s.jurors.size();
    out_ += "<table class=\"scores\">\n<tr><th>#</th><th>" + p(w::kMarker, l_) + "</th><th class=\"num\">" + p(w::kSelf, l_) + "</th>";
    for (std::size_t i = 0; i < s.jurors.size(); ++i) out_ += fmt::format("<th class=\"num\">R{}</th>", i + 1);
    out_ += fmt::format("<th class=\"num\">{}</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr>\n", p(w::kLevel, l_),
                        p(w::kDescriptor, l_), p(w::kWeight, l_), p(w::kPoints, l_));
    int n = 0;
    bool by_sieg = false;
    for (const auto& m : s.markers) {
      out_ += fmt::format("<tr class=\"marker{}\"><td>{}</td><td>{}</td><td class=\"num\">{}</td>", m.disagreement ? " disagreement" : "", ++n,
                          html(m.marker->label.get(l_)), m.self ? std::to_string(*m.self) : "—");
      for (std::size_t i = 0; i < s.jurors.size(); ++i)
        out_ += "<td class=\"num\">" + html(w::juror_level(i < m.jury.size() ? m.jury[i] : std::nullopt, s.jurors[i].excluded)) + "</td>";
      std::string level = html(w::number(m.level, l_));
      if (m.disagreement) level += "<span class=\"flag\">⚠ " + html(fmt::format(fmt::runtime(say(w::kDisagreement, l_)), m.spread)) + "</span>";
      by_sieg = by_sieg || m.marker->levels_by_sieg;
      out_ += fmt::format("<td class=\"num level\">{}</td><td class=\"descriptor\">{} — {}{}</td><td class=\"num\">{}</td><td class=\"num\">{} / {}</td></tr>\n", level,
                          m.reached, html(m.marker->levels[static_cast<std::size_t>(m.reached)].get(l_)),
                          m.marker->levels_by_sieg ? " *" : "",
                          w::number(values::Rational(m.marker->weight, 100), l_), w::number(m.points, l_), w::number(m.max, l_));
      std::string items;
      if (!m.self_text.empty()) items += "<li>" + p(w::kSelfLong, l_) + c_ + html(m.self_text) + "</li>";
      for (std::size_t i = 0; i < m.comments.size() && i < s.jurors.size(); ++i)
        if (!m.comments[i].empty()) items += fmt::format("<li>R{}{}{}</li>", i + 1, c_, html(m.comments[i]));
      if (!items.empty()) out_ += fmt::format("<tr class=\"comments\"><td></td><td colspan=\"{}\"><ul>{}</ul></td></tr>\n", cols - 1, items);
    }
    if (s.total)
      out_ += fmt::format("<tr class=\"total\"><td></td><td colspan=\"{}\">{}</td><td class=\"num\">{} / {} ({})</td></tr>\n", cols - 2,
                          p(w::kTotal, l_), w::number(*s.total, l_), w::number(s.max, l_), html(w::percent(s, l_)));
    out_ += "</table>\n";
    if (by_sieg) out_ += "<p class=\"note\">" + html(fmt::format(fmt::runtime(say(w::kSiegLevels, l_)), s.grid->id)) + "</p>\n";
  }

  void history() {
    out_ += "<section class=\"page\" id=\"historique\">\n<h2>" + p(w::kHistory, l_) + "</h2>\n";
    if (!r_.score || r_.score->dossier.self.empty()) {
      out_ += "<p>" + p(w::kNoHistory, l_) + "</p>\n</section>\n";
      return;
    }
    const score::Result& s = *r_.score;
    out_ += "<table class=\"history\">\n<tr><th>" + p(w::kMarker, l_) + "</th>";
    for (const auto& a : s.dossier.self) out_ += "<th class=\"num\">" + html(values::date_words(a.date, l_)) + "</th>";
    out_ += "</tr>\n";
    for (const auto& m : s.grid->markers) {
      out_ += "<tr><td>" + html(m.label.get(l_)) + "</td>";
      for (const auto& a : s.dossier.self) {
        auto it = a.levels.find(m.id);
        out_ += "<td class=\"num\">" + (it == a.levels.end() ? std::string("—") : std::to_string(it->second.level)) + "</td>";
      }
      out_ += "</tr>\n";
    }
    out_ += "<tr class=\"total\"><td>" + p(w::kTotal, l_) + "</td>";
    for (const auto& h : s.history) out_ += "<td class=\"num\">" + (h.total ? w::number(*h.total, l_) : std::string("—")) + "</td>";
    out_ += "</tr>\n</table>\n" + history_svg(s, l_) + "</section>\n";
  }

  const Report& r_;
  const HtmlOptions& o_;
  i18n::Lang l_;
  std::string c_;
  std::string out_;
};

} // namespace

std::string render_html(const Report& r, const HtmlOptions& o) { return Html(r, o).run(); }

} // namespace sieg::report
