#include <algorithm>

#include <fmt/format.h>

#include "report/escape.hpp"
#include "report/render.hpp"
#include "report/words.hpp"
#include "values/display.hpp"

namespace sieg::report {
namespace {

using words::say;
namespace w = words;

std::string row(const std::vector<std::string>& cells) {
  std::string s = "|";
  for (const auto& c : cells) s += " " + (c.empty() ? std::string(" ") : c) + " |";
  return s + "\n";
}

std::string header(const std::vector<std::string>& cells, const std::vector<bool>& right = {}) {
  std::string s = row(cells) + "|";
  for (std::size_t i = 0; i < cells.size(); ++i) s += i < right.size() && right[i] ? " ---: |" : " --- |";
  return s + "\n";
}

class Md {
 public:
  explicit Md(const Report& r) : r_(r), l_(r.lang), c_(w::colon(r.lang)) {}

  std::string run() {
    head();
    for (const auto& s : r_.sections) {
      section(s);
      if (s.id == "porteur") partners();
    }
    budget();
    eligibility();
    scores();
    criteria();
    history();
    out_ += "\n---\n\n" + md(fmt::format(fmt::runtime(say(w::kGenerated, l_)), r_.file)) + "\n";
    return out_;
  }

 private:
  void head() {
    out_ += "# " + md(r_.title) + "\n\n";
    std::string status = say(r_.eligible() ? w::kEligible : w::kIneligible, l_);
    out_ += fmt::format("{} {} · {} **{}** · {} {} · **{}**", say(w::kCall, l_), md(r_.call_title), say(w::kDossier, l_),
                        md(r_.id), say(w::kDeposited, l_), md(values::date_words(r_.deposit, l_)), status);
    if (r_.score && r_.score->total)
      out_ += fmt::format(" · {} {} / {} ({})", say(w::kTotal, l_), w::number(*r_.score->total, l_),
                          w::number(r_.score->max, l_), w::percent(*r_.score, l_));
    out_ += "\n\n";
    if (r_.redacted) out_ += "> " + say(w::kRedactedNote, l_) + "\n\n";
  }

  void section(const Section& s) {
    out_ += "## " + md(s.title) + "\n\n";
    for (const auto& f : s.fields) {
      if (f.values.size() == 1) {
        out_ += "- **" + md(f.label) + "**" + c_ + md(f.values[0]) + "\n";
      } else {
        out_ += "- **" + md(f.label) + "**" + std::string(c_).substr(0, std::string(c_).size() - 1) + "\n";
        for (const auto& v : f.values) out_ += "  - " + md(v) + "\n";
      }
    }
    out_ += "\n";
  }

  void partners() {
    out_ += "## " + say(w::kPartners, l_) + "\n\n";
    if (r_.partners.empty()) {
      out_ += say(w::kNoPartner, l_) + "\n\n";
      return;
    }
    bool contacts = std::any_of(r_.partners.begin(), r_.partners.end(), [](const Partner& p) { return !p.contact.empty(); });
    std::vector<std::string> head{say(w::kName, l_), say(w::kNature, l_), say(w::kRole, l_), say(w::kDepartement, l_)};
    if (contacts) head.push_back(say(w::kContact, l_));
    out_ += header(head);
    for (const auto& p : r_.partners) {
      std::vector<std::string> cells{md(p.name), md(p.nature), md(p.role), md(p.departement)};
      if (contacts) cells.push_back(md(p.contact));
      out_ += row(cells);
    }
    out_ += "\n";
  }

