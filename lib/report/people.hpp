// Who a redacted output must not name: the people of a dossier (its x-personal fields), its reviewers
// (by a pseudonym, « évaluateur 2 »), and everyone else the repository knows (text/mask.hpp matches them
// as a reader would: any case, accents, spacing, whole names and surnames).
#pragma once
#include <string>

#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"
#include "schema/schema.hpp"
#include "score/score.hpp"
#include "text/mask.hpp"
#include "tree/node.hpp"

namespace sieg::report {

// The values of the dossier's personal fields (schema's x-personal): a contact's name as a person's, the
// others (function, e-mail, telephone, street) whole; each masked by `mark`.
void add_dossier_people(text::Masker& m, const tree::Node& dossier, const schema::CompiledSchema& schema,
                        const std::string& mark);

// A reviewer's pseudonym in a redacted output: « évaluateur 2 » / "reviewer 2" (the R2 of the tables).
std::string reviewer_pseudonym(int n, i18n::Lang lang);

// A review file's own name ("evaluations/d/helene-garnier.yaml"), masked as a person's name by `mark`
// wherever it stands: "evaluations/d/évaluateur 2.yaml".
void add_review_file(text::Masker& m, const std::string& file, const std::string& mark);

// The jurors of a score, each named by their pseudonym (in their order), their organisation and the
// organisation their conflict matched by the mark, their file dropped.
void pseudonymise(std::vector<score::Juror>& jurors, i18n::Lang lang);

// A finding with every match of `m` masked: its file's path, message and hint.
void mask(const text::Masker& m, diag::Diagnostic& d, bool organisations = true);

} // namespace sieg::report
