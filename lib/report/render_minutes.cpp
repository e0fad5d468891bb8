// The minutes as a list of blocks (headings, paragraphs, tables), then the same blocks in Markdown and
// HTML, so both say exactly the same; JSON from the values.
#include <cctype>

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "report/escape.hpp"
#include "report/minutes.hpp"
#include "report/words.hpp"
#include "score/render.hpp"
#include "values/display.hpp"

namespace sieg::report {
namespace {

using i18n::Lang;
using i18n::Text;
using words::say;

struct Table {
  std::string cls;  // "ranking", "decisions", "schedule"...
  std::vector<std::string> head;
  std::vector<bool> numeric;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row_attrs;  // HTML data- attributes of each row (escaped already)
  bool total_row = false;              // the last row is a total
};

struct Block {
  enum class Kind { H2, H3, Paragraph, Table } kind;
  std::string text;
  Table table;
};

constexpr Text kMeeting{"Séance du {0}", "Meeting of {0}"};
constexpr Text kSummary{"{0} dossier(s) : {1} retenu(s), {2} ajourné(s), {3} refusé(s), {4} sans décision",
                        "{0} dossier(s): {1} retained, {2} deferred, {3} refused, {4} without a decision"};
constexpr Text kGrantedEnvelope{"Aides accordées : {0} sur une enveloppe de {1} — reste {2}.",
                                "Aid granted: {0} out of an envelope of {1} — {2} left."};
constexpr Text kGrantedOver{"Aides accordées : {0} sur une enveloppe de {1} — dépassement de {2}.",
                            "Aid granted: {0} out of an envelope of {1} — over by {2}."};
constexpr Text kGrantedNoEnvelope{"Aides accordées : {0} (pas d'enveloppe dans sieg.toml).",
                                  "Aid granted: {0} (no envelope in sieg.toml)."};
constexpr Text kRankingOf{"Classement — {0}", "Ranking — {0}"};
constexpr Text kRank{"Rang", "Rank"};
constexpr Text kDossier{"Dossier", "Dossier"};
constexpr Text kCarrier{"Porteur", "Carrier"};
constexpr Text kScore{"Note", "Score"};
constexpr Text kSource{"Source", "Source"};
constexpr Text kOpinions{"Avis F / R / D", "Opinions F / R / U"};
constexpr Text kRequested{"Aide demandée", "Aid requested"};
constexpr Text kDecision{"Décision", "Decision"};
constexpr Text kGranted{"Montant accordé", "Amount granted"};
constexpr Text kStanding{"Situation", "Standing"};
constexpr Text kRankedSelf{"classé sur l'auto-évaluation seule", "ranked on the self-assessment alone"};
constexpr Text kIneligible{"non éligible", "not eligible"};
constexpr Text kUnscored{"sans note", "no score"};
constexpr Text kNoDecision{"pas de décision", "no decision"};
constexpr Text kDecisionInError{"décision en erreur", "decision in error"};
constexpr Text kNotRanked{"Hors du classement du jury", "Outside the jury's ranking"};
constexpr Text kReasons{"Motifs des décisions", "Reasons for the decisions"};
constexpr Text kConditions{"Conditions", "Conditions"};
constexpr Text kOpinionReasons{"Avis motivés du jury", "The jury's reasoned opinions"};
constexpr Text kSchedule{"Échéancier des versements", "Payment schedule"};
constexpr Text kScheduleOf{"Selon l'appel « {0} » :", "As the call '{0}' sets it:"};
constexpr Text kNoSchedule{"L'appel « {0} » ne fixe pas d'échéancier de versement : les montants accordés sont versés comme la convention le dira.",
                           "The call '{0}' sets no payment schedule: the amounts granted are paid as the agreement will say."};
constexpr Text kTotal{"Total", "Total"};
constexpr Text kLeftOut{"Fichiers non présentés (pas des dossiers valides)", "Files left out (not valid dossiers)"};
constexpr Text kProblem{"Problème", "Problem"};
constexpr Text kGenerated{"Établi par sieg à partir des dossiers, des évaluations et des décisions du dépôt.",
                          "Drawn up by sieg from the repository's dossiers, reviews and decisions."};

std::string money(values::Cents c, Lang l) { return values::format_euros(c, l); }

std::string standing_text(const MinutesEntry& m, Lang l) {
  switch (m.standing) {
    case Standing::Ranked: return std::to_string(m.entry.rank) + (m.entry.ex_aequo ? " ex aequo" : "");
    case Standing::SelfRanked: return fmt::format("{} ({})", m.entry.rank, say(kRankedSelf, l));
    case Standing::Incomplete: return m.entry.incomplete;
    case Standing::Ineligible:
      return m.entry.failures.empty() ? say(kIneligible, l)
                                      : fmt::format("{} ({})", say(kIneligible, l), m.entry.failures.front().code);
    case Standing::Unscored: return say(kUnscored, l);
  }
  return "";
}

std::string decision_text(const MinutesEntry& m, Lang l) {
  if (!m.decision_problem.empty()) return say(kDecisionInError, l) + " " + m.decision_problem;
  if (!m.decision) return say(kNoDecision, l);
  return decision::outcome_label(m.decision->outcome, l);
}

const char* standing_id(Standing s) {
  switch (s) {
    case Standing::Ranked: return "ranked";
    case Standing::SelfRanked: return "self_ranked";
    case Standing::Incomplete: return "incomplete";
    case Standing::Ineligible: return "ineligible";
    case Standing::Unscored: return "unscored";
  }
  return "";
}

std::string decision_id(const MinutesEntry& m) {
  if (!m.decision_problem.empty()) return "error";
  return m.decision ? decision::outcome_key(m.decision->outcome) : "none";
}

std::string granted_text(const MinutesEntry& m, Lang l) {
  return m.decision && m.decision->granted && *m.decision->granted > 0 ? money(*m.decision->granted, l) : "—";
}

std::vector<Block> blocks(const Minutes& m) {
  const Lang l = m.lang;
  std::vector<Block> out;
  auto para = [&](std::string t) { out.push_back({Block::Kind::Paragraph, std::move(t), {}}); };
  auto heading = [&](Block::Kind k, std::string t) { out.push_back({k, std::move(t), {}}); };
  int dossiers = m.retained + m.deferred + m.refused + m.undecided;
  if (!m.date.empty()) para(fmt::format(fmt::runtime(say(kMeeting, l)), values::date_words(m.date, l)));
  para(fmt::format(fmt::runtime(say(kSummary, l)), dossiers, m.retained, m.deferred, m.refused, m.undecided));
  if (m.envelope)
    para(m.granted <= *m.envelope
             ? fmt::format(fmt::runtime(say(kGrantedEnvelope, l)), money(m.granted, l), money(*m.envelope, l), money(*m.envelope - m.granted, l))
             : fmt::format(fmt::runtime(say(kGrantedOver, l)), money(m.granted, l), money(*m.envelope, l), money(m.granted - *m.envelope, l)));
  else
    para(fmt::format(fmt::runtime(say(kGrantedNoEnvelope, l)), money(m.granted, l)));

  for (const auto& g : m.grids) {
    heading(Block::Kind::H2, fmt::format(fmt::runtime(say(kRankingOf, l)), g.grid != nullptr ? g.grid->title.get(l) : "?"));
    Table ranked{"ranking", {say(kRank, l), say(kDossier, l), say(kCarrier, l), say(kScore, l), "%", say(kSource, l), say(kOpinions, l),
                             say(kRequested, l), say(kDecision, l), say(kGranted, l)},
                 {true, false, false, true, true, false, true, true, false, true}, {}, {}, false};
    Table apart{"not-ranked", {say(kDossier, l), say(kCarrier, l), say(kStanding, l), say(kRequested, l), say(kDecision, l), say(kGranted, l)},
                {false, false, false, true, false, true}, {}, {}, false};
    for (const auto& e : g.entries) {
      const auto& r = e.entry.result;
      std::string dossier = r.dossier.title.empty() ? r.dossier.id : r.dossier.id + " — " + r.dossier.title;
      std::string requested = r.dossier.aid ? money(*r.dossier.aid, l) : "—";
      std::string attrs = fmt::format(" data-dossier=\"{}\" data-standing=\"{}\" data-decision=\"{}\"", html(r.dossier.id),
                                      standing_id(e.standing), decision_id(e));
      if (e.standing == Standing::Ranked) {
        ranked.rows.push_back({std::to_string(e.entry.rank), dossier, r.dossier.carrier,
                               r.total ? words::number(*r.total, l) + " / " + words::number(r.max, l) : "—", words::percent(r, l),
                               score::source_text(r, l), fmt::format("{} / {} / {}", e.opinions.favorable, e.opinions.reserve, e.opinions.unfavorable), requested,
                               decision_text(e, l), granted_text(e, l)});
        ranked.row_attrs.push_back(attrs);
      } else {
        apart.rows.push_back({dossier, r.dossier.carrier, standing_text(e, l), requested, decision_text(e, l), granted_text(e, l)});
        apart.row_attrs.push_back(attrs);
      }
    }
    if (!ranked.rows.empty()) out.push_back({Block::Kind::Table, "", std::move(ranked)});
    if (!apart.rows.empty()) {
      heading(Block::Kind::H3, say(kNotRanked, l));
      out.push_back({Block::Kind::Table, "", std::move(apart)});
    }
  }

  bool any_reason = false;
  for (const auto& g : m.grids)
    for (const auto& e : g.entries) any_reason = any_reason || e.decision.has_value();
  if (any_reason) {
    heading(Block::Kind::H2, say(kReasons, l));
    for (const auto& g : m.grids)
      for (const auto& e : g.entries) {
        if (!e.decision) continue;
        const auto& d = *e.decision;
        const auto& r = e.entry.result;
        heading(Block::Kind::H3, r.dossier.title.empty() ? r.dossier.id : r.dossier.id + " — " + r.dossier.title);
        std::string head = decision::outcome_label(d.outcome, l);
        head[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(head[0])));  // « Retenu », "Retained"
        if (d.granted && *d.granted > 0) head += ", " + money(*d.granted, l);
        if (!d.body.empty()) head += " — " + d.body;
        if (!d.date.empty()) head += (l == Lang::Fr ? ", le " : ", on ") + values::date_words(d.date, l);
        para(head + ".");
        para(d.reasons);
        if (!d.conditions.empty()) para(say(kConditions, l) + words::colon(l) + d.conditions);
      }
  }

