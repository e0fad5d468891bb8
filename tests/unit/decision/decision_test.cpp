#include <doctest/doctest.h>

#include "calls/call.hpp"
#include "decision/decision.hpp"

using namespace sieg;

namespace {

decision::Loaded load(const std::string& yaml) { return decision::load_decision_bytes(yaml, "evaluations/d01/decision.yaml", i18n::Lang::En); }

std::vector<std::string> codes(const std::vector<diag::Diagnostic>& diags) {
  std::vector<std::string> out;
  for (const auto& d : diags) out.push_back(d.code);
  return out;
}

decision::Context context(std::optional<values::Cents> requested = 3000000, bool eligible = true) {
  decision::Context c;
  c.id = "d01";
  c.call = calls::find_call("aquitaine-2015");
  c.requested = requested;
  c.eligible = eligible;
  c.lang = i18n::Lang::En;
  return c;
}

} // namespace

TEST_CASE("a decision file: its name, its typed values, the amount exactly in cents") {
  CHECK(decision::is_decision_file("evaluations/d01/decision.yaml"));
  CHECK(decision::is_decision_file("decision.yml"));
  CHECK_FALSE(decision::is_decision_file("evaluations/d01/decision-evaluation.yaml"));
  CHECK_FALSE(decision::is_decision_file("evaluations/d01/my-decision.yaml"));
  auto l = load("format: 1\ndossier: d01\ndecision: retenu\nmontant_accorde: 20000.01\ndate: 2015-07-10\ninstance: CP\nmotifs: \"Oui.\"\n");
  REQUIRE(l.decision);
  CHECK(l.diags.empty());
  CHECK(l.decision->outcome == decision::Outcome::Retained);
  CHECK(*l.decision->granted == 2000001);
  CHECK(l.decision->date == "2015-07-10");
  CHECK(l.decision->body == "CP");
  CHECK(l.decision->granted_pos.line == 4);
  CHECK(decision::check(*l.decision, context()).empty());
}

TEST_CASE("the schema: the outcome among three, the reasons required, no unknown key") {
  CHECK_FALSE(load("format: 1\ndossier: d01\ndecision: accepte\nmotifs: x\n").decision);
  CHECK_FALSE(load("format: 1\ndossier: d01\ndecision: refuse\n").decision);
  CHECK_FALSE(load("format: 1\ndossier: d01\ndecision: refuse\nmotifs: x\nmontant: 3\n").decision);
  CHECK_FALSE(load("format: 1\ndossier: d01\ndecision: retenu\nmontant_accorde: 10.001\nmotifs: x\n").decision);
}

TEST_CASE("an empty decision is one to take (SIEG-D009, a warning), not an error") {
  auto l = load("format: 1\ndossier: d01\ndecision:\ndate: 2015-07-10\nmotifs:\n");
  CHECK(l.pending);
  CHECK_FALSE(l.decision);
  REQUIRE(l.diags.size() == 1);
  CHECK(l.diags[0].code == "SIEG-D009");
  CHECK(l.diags[0].severity == diag::Severity::Warning);
  CHECK(l.diags[0].line == 3);
  // Reasons written but no decision: an error of the schema, not a decision to take.
  auto half = load("format: 1\ndossier: d01\ndecision:\nmotifs: \"Bon dossier.\"\n");
  CHECK_FALSE(half.pending);
  CHECK_FALSE(half.diags.empty());
}

TEST_CASE("checks against the dossier: another id, an amount missing or out of place") {
  auto other = load("format: 1\ndossier: d02\ndecision: refuse\nmotifs: x\n");
  CHECK(codes(decision::check(*other.decision, context())) == std::vector<std::string>{"SIEG-D001"});
  auto none = load("format: 1\ndossier: d01\ndecision: retenu\nmotifs: x\n");
  CHECK(codes(decision::check(*none.decision, context())) == std::vector<std::string>{"SIEG-D002"});
  auto zero = load("format: 1\ndossier: d01\ndecision: retenu\nmontant_accorde: 0\nmotifs: x\n");
  CHECK(codes(decision::check(*zero.decision, context())) == std::vector<std::string>{"SIEG-D002"});
  auto refused = load("format: 1\ndossier: d01\ndecision: ajourne\nmontant_accorde: 5000\nmotifs: x\n");
  auto found = decision::check(*refused.decision, context());
  REQUIRE(found.size() == 1);
  CHECK(found[0].code == "SIEG-D003");
  CHECK(found[0].message == "amount granted (€5,000.00) for a dossier deferred: only a retained dossier receives aid");
}

TEST_CASE("the call's cap is an error quoting §7; above the request and ineligible are warnings") {
  auto at_cap = load("format: 1\ndossier: d01\ndecision: retenu\nmontant_accorde: 40000\nmotifs: x\n");
  CHECK(codes(decision::check(*at_cap.decision, context(4000000))).empty());
  auto over = load("format: 1\ndossier: d01\ndecision: retenu\nmontant_accorde: 40000.01\nmotifs: x\n");
  auto found = decision::check(*over.decision, context(3000000));
  REQUIRE(found.size() == 2);
  CHECK(found[0].code == "SIEG-D004");
  CHECK(found[0].severity == diag::Severity::Error);
  CHECK(found[0].message.find("(€40,000.01) above the aid's cap (€40,000.00) — AMI Aquitaine 2015, §7") != std::string::npos);
  CHECK(found[1].code == "SIEG-D005");
  CHECK(found[1].severity == diag::Severity::Warning);
  // SIEG Picardie sets no cap: no D004, whatever the amount.
  decision::Context picardie = context(std::nullopt);
  picardie.call = calls::find_call("picardie-sieg");
  CHECK(decision::check(*over.decision, picardie).empty());
  diag::Diagnostic why;
  why.code = "SIEG-E004";
  why.message = "before any commercialisation";
  decision::Context ineligible = context(4000000, false);
  ineligible.failure = &why;
  auto ok = load("format: 1\ndossier: d01\ndecision: retenu\nmontant_accorde: 1000\nmotifs: x\n");
  found = decision::check(*ok.decision, ineligible);
  REQUIRE(found.size() == 1);
  CHECK(found[0].code == "SIEG-D006");
  CHECK(found[0].message == "dossier retained although it is not eligible: [SIEG-E004] before any commercialisation");
  auto refused = load("format: 1\ndossier: d01\ndecision: refuse\nmotifs: x\n");
  CHECK(decision::check(*refused.decision, ineligible).empty());
}

TEST_CASE("the envelope: by how much it is exceeded, to the cent") {
  auto d = decision::over_envelope(4500001, 4000000, "sieg.toml", i18n::Lang::Fr);
  CHECK(d.code == "SIEG-D007");
  CHECK(d.severity == diag::Severity::Warning);
  CHECK(d.file == "sieg.toml");
  CHECK(d.message == "les aides accordées (45\u202f000,01\u00a0€) dépassent l'enveloppe de l'appel (40\u202f000,00\u00a0€) de 5\u202f000,01\u00a0€");
}
