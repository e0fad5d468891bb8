// The jury's side of a repository, from the evaluations of the one pipeline: where the reviews stand
// (sieg status) and what sieg assign starts from.
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "jury/assign.hpp"
#include "jury/status.hpp"
#include "pipeline/evaluate.hpp"
#include "pipeline/repository.hpp"
#include "score/rank.hpp"
#include "values/date.hpp"

namespace sieg::pipeline {

// The eligible dossiers, as sieg assign takes them (ineligible ones do not go to the jury).
std::vector<jury::Candidate> jury_candidates(const std::vector<Evaluation>& evals);

// (dossier id, reviewer name) of every review file there, filled or still to do.
std::vector<std::pair<std::string, std::string>> existing_reviews(const std::vector<Evaluation>& evals);

// Assignments in force: sieg.toml's [[assign]] pins, then assignments.toml's.
std::vector<config::Pin> assignments_of(const Repository& repo);

// With reviews_per_dossier in sieg.toml: the eligible dossiers whose jury is not complete, by id, with
// what they lack; empty otherwise. `names`: false for a redacted site (counts only, no reviewer named).
std::map<std::string, std::string> incomplete_juries(const std::vector<Evaluation>& evals, i18n::Lang lang, bool names = true);
// Sets score::Entry::incomplete from that map: rank and the site list those entries apart, unranked.
void mark_incomplete(std::vector<score::Entry>& entries, const std::map<std::string, std::string>& incomplete);

jury::Status jury_status(const std::vector<Evaluation>& evals, const Repository& repo, const values::Date& today);

} // namespace sieg::pipeline