  // avis_commentaire: each kept reviewer's reasons for the opinion, as R1, R2… (the reports' numbering).
  auto commented = [](const MinutesEntry& e) {
    for (const auto& j : e.entry.result.jurors)
      if (!j.excluded && !j.opinion_comment.empty()) return true;
    return false;
  };
  bool any_comment = false;
  for (const auto& g : m.grids)
    for (const auto& e : g.entries) any_comment = any_comment || commented(e);
  if (any_comment) {
    heading(Block::Kind::H2, say(kOpinionReasons, l));
    for (const auto& g : m.grids)
      for (const auto& e : g.entries) {
        if (!commented(e)) continue;
        const auto& r = e.entry.result;
        heading(Block::Kind::H3, r.dossier.title.empty() ? r.dossier.id : r.dossier.id + " — " + r.dossier.title);
        for (std::size_t i = 0; i < r.jurors.size(); ++i) {
          const auto& j = r.jurors[i];
          if (j.excluded || j.opinion_comment.empty()) continue;
          para(fmt::format("R{}, {}{}{}", i + 1, words::opinion(j.opinion, l), words::colon(l), j.opinion_comment));
        }
      }
  }

  if (!m.payments.empty() || !m.no_schedule.empty()) heading(Block::Kind::H2, say(kSchedule, l));
  for (const auto& p : m.payments) {
    std::string terms;
    for (const auto& [percent, when] : p.terms) terms += (terms.empty() ? " " : " ; ") + words::pct(percent, l) + " " + when;
    para(fmt::format(fmt::runtime(say(kScheduleOf, l)), p.call_title) + terms + ".");
    Table t{"schedule", {say(kDossier, l), say(kGranted, l)}, {false, true}, {}, {}, true};
    for (const auto& [percent, when] : p.terms) {
      t.head.push_back(words::pct(percent, l) + " " + when);
      t.numeric.push_back(true);
    }
    values::Cents all = 0;
    for (const auto& [id, parts] : p.rows) {
      values::Cents sum = 0;
      for (auto c : parts) sum += c;
      all += sum;
      std::vector<std::string> row{id, money(sum, l)};
      for (auto c : parts) row.push_back(money(c, l));
      t.rows.push_back(std::move(row));
      t.row_attrs.push_back(" data-dossier=\"" + html(id) + "\"");
    }
    std::vector<std::string> total{say(kTotal, l), money(all, l)};
    for (auto c : p.totals) total.push_back(money(c, l));
    t.rows.push_back(std::move(total));
    t.row_attrs.push_back(" class=\"total\"");
    out.push_back({Block::Kind::Table, "", std::move(t)});
  }
  for (const auto& title : m.no_schedule) para(fmt::format(fmt::runtime(say(kNoSchedule, l)), title));

