// Where the jury stands (sieg status): per dossier, the reviews expected, received, left out and to do,
// with the missing reviewers by name; per reviewer, what they were given and what remains. Filled by
// pipeline::jury_status from the evaluations; rendered here as text, JSON, CSV and Markdown.
#pragma once
#include <string>
#include <vector>

#include "i18n/lang.hpp"
#include "score/csv.hpp"

namespace sieg::jury {

struct ReviewState {
  std::string reviewer;
  std::string file;
  enum class State { Received, Excluded, Pending, Broken } state = State::Received;  // Pending: a review to do (SIEG-R017)
  std::string why;  // Excluded: the conflict; Broken: the first error's code
};

struct DossierStatus {
  std::string id;
  std::string file;
  std::string title;
  bool eligible = false;
  int expected = 0;   // 0 for an ineligible dossier: it does not go to the jury
  int received = 0;   // reviews that count in the jury's score
  int excluded = 0;   // reviews left out (conflicts of interest)
  std::vector<ReviewState> reviews;
  std::vector<std::string> missing;  // reviewers assigned (or with a review to do) whose review is not in
  int unassigned = 0;                // reviews still missing that no one is assigned to
  bool complete() const { return received >= expected; }
};

struct ReviewerStatus {
  std::string name;
  std::string organisation;
  std::string email;                  // [[jury]] email, for reminders (JSON); may be empty
  std::vector<std::string> assigned;  // dossier ids
  std::vector<std::string> done;      // received or left out for a declared conflict
  std::vector<std::string> to_do;     // not done: to write, or to fix
  std::vector<std::string> to_fix;    // of to_do: a review written with an error (sieg validate says which)
  bool late = false;                  // review_deadline passed with something to do
};

struct Status {
  std::vector<DossierStatus> dossiers;
  std::vector<ReviewerStatus> reviewers;
  int per_dossier = 0;        // sieg.toml's reviews_per_dossier (0: not set; 1 review expected)
  std::string deadline;       // review_deadline, or empty
  int missing() const;        // reviews still missing over the eligible dossiers
};

// What a dossier's jury still lacks, in words: "1/3 reviews — missing: Julie Petit, 1 to assign".
std::string lacking(const DossierStatus& d, i18n::Lang lang);

std::string render_text(const Status& s, i18n::Lang lang);
std::string render_json(const Status& s);
// CSV as sieg score and rank write it (score/csv.hpp): French ';' and ids as headers for scripts; with
// `style.excel`, headers and yes/no in the language and a byte-order mark.
std::string render_csv(const Status& s, const score::CsvStyle& style);
std::string render_markdown(const Status& s, i18n::Lang lang);

} // namespace sieg::jury
