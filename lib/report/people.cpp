#include "report/people.hpp"

#include <fmt/format.h>

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

} // namespace sieg::report