  if (!m.left_out.empty()) {
    heading(Block::Kind::H2, say(kLeftOut, l));
    Table t{"left-out", {say(kDossier, l), say(kProblem, l)}, {false, false}, {}, {}, false};
    for (const auto& x : m.left_out) {
      t.rows.push_back({x.file, x.problem});
      t.row_attrs.push_back("");
    }
    out.push_back({Block::Kind::Table, "", std::move(t)});
  }
  return out;
}

} // namespace

std::string render_minutes_markdown(const Minutes& m) {
  std::string out = "# " + md(m.title) + "\n";
  for (const auto& b : blocks(m)) {
    switch (b.kind) {
      case Block::Kind::H2: out += "\n## " + md(b.text) + "\n"; break;
      case Block::Kind::H3: out += "\n### " + md(b.text) + "\n"; break;
      case Block::Kind::Paragraph: out += "\n" + md(b.text) + "\n"; break;
      case Block::Kind::Table: {
        const Table& t = b.table;
        out += "\n|";
        for (const auto& h : t.head) out += " " + md(h) + " |";
        out += "\n|";
        for (bool n : t.numeric) out += n ? "---:|" : "---|";
        out += "\n";
        for (std::size_t i = 0; i < t.rows.size(); ++i) {
          bool total = t.total_row && i + 1 == t.rows.size();
          out += "|";
          for (const auto& c : t.rows[i]) out += " " + (total ? "**" + md(c) + "**" : md(c)) + " |";
          out += "\n";
        }
        break;
      }
    }
  }
  out += "\n" + md(say(kGenerated, m.lang)) + "\n";
  return out;
}

