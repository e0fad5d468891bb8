// A compiled schema's snapshot: the build's one is what the compiler gives today, and it validates as
// the compiled schema does, message for message.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "diag/render.hpp"
#include "resources/archive.hpp"
#include "resources/resources.hpp"
#include "schema/builtin.hpp"
#include "schema/validate.hpp"
#include "yaml/loader.hpp"

using namespace sieg;

namespace {
std::shared_ptr<const schema::CompiledSchema> compiled(const char* name) {
  auto r = schema::compile_text(std::string(*resources::find(name)));
  REQUIRE(r.schema);
  return r.schema;
}

std::string diagnostics(const schema::CompiledSchema& s, const tree::Node& root, i18n::Lang lang) {
  schema::ValidateOptions o;
  o.file = "d.yaml";
  o.lang = lang;
  std::string out;
  for (const auto& d : schema::validate(s, root, o)) out += diag::render_text(d, lang, false) + "\n";
  return out;
}
} // namespace

TEST_CASE("the embedded schemas' snapshots are those of the schemas compiled now, and read back the same") {
  for (const char* name : {"dossier.schema.json", "review.schema.json", "decision.schema.json"}) {
    INFO(name);
    auto text = resources::find(name);
    auto snap = resources::snapshot(name, *text);
    REQUIRE(snap.has_value());
    CHECK(*snap == schema::to_snapshot(*compiled(name)));
    CHECK(schema::to_snapshot(*schema::from_snapshot(*snap)) == *snap);
  }
}

TEST_CASE("a dossier schema read from its snapshot gives the compiled one's diagnostics and written order") {
  auto from_text = compiled("dossier.schema.json");
  auto from_snapshot = schema::builtin_dossier_schema();
  CHECK(from_snapshot->written_order() == from_text->written_order());
  CHECK(from_snapshot->written_order().size() > 10);
  int files = 0, findings = 0;
  for (const char* folder : {"examples", "examples/invalid", "examples/ineligible"})
    for (const auto& e : std::filesystem::directory_iterator(std::string(SIEG_SOURCE_DIR) + "/" + folder)) {
      if (e.path().extension() != ".yaml") continue;
      std::ifstream in(e.path());
      std::stringstream ss;
      ss << in.rdbuf();
      auto loaded = yaml::load(ss.str(), "d.yaml", i18n::Lang::Fr);
      if (!loaded.root) continue;
      INFO(e.path().string());
      for (auto lang : {i18n::Lang::Fr, i18n::Lang::En}) {
        const std::string want = diagnostics(*from_text, *loaded.root, lang);
        CHECK(diagnostics(*from_snapshot, *loaded.root, lang) == want);
        findings += want.empty() ? 0 : 1;
      }
      ++files;
    }
  CHECK(files >= 15);
  CHECK(findings > 0);  // the invalid examples do have findings: the comparison is not of empty lists
}

TEST_CASE("a schema snapshot cut short or with a stray byte is refused, never half read") {
  const std::string whole = schema::to_snapshot(*compiled("decision.schema.json"));
  for (std::size_t n : {std::size_t{0}, std::size_t{1}, whole.size() / 3, whole.size() / 2, whole.size() - 1})
    CHECK_THROWS(schema::from_snapshot(std::string_view(whole).substr(0, n)));
  CHECK_THROWS(schema::from_snapshot(whole + "x"));
}
