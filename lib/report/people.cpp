#include "report/people.hpp"

#include <fmt/format.h>

#include "report/report.hpp"
#include "schema/lookup.hpp"

namespace sieg::report {
namespace {

void walk(text::Masker& m, const tree::Node& n, const std::string& path, const std::string& key,
          const schema::CompiledSchema& schema, const std::string& mark) {
  if (n.kind == tree::Kind::Object) {
    for (const auto& member : n.members)
      walk(m, member.value, path.empty() ? member.key : path + "." + member.key, member.key, schema, mark);
  } else if (n.kind == tree::Kind::Array) {
    for (const auto& item : n.items) walk(m, item, path + "[]", key, schema, mark);
  } else if (n.kind == tree::Kind::String && !path.empty() && schema::personal_at(schema, path)) {
    if (key == "nom") m.person(n.text, mark);
    else m.value(n.text, mark);
  }
}

} // namespace

void add_dossier_people(text::Masker& m, const tree::Node& dossier, const schema::CompiledSchema& schema,
                        const std::string& mark) {
  walk(m, dossier, "", "", schema, mark);
}

std::string reviewer_pseudonym(int n, i18n::Lang lang) {
  return fmt::format("{} {}", i18n::pick({"évaluateur", "reviewer"}, lang), n);
}

void add_review_file(text::Masker& m, const std::string& file, const std::string& mark) {
  std::string stem = file.substr(file.find_last_of('/') + 1);
  m.person(stem.substr(0, stem.rfind('.')), mark);  // its words: "helene-garnier" is "helene garnier"
}

void pseudonymise(std::vector<score::Juror>& jurors, i18n::Lang lang) {
  const std::string mark = redaction_mark(lang);
  int n = 0;
  for (auto& j : jurors) {
    j.name = reviewer_pseudonym(++n, lang);
    j.organisation = mark;
    j.file.clear();
    if (j.excluded && j.why != "declared") j.why = mark;  // the organisation it matched
  }
}

void mask(const text::Masker& m, diag::Diagnostic& d, bool organisations) {
  m.apply(d.file, organisations);
  m.apply(d.message, organisations);
  m.apply(d.hint, organisations);
}

} // namespace sieg::report
