// The jury's side of a repository, from the evaluations of the one pipeline: where the reviews stand
// (sieg status) and what sieg assign starts from.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "jury/assign.hpp"
#include "jury/status.hpp"
#include "pipeline/evaluate.hpp"
#include "pipeline/repository.hpp"
#include "values/date.hpp"

namespace sieg::pipeline {

// The eligible dossiers, as sieg assign takes them (ineligible ones do not go to the jury).
std::vector<jury::Candidate> jury_candidates(const std::vector<Evaluation>& evals);

// (dossier id, reviewer name) of every review file there, filled or still to do.
std::vector<std::pair<std::string, std::string>> existing_reviews(const std::vector<Evaluation>& evals);

// Assignments in force: sieg.toml's [[assign]] pins, then assignments.toml's.
std::vector<config::Pin> assignments_of(const Repository& repo);

jury::Status jury_status(const std::vector<Evaluation>& evals, const Repository& repo, const values::Date& today);

} // namespace sieg::pipeline
