#include <doctest/doctest.h>

#include "decision/decision.hpp"
#include "scaffold/scaffold.hpp"

using namespace sieg;

namespace {
std::string replace(std::string s, const std::string& from, const std::string& to) {
  auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}
} // namespace

TEST_CASE("the decision scaffold is a decision to take as it is, and valid once filled") {
  scaffold::DecisionTemplate t;
  t.dossier_id = "d01";
  t.dossier_title = "Micro-crèche\nà horaires décalés";
  t.context = {"score: 24.00 / 36.00"};
  t.date = "2015-07-10";
  t.schema_path = "../../schemas/decision.schema.json";
  for (auto lang : {i18n::Lang::Fr, i18n::Lang::En}) {
    std::string text = scaffold::decision_template(t, lang);
    CHECK(text.rfind("# yaml-language-server: $schema=../../schemas/decision.schema.json\n", 0) == 0);
    CHECK(text.find("#   score: 24.00 / 36.00\n") != std::string::npos);
    CHECK(text.find("Micro-crèche à horaires") != std::string::npos);  // the title on one comment line
    auto as_is = decision::load_decision_bytes(text, "decision.yaml", lang);
    CHECK(as_is.pending);
    std::string filled = replace(text, "\ndecision:", "\ndecision: retenu");
    filled = replace(filled, "\n# montant_accorde:", "\nmontant_accorde: 25000");
    filled = replace(filled, "\nmotifs:", "\nmotifs: \"Besoin établi.\"");
    auto l = decision::load_decision_bytes(filled, "decision.yaml", lang);
    for (const auto& d : l.diags) MESSAGE(d.message);
    REQUIRE(l.decision);
    CHECK(*l.decision->granted == 2500000);
    CHECK(l.decision->date == "2015-07-10");
  }
}