  void budget() {
    const Budget& b = r_.budget;
    out_ += "## " + say(w::kBudget, l_) + "\n\n### " + say(w::kExpenses, l_) + "\n\n";
    out_ += header({say(w::kLabel, l_), say(w::kCategory, l_), say(w::kAmount, l_)}, {false, false, true});
    for (const auto& e : b.expenses) out_ += row({md(e.label), md(e.detail), w::money(e.cents, l_)});
    out_ += row({"**" + say(w::kTotal, l_) + "**", "", "**" + w::money(b.total_expenses, l_) + "**"});
    out_ += "\n### " + say(w::kResources, l_) + "\n\n";
    out_ += header({say(w::kFunder, l_), say(w::kStatus, l_), say(w::kAmount, l_)}, {false, false, true});
    for (const auto& e : b.resources) out_ += row({md(e.label), md(e.detail), w::money(e.cents, l_)});
    out_ += row({"**" + say(w::kTotal, l_) + "**", "", "**" + w::money(b.total_resources, l_) + "**"});
    out_ += "\n- " + say(w::kBalance, l_) + c_ + w::money(b.balance(), l_) + "\n";
    if (b.aid) {
      out_ += "- " + say(w::kAid, l_) + c_ + w::money(*b.aid, l_);
      if (b.cap)
        out_ += fmt::format(" ({}{}{}{})", say(w::kCap, l_), c_, w::money(*b.cap, l_),
                            *b.aid > *b.cap ? ", **" + say(w::kOverCap, l_) + "**" : std::string());
      else out_ += " (" + say(w::kNoCap, l_) + ")";
      out_ += "\n";
    }
    if (!b.schedule.empty()) {
      out_ += "\n### " + say(w::kSchedule, l_) + "\n\n";
      out_ += header({say(w::kShare, l_), say(w::kWhen, l_), say(w::kAmount, l_)}, {true, false, true});
      for (const auto& i : b.schedule) out_ += row({w::pct(i.percent, l_), md(i.when), w::money(i.cents, l_)});
    }
    out_ += "\n";
  }

  void eligibility() {
    out_ += "## " + say(w::kEligibility, l_) + c_ + say(r_.eligible() ? w::kEligible : w::kIneligible, l_) + "\n\n";
    out_ += header({say(w::kRule, l_), say(w::kStatement, l_), say(w::kResult, l_), say(w::kSource, l_)});
    for (const auto& c : r_.checklist) {
      std::string result = c.status == Status::Failed ? "**" + w::status(c.status, l_) + "**" : w::status(c.status, l_);
      for (const auto& m : c.messages) result += " — " + md(m);
      out_ += row({c.code, md(c.statement), result, md(c.source)});
    }
    out_ += "\n";
  }

  void scores() {
    out_ += "## " + say(w::kScores, l_) + "\n\n";
    if (!r_.score) {
      out_ += say(w::kNoGrid, l_) + "\n\n";
      return;
    }
    const score::Result& s = *r_.score;
    out_ += fmt::format("{}{}{} ({})\n\n", say(w::kGrid, l_), c_, md(s.grid->title.get(l_)), s.grid->id);
    if (std::string note = review_note(r_, l_); !note.empty()) out_ += md(note) + "\n\n";
    if (!s.jurors.empty()) {
      out_ += "### " + say(w::kReviewers, l_) + "\n\n";
      out_ += header({"#", say(w::kName, l_), say(w::kOrganisation, l_), say(w::kOpinion, l_), say(w::kStatus, l_)});
      int n = 0;
      for (const auto& j : s.jurors)
        out_ += row({fmt::format("R{}", ++n), md(j.name), md(j.organisation),
                     md(w::opinion(j.opinion, l_)) + (j.opinion_comment.empty() ? "" : " — " + md(j.opinion_comment)),
                     j.excluded ? "**" + md(w::juror_status(j, l_)) + "**" : md(w::juror_status(j, l_))});
      out_ += "\n";
    }
    if (s.markers.empty()) {
      out_ += say(w::kNoScore, l_) + "\n\n";
      return;
    }
    std::vector<std::string> head{"#", say(w::kMarker, l_), say(w::kSelf, l_)};
    std::vector<bool> right{true, false, true};
    for (std::size_t i = 0; i < s.jurors.size(); ++i) {
      head.push_back(fmt::format("R{}", i + 1));
      right.push_back(true);
    }
    for (auto t : {w::kLevel, w::kDescriptor, w::kWeight, w::kPoints}) head.push_back(say(t, l_));
    right.insert(right.end(), {true, false, true, true});
    out_ += "### " + say(w::kMarker, l_) + "s\n\n" + header(head, right);
    int n = 0;
    bool by_sieg = false;
    for (const auto& m : s.markers) {
      std::vector<std::string> c{std::to_string(++n), md(m.marker->label.get(l_)),
                                 m.self ? std::to_string(*m.self) : "—"};
      for (std::size_t i = 0; i < s.jurors.size(); ++i)
        c.push_back(w::juror_level(i < m.jury.size() ? m.jury[i] : std::nullopt, s.jurors[i].excluded));
      std::string level = w::number(m.level, l_);
      if (m.disagreement) level += " ⚠ " + fmt::format(fmt::runtime(say(w::kDisagreement, l_)), m.spread);
      c.push_back(level);
      c.push_back(fmt::format("{} — {}{}", m.reached, md(m.marker->levels[static_cast<std::size_t>(m.reached)].get(l_)),
                              m.marker->levels_by_sieg ? " \\*" : ""));
      by_sieg = by_sieg || m.marker->levels_by_sieg;
      c.push_back(w::number(values::Rational(m.marker->weight, 100), l_));
      c.push_back(w::number(m.points, l_) + " / " + w::number(m.max, l_));
      out_ += row(c);
    }
    if (s.total) {
      std::vector<std::string> c(head.size(), "");
      c[1] = "**" + say(w::kTotal, l_) + "**";
      c.back() = "**" + w::number(*s.total, l_) + " / " + w::number(s.max, l_) + " (" + w::percent(s, l_) + ")**";
      out_ += row(c);
    }
    out_ += "\n";
    if (by_sieg) out_ += md(fmt::format(fmt::runtime(say(w::kSiegLevels, l_)), s.grid->id)) + "\n\n";
    comments(s);
    dimensions(s);
    thresholds(s);
  }

