#include "pipeline/people.hpp"

#include "pipeline/repository.hpp"
#include "report/people.hpp"
#include "report/report.hpp"
#include "schema/builtin.hpp"

namespace sieg::pipeline {

text::Masker known_people(const std::vector<const Evaluation*>& evaluations, const Repository* repo, i18n::Lang lang) {
  text::Masker m;
  const std::string mark = report::redaction_mark(lang);
  if (repo != nullptr)
    for (const auto& j : repo->config.jury) {
      m.person(j.name, mark);
      m.organisation(j.organisation, mark);
      m.value(j.email, mark);
    }
  for (const Evaluation* e : evaluations) {
    for (const auto& r : e->reviews) {
      report::add_review_file(m, r.file, mark);
      if (r.review) {
        m.person(r.review->reviewer, mark);
        m.organisation(r.review->organisation, mark);
      }
      if (r.pending) m.person(*r.pending, mark);
    }
    if (e->shape_ok && e->root) report::add_dossier_people(m, *e->root, e->repo != nullptr ? e->repo->schema() : *schema::builtin_dossier_schema(), mark);
  }
  return m;
}

} // namespace sieg::pipeline
