// sieg report --minutes: the meeting's record from the evaluations of the one pipeline, ranked as
// sieg rank ranks (complete juries only when reviews_per_dossier is set), with each dossier's decision.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "pipeline/jury.hpp"
#include "pipeline/people.hpp"
#include "pipeline/report.hpp"
#include "report/people.hpp"

namespace sieg::pipeline {
namespace {

constexpr i18n::Text kTitle{"Procès-verbal — {0}", "Minutes — {0}"};

std::string first_error(const std::vector<diag::Diagnostic>& diags) {
  for (const auto& d : diags)
    if (d.severity == diag::Severity::Error)
      return d.line > 0 ? fmt::format("[{}] {}:{}: {}", d.code, d.line, d.col, d.message) : fmt::format("[{}] {}", d.code, d.message);
  return "";
}

} // namespace

BuiltMinutes build_minutes(const std::vector<Evaluation>& evals, const Repository& repo, const MinutesOptions& o) {
  BuiltMinutes out;
  report::Minutes& m = out.minutes;
  const i18n::Lang lang = o.lang;
  m.lang = lang;
  std::map<std::string, const Evaluation*> by_file;
  std::vector<score::Entry> entries;
  for (const auto& e : evals) {
    if (e.decision) out.diags.insert(out.diags.end(), e.decision->diags.begin(), e.decision->diags.end());
    if (auto entry = rank_entry(e)) {
      by_file[e.file] = &e;
      entries.push_back(std::move(*entry));
    } else {
      std::string problem = first_error(e.diags);
      if (o.redact)
        for (const auto& d : e.diags)
          if (d.severity == diag::Severity::Error) {
            problem = redacted_problem(d, lang, e.call);
            break;
          }
      m.left_out.push_back({e.file, problem.empty() ? i18n::pick({"pas de grille pour le noter", "no grid to score it on"}, lang) : problem});
    }
  }
  mark_incomplete(entries, incomplete_juries(evals, lang, !o.redact));
  // Redacted: the decisions' free texts, the findings quoted and the reviewers are masked.
  text::Masker known;
  if (o.redact) {
    std::vector<const Evaluation*> all;
    for (const auto& e : evals) all.push_back(&e);
    known = known_people(all, &repo, lang);
  }
  auto mask_diag = [&](diag::Diagnostic& d) { report::mask(known, d); };
  if (o.redact) {
    for (auto& d : out.diags) mask_diag(d);
    for (auto& l : m.left_out) known.apply(l.problem);
    for (auto& entry : entries) {
      report::pseudonymise(entry.result.jurors, lang);
      for (auto& j : entry.result.jurors) known.apply(j.opinion_comment);
      for (auto& d : entry.failures) mask_diag(d);
      for (auto& d : entry.result.diags) mask_diag(d);
      known.apply(entry.incomplete);
    }
  }
  std::map<std::string, report::PaymentTable> tables;  // by call id
  std::vector<std::string> call_order;
  std::string latest;
  for (auto& ranking : score::rank(std::move(entries))) {
    report::MinutesGrid g;
    g.grid = ranking.grid;
    auto add = [&](std::vector<score::Entry>& list, report::Standing standing) {
      for (auto& entry : list) {
        report::MinutesEntry me;
        me.standing = standing;
        me.opinions = entry.result.opinions();
        const Evaluation& e = *by_file.at(entry.result.dossier.file);
        if (e.decision && !e.decision->pending) {
          std::string problem = first_error(e.decision->diags);
          if (!problem.empty() || !e.decision->decision) me.decision_problem = problem;
          else me.decision = e.decision->decision;
          if (o.redact) {
            known.apply(me.decision_problem);
            if (me.decision) {
              known.apply(me.decision->reasons);
              known.apply(me.decision->conditions);
              known.apply(me.decision->body);
              me.decision->file.clear();
            }
          }
        }
        if (me.decision) {
          const decision::Decision& d = *me.decision;
          (d.outcome == decision::Outcome::Retained ? m.retained : d.outcome == decision::Outcome::Deferred ? m.deferred : m.refused)++;
          latest = std::max(latest, d.date);
          if (d.outcome == decision::Outcome::Retained && d.granted && e.call != nullptr) {
            m.granted += *d.granted;
            auto [it, fresh] = tables.try_emplace(e.call->id);
            report::PaymentTable& t = it->second;
            if (fresh) {
              call_order.push_back(e.call->id);
              t.call_title = e.call->title.get(lang);
              for (const auto& p : e.call->payments) t.terms.emplace_back(p.percent, p.when.get(lang));
              t.totals.assign(t.terms.size(), 0);
            }
            auto parts = calls::schedule(*e.call, *d.granted);
            for (std::size_t i = 0; i < parts.size() && i < e.call->payments.size(); ++i) {
              me.schedule.push_back({e.call->payments[i].percent, e.call->payments[i].when.get(lang), parts[i]});
              t.totals[i] += parts[i];
            }
            t.rows.emplace_back(entry.result.dossier.id, parts);
          }
        } else {
          ++m.undecided;
        }
        me.entry = std::move(entry);
        g.entries.push_back(std::move(me));
      }
    };
    add(ranking.ranked, report::Standing::Ranked);
    add(ranking.self_ranked, report::Standing::SelfRanked);
    add(ranking.incomplete, report::Standing::Incomplete);
    add(ranking.ineligible, report::Standing::Ineligible);
    add(ranking.unscored, report::Standing::Unscored);
    m.grids.push_back(std::move(g));
  }
  for (const auto& id : call_order) {
    report::PaymentTable& t = tables.at(id);
    if (t.terms.empty()) m.no_schedule.push_back(t.call_title);
    else m.payments.push_back(std::move(t));
  }
  m.envelope = repo.config.envelope;
  if (m.envelope && m.granted > *m.envelope)
    out.diags.push_back(decision::over_envelope(m.granted, *m.envelope, repo.config.file, lang));
  m.date = latest;  // the meeting's: the latest date of the decisions (never --date, which judges deadlines)
  if (!o.title.empty()) {
    m.title = o.title;
  } else {
    std::string call = repo.call ? repo.call->title.get(lang) : "";
    for (const auto& e : evals)
      if (call.empty() && e.call != nullptr) call = e.call->title.get(lang);
    m.title = fmt::format(fmt::runtime(i18n::pick(kTitle, lang)), call.empty() ? o.folder : call);
  }
  return out;
}

} // namespace sieg::pipeline