std::string render_minutes_html(const Minutes& m) {
  const Lang l = m.lang;
  std::string out = fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", l == Lang::Fr ? "fr" : "en");
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"sieg\">\n";
  out += "<title>" + html(m.title) + "</title>\n<style>\n" + stylesheet() + "</style>\n</head>\n<body class=\"minutes\">\n";
  out += "<header>\n<h1>" + html(m.title) + "</h1>\n</header>\n<main>\n";
  for (const auto& b : blocks(m)) {
    switch (b.kind) {
      case Block::Kind::H2: out += "<h2>" + html(b.text) + "</h2>\n"; break;
      case Block::Kind::H3: out += "<h3>" + html(b.text) + "</h3>\n"; break;
      case Block::Kind::Paragraph: out += "<p>" + html(b.text) + "</p>\n"; break;
      case Block::Kind::Table: {
        const Table& t = b.table;
        out += "<table class=\"" + t.cls + "\">\n<tr>";
        for (std::size_t c = 0; c < t.head.size(); ++c)
          out += std::string(t.numeric[c] ? "<th class=\"num\">" : "<th>") + html(t.head[c]) + "</th>";
        out += "</tr>\n";
        for (std::size_t i = 0; i < t.rows.size(); ++i) {
          out += "<tr" + t.row_attrs[i] + ">";
          for (std::size_t c = 0; c < t.rows[i].size(); ++c)
            out += std::string(t.numeric[c] ? "<td class=\"num\">" : "<td>") + html(t.rows[i][c]) + "</td>";
          out += "</tr>\n";
        }
        out += "</table>\n";
        break;
      }
    }
  }
  out += "</main>\n<footer>" + html(say(kGenerated, l)) + "</footer>\n</body>\n</html>\n";
  return out;
}

