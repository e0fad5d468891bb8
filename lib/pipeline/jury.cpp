#include "pipeline/jury.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "text/fold.hpp"

namespace sieg::pipeline {

namespace {

std::string reviewer_of(const ReviewFile& f) {
  if (f.review) return f.review->reviewer;
  if (f.pending) return *f.pending;
  return "";
}
} // namespace

std::vector<jury::Candidate> jury_candidates(const std::vector<Evaluation>& evals) {
  std::vector<jury::Candidate> out;
  for (const auto& e : evals) {
    if (e.kind != Kind::Dossier || !e.eligible) continue;
    jury::Candidate c;
    c.id = e.id;
    if (e.input) {
      c.carrier = e.input->carrier;
      c.partners = e.input->partners;
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> existing_reviews(const std::vector<Evaluation>& evals) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& e : evals)
    for (const auto& f : e.reviews)
      if (std::string who = reviewer_of(f); !who.empty()) out.emplace_back(e.id, who);
  return out;
}

std::vector<config::Pin> assignments_of(const Repository& repo) {
  std::vector<config::Pin> out = repo.config.assign;
  out.insert(out.end(), repo.assignments.begin(), repo.assignments.end());
  return out;
}

std::map<std::string, std::string> incomplete_juries(const std::vector<Evaluation>& evals, i18n::Lang lang, bool names) {
  std::map<std::string, std::string> out;
  if (evals.empty() || evals.front().repo == nullptr || evals.front().repo->config.reviews_per_dossier == 0) return out;
  // Completeness does not depend on the day (only lateness does, which is not read here).
  for (const auto& d : jury_status(evals, *evals.front().repo, values::today_paris()).dossiers)
    if (d.eligible && !d.complete())
      out[d.id] = names ? jury::lacking(d, lang)
                        : fmt::format(fmt::runtime(i18n::pick({"{0}/{1} évaluation(s)", "{0}/{1} review(s)"}, lang)), d.received, d.expected);
  return out;
}

void mark_incomplete(std::vector<score::Entry>& entries, const std::map<std::string, std::string>& incomplete) {
  for (auto& e : entries)
    if (auto it = incomplete.find(e.result.dossier.id); it != incomplete.end()) e.incomplete = it->second;
}

jury::Status jury_status(const std::vector<Evaluation>& evals, const Repository& repo, const values::Date& today) {
  jury::Status s;
  const config::Config& c = repo.config;
  s.per_dossier = c.reviews_per_dossier;
  s.deadline = c.review_deadline;
  auto pins = assignments_of(repo);
  // Per juror (jury order), folded name -> index.
  for (const auto& j : c.jury) s.reviewers.push_back({j.name, j.organisation, j.email, {}, {}, {}, {}, false});
  auto juror = [&](const std::string& name) -> jury::ReviewerStatus* {
    for (auto& r : s.reviewers)
      if (text::name_key(r.name) == text::name_key(name)) return &r;
    return nullptr;
  };
  for (const auto& e : evals) {
    if (e.kind != Kind::Dossier) continue;
    jury::DossierStatus d;
    d.id = e.id;
    d.file = e.file;
    d.title = e.input ? e.input->title : "";
    d.eligible = e.eligible;
    std::vector<std::string> assigned;  // names, first spelling kept
    auto assign = [&](const std::string& name) {
      if (name.empty()) return;
      if (std::none_of(assigned.begin(), assigned.end(), [&](const std::string& a) { return text::name_key(a) == text::name_key(name); }))
        assigned.push_back(juror(name) != nullptr ? juror(name)->name : name);
    };
    for (const auto& p : pins)
      if (p.dossier == e.id) assign(p.reviewer);
    std::set<std::string> done;  // folded names with a review that counts as done
    std::set<std::string> fix;   // folded names with a review in error
    for (const auto& f : e.reviews) {
      jury::ReviewState r;
      r.file = f.file;
      r.reviewer = reviewer_of(f);
      // A review that loads but holds an error (a level off the scale, another grid...) does not count:
      // sieg rank leaves the dossier unscored, so it is « à corriger », never « reçue ».
      const diag::Diagnostic* error = nullptr;
      for (const auto& x : f.diags)
        if (x.severity == diag::Severity::Error) {
          error = &x;
          break;
        }
      if (f.review && error != nullptr) {
        r.state = jury::ReviewState::State::Broken;
        r.why = error->code;
      } else if (f.review) {
        r.state = jury::ReviewState::State::Received;
        if (e.score)
          for (const auto& j : e.score->jurors)
            if (j.file == f.file && j.excluded) r.state = jury::ReviewState::State::Excluded, r.why = j.why;
        if (!e.score && f.review->conflict_declared) r.state = jury::ReviewState::State::Excluded, r.why = "declared";
        done.insert(text::name_key(r.reviewer));
        (r.state == jury::ReviewState::State::Received ? d.received : d.excluded)++;
      } else if (f.pending) {
        r.state = jury::ReviewState::State::Pending;
      } else {
        r.state = jury::ReviewState::State::Broken;
        if (error != nullptr) r.why = error->code;
      }
      if (r.state == jury::ReviewState::State::Broken) fix.insert(text::name_key(r.reviewer));
      assign(r.reviewer);
      d.reviews.push_back(std::move(r));
    }
    if (d.eligible) {
      d.expected = c.reviews_per_dossier > 0 ? c.reviews_per_dossier : std::max<int>(1, static_cast<int>(assigned.size()));
      for (const auto& a : assigned)  // a review in error is named once, « à corriger » (jury::lacking)
        if (!done.count(text::name_key(a)) && !fix.count(text::name_key(a))) d.missing.push_back(a);
      int fixing = static_cast<int>(std::count_if(assigned.begin(), assigned.end(), [&](const std::string& a) {
        return !done.count(text::name_key(a)) && fix.count(text::name_key(a));
      }));
      d.unassigned = std::max(0, d.expected - d.received - static_cast<int>(d.missing.size()) - fixing);
      for (const auto& a : assigned)
        if (jury::ReviewerStatus* r = juror(a)) {
          r->assigned.push_back(d.id);
          (done.count(text::name_key(a)) ? r->done : r->to_do).push_back(d.id);
          if (!done.count(text::name_key(a)) && fix.count(text::name_key(a))) r->to_fix.push_back(d.id);
        }
    }
    s.dossiers.push_back(std::move(d));
  }
  if (!s.deadline.empty())
    if (auto deadline = values::parse_date(s.deadline))
      for (auto& r : s.reviewers) r.late = !r.to_do.empty() && *deadline < today;
  return s;
}

} // namespace sieg::pipeline
