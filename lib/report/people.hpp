// Who a redacted output must not name: the people of a dossier (its x-personal fields), its reviewers
// (by a pseudonym, « évaluateur 2 »), and everyone else the repository knows (text/mask.hpp matches them
// as a reader would: any case, accents, spacing, whole names and surnames).
#pragma once
#include <string>

#include "i18n/lang.hpp"
#include "schema/schema.hpp"
#include "text/mask.hpp"
#include "tree/node.hpp"

namespace sieg::report {

// The values of the dossier's personal fields (schema's x-personal): a contact's name as a person's, the
// others (function, e-mail, telephone, street) whole; each masked by `mark`.
void add_dossier_people(text::Masker& m, const tree::Node& dossier, const schema::CompiledSchema& schema,
                        const std::string& mark);

// A reviewer's pseudonym in a redacted output: « évaluateur 2 » / "reviewer 2" (the R2 of the tables).
std::string reviewer_pseudonym(int n, i18n::Lang lang);

} // namespace sieg::report