std::string render_minutes_json(const Minutes& m) {
  using json = nlohmann::ordered_json;
  auto cents = [](std::optional<values::Cents> c) { return c ? json::parse(values::to_fixed(values::Rational(*c, 100), 2)) : json(nullptr); };
  json grids = json::array();
  for (const auto& g : m.grids) {
    json entries = json::array();
    for (const auto& e : g.entries) {
      const auto& r = e.entry.result;
      json d = nullptr;
      if (e.decision)
        d = {{"decision", decision::outcome_key(e.decision->outcome)},
             {"amount_granted", e.decision->granted ? cents(*e.decision->granted) : json(nullptr)},
             {"date", e.decision->date.empty() ? json(nullptr) : json(e.decision->date)},
             {"body", e.decision->body.empty() ? json(nullptr) : json(e.decision->body)},
             {"reasons", e.decision->reasons},
             {"conditions", e.decision->conditions.empty() ? json(nullptr) : json(e.decision->conditions)},
             {"file", e.decision->file}};
      json comments = json::array();
      for (std::size_t i = 0; i < r.jurors.size(); ++i)
        if (!r.jurors[i].excluded && !r.jurors[i].opinion_comment.empty())
          comments.push_back({{"reviewer", fmt::format("R{}", i + 1)}, {"opinion", r.jurors[i].opinion}, {"comment", r.jurors[i].opinion_comment}});
      json schedule = json::array();
      for (const auto& i : e.schedule) schedule.push_back({{"percent", i.percent}, {"when", i.when}, {"amount", cents(i.cents)}});
      entries.push_back({{"dossier", r.dossier.id},
                         {"title", r.dossier.title},
                         {"carrier", r.dossier.carrier},
                         {"standing", standing_id(e.standing)},
                         {"rank", e.entry.rank == 0 ? json(nullptr) : json(e.entry.rank)},
                         {"total", r.total ? json::parse(values::to_fixed(*r.total, 4)) : json(nullptr)},
                         {"max", json::parse(values::to_fixed(r.max, 4))},
                         {"source", r.source == score::Source::Jury ? "jury" : r.source == score::Source::Self ? "self" : "none"},
                         {"opinions", {{"favorable", e.opinions.favorable}, {"reserve", e.opinions.reserve}, {"defavorable", e.opinions.unfavorable}}},
                         {"opinion_comments", comments},
                         {"incomplete", e.entry.incomplete.empty() ? json(nullptr) : json(e.entry.incomplete)},
                         {"failure", e.entry.failures.empty() ? json(nullptr) : json(e.entry.failures.front().code)},
                         {"aid_requested", cents(r.dossier.aid)},
                         {"decision", d},
                         {"decision_problem", e.decision_problem.empty() ? json(nullptr) : json(e.decision_problem)},
                         {"schedule", schedule}});
    }
    grids.push_back({{"grid", g.grid != nullptr ? g.grid->id : ""}, {"dossiers", entries}});
  }
  json payments = json::array();
  for (const auto& p : m.payments) {
    json terms = json::array();
    for (const auto& [percent, when] : p.terms) terms.push_back({{"percent", percent}, {"when", when}});
    json totals = json::array();
    for (auto c : p.totals) totals.push_back(cents(c));
    payments.push_back({{"call", p.call_title}, {"terms", terms}, {"totals", totals}});
  }
  json left = json::array();
  for (const auto& x : m.left_out) left.push_back({{"file", x.file}, {"problem", x.problem}});
  json doc = {{"title", m.title},
              {"date", m.date.empty() ? json(nullptr) : json(m.date)},
              {"decisions", {{"retenu", m.retained}, {"ajourne", m.deferred}, {"refuse", m.refused}, {"none", m.undecided}}},
              {"granted", cents(m.granted)},
              {"envelope", cents(m.envelope)},
              {"remaining", m.envelope ? cents(*m.envelope - m.granted) : json(nullptr)},
              {"grids", grids},
              {"payments", payments},
              {"left_out", left}};
  return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace sieg::report