  void criteria() {
    if (r_.criteria.empty()) return;
    out_ += "## " + say(w::kCriteria, l_) + "\n\n";
    std::string group;
    for (const auto& c : r_.criteria) {
      if (c.group != group) {
        group = c.group;
        out_ += "### " + md(group) + "\n\n";
      }
      out_ += "- **" + md(c.label) + "**" + (c.opinions.empty() ? c_ + say(w::kNoOpinion, l_) : "") + "\n";
      for (const auto& [n, text] : c.opinions) out_ += fmt::format("  - R{}{}{}\n", n, c_, md(text));
    }
    out_ += "\n";
  }

  void comments(const score::Result& s) {
    std::string body;
    int n = 0;
    for (const auto& m : s.markers) {
      ++n;
      std::string items;
      if (!m.self_text.empty()) items += "  - " + say(w::kSelfLong, l_) + c_ + md(m.self_text) + "\n";
      for (std::size_t i = 0; i < m.comments.size() && i < s.jurors.size(); ++i)
        if (!m.comments[i].empty()) items += fmt::format("  - R{}{}{}\n", i + 1, c_, md(m.comments[i]));
      if (!items.empty()) body += fmt::format("- {}. {}\n{}", n, md(m.marker->label.get(l_)), items);
    }
    if (!body.empty()) out_ += "### " + say(w::kComments, l_) + "\n\n" + body + "\n";
  }

  void dimensions(const score::Result& s) {
    if (s.dimensions.empty()) return;
    out_ += "### " + say(w::kDimensions, l_) + "\n\n";
    out_ += header({"Dimension", say(w::kPoints, l_)}, {false, true});
    for (const auto& d : s.dimensions)
      out_ += row({md(d.dimension->label.get(l_)), w::number(d.points, l_) + " / " + w::number(d.max, l_)});
    out_ += "\n";
  }

  void thresholds(const score::Result& s) {
    if (s.thresholds.empty()) return;
    out_ += "### " + say(w::kThresholds, l_) + "\n\n";
    for (const auto& t : s.thresholds)
      out_ += fmt::format("- {}{}{}\n", md(w::threshold(t, l_)), c_, t.met ? say(w::kMet, l_) : "**" + say(w::kNotMet, l_) + "**");
    out_ += "\n";
  }

  void history() {
    out_ += "## " + say(w::kHistory, l_) + "\n\n";
    if (!r_.score || r_.score->dossier.self.empty()) {
      out_ += say(w::kNoHistory, l_) + "\n\n";
      return;
    }
    const score::Result& s = *r_.score;
    std::vector<std::string> head{say(w::kMarker, l_)};
    std::vector<bool> right{false};
    for (const auto& a : s.dossier.self) {
      head.push_back(md(values::date_words(a.date, l_)));
      right.push_back(true);
    }
    out_ += header(head, right);
    for (const auto& m : s.grid->markers) {
      std::vector<std::string> c{md(m.label.get(l_))};
      for (const auto& a : s.dossier.self) {
        auto it = a.levels.find(m.id);
        c.push_back(it == a.levels.end() ? "—" : std::to_string(it->second.level));
      }
      out_ += row(c);
    }
    std::vector<std::string> c{"**" + say(w::kTotal, l_) + "**"};
    for (const auto& h : s.history) c.push_back(h.total ? "**" + w::number(*h.total, l_) + "**" : "—");
    out_ += row(c) + "\n";
  }

  const Report& r_;
  i18n::Lang l_;
  const char* c_;
  std::string out_;
};

} // namespace

std::string render_markdown(const Report& r) { return Md(r).run(); }

} // namespace sieg::report
