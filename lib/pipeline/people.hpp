// Everyone a repository knows, for redacted outputs: sieg.toml's jury (names, organisations, e-mails),
// every reviewer (the name and organisation in a review, the name a review to do was written for, the
// file's own name) and every dossier's people (its x-personal fields). Each masked by « [masqué] ».
#pragma once
#include <vector>

#include "pipeline/evaluate.hpp"
#include "text/mask.hpp"

namespace sieg::pipeline {

text::Masker known_people(const std::vector<const Evaluation*>& evaluations, const Repository* repo, i18n::Lang lang);

} // namespace sieg::pipeline
