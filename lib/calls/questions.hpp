// A call file's [[questions]] (man 5 sieg-call, « QUESTIONS »): read and checked against the built-in
// dossier schema (a question never replaces one of sieg's: SIEG-C001 names both).
#pragma once
#include <vector>

#include <toml++/toml.h>

#include "calls/call.hpp"
#include "tomlread/reader.hpp"

namespace sieg::calls {

// At most this many questions in a call, choices in a question, questions in a list's items.
constexpr std::size_t kMaxQuestions = 200;
constexpr std::size_t kMaxChoices = 100;

std::vector<Question> read_questions(tomlread::Reader& r, const toml::node& n);

// A key a dossier or a review may hold (a question's key, a choice's value, a criterion's id): lower-case
// ASCII letters, digits and '_', starting with a letter, 64 characters at most.
bool is_key(const std::string& k);

} // namespace sieg::calls
