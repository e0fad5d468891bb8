// The schema engine on hand-made schemas: messages, hints, positions, strictness.
#include <doctest/doctest.h>

#include "schema/lookup.hpp"
#include "schema/schema.hpp"
#include "schema/validate.hpp"
#include "yaml/loader.hpp"

using namespace sieg;

namespace {

std::shared_ptr<const schema::CompiledSchema> compile(const std::string& json) {
  auto r = schema::compile_text(json);
  if (!r.errors.empty()) FAIL(r.errors.front());
  return r.schema;
}

std::vector<diag::Diagnostic> check(const std::string& json, const std::string& yaml,
                                    i18n::Lang lang = i18n::Lang::En) {
  auto s = compile(json);
  auto doc = yaml::load(yaml, "d.yaml", lang);
  REQUIRE(doc.root);
  schema::ValidateOptions o;
  o.file = "d.yaml";
  o.lang = lang;
  return schema::validate(*s, *doc.root, o);
}

const char* kPhase = R"({"type":"object","properties":{"phase":{"title":"Phase du projet","x-title-en":"Project phase",
  "enum":["emergence","experimentation_mise_en_oeuvre","evaluation_generalisation"]}}})";

} // namespace

TEST_CASE("an enum error names the field, the value and the closest value") {
  auto d = check(kPhase, "phase: émergence\n", i18n::Lang::Fr);
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "SIEG-S004");
  CHECK(d[0].line == 1);
  CHECK(d[0].col == 8);
  CHECK(d[0].message ==
        "« Phase du projet » (phase) : valeur « émergence » non permise (valeurs permises : emergence, "
        "experimentation_mise_en_oeuvre, evaluation_generalisation)");
  CHECK(d[0].hint == "vouliez-vous dire « emergence » ?");
}

TEST_CASE("an unknown key is an error with the closest known key") {
  const char* s = R"({"type":"object","additionalProperties":false,"properties":{"intitule":{},"resume":{}}})";
  auto d = check(s, "intitule: x\nintitulee: y\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "SIEG-S003");
  CHECK(d[0].line == 2);
  CHECK(d[0].message == "unknown key 'intitulee' in (top level)");
  CHECK(d[0].hint == "did you mean 'intitule'?");
  auto far = check(s, "zzz: 1\n");
  CHECK(far[0].hint == "keys allowed here: intitule, resume");
}

TEST_CASE("integers are written as integers in YAML") {
  const char* s = R"({"type":"object","properties":{"n":{"type":"integer","title":"Durée"}}})";
  CHECK(check(s, "n: 12\n").empty());
  auto lead = check(s, "n: 0123\n");
  REQUIRE(lead.size() == 1);
  CHECK(lead[0].code == "SIEG-S001");
  CHECK(lead[0].message == "'Durée' (n): expected an integer, found the text '0123'");
  CHECK(lead[0].hint == "write the number without a leading zero: 123");
  CHECK(check(s, "n: 1e3\n")[0].hint == "write the integer in digits: 1000");
  CHECK(check(s, "n: 40 000\n")[0].hint == "write the number in digits, without spaces or symbols: 40000");
  CHECK(check(s, "n: 12,5\n")[0].hint == "use a point as the decimal separator: 12.5");
  CHECK(check(s, "n: 2.5\n")[0].hint == "an integer is expected, without decimals");
}

TEST_CASE("strings keep their text; numbers under a string field ask for quotes") {
  const char* s = R"({"type":"object","properties":{"cp":{"type":"string","pattern":"^[0-9]{5}$"}}})";
  CHECK(check(s, "cp: \"02100\"\n").empty());
  auto d = check(s, "cp: 33000\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].hint == "quote the value: \"33000\"");
  auto p = check(s, "cp: \"3300\"\n");
  CHECK(p[0].code == "SIEG-S008");
}

TEST_CASE("booleans: yes/oui get a hint") {
  const char* s = R"({"type":"object","properties":{"b":{"type":"boolean"}}})";
  auto d = check(s, "b: oui\n", i18n::Lang::Fr);
  REQUIRE(d.size() == 1);
  CHECK(d[0].hint == "écrivez true (oui) ou false (non)");
}

TEST_CASE("required fields are reported at the mapping, with the field's title") {
  const char* s = R"({"type":"object","required":["porteur"],"properties":{"porteur":{"type":"object",
    "title":"Porteur","required":["nom"],"properties":{"nom":{"title":"Nom du porteur"}}}}})";
  auto d = check(s, "porteur:\n  statut: association\n", i18n::Lang::Fr);
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "SIEG-S002");
  CHECK(d[0].line == 2);
  CHECK(d[0].col == 3);
  CHECK(d[0].message == "champ obligatoire manquant : « Nom du porteur » (porteur.nom)");
  CHECK(d[0].hint == "ajoutez la ligne « nom: … »");
}

TEST_CASE("list items are numbered from 1 in paths") {
  const char* s = R"({"type":"object","properties":{"l":{"type":"array","items":{"type":"string"}}}})";
  auto d = check(s, "l:\n  - a\n  - 3\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "l[2]: expected a text, found the number 3");
  CHECK(d[0].line == 3);
}

TEST_CASE("dates must exist in the calendar") {
  const char* s = R"({"type":"object","properties":{"d":{"type":"string","format":"date"}}})";
  CHECK(check(s, "d: 2016-02-29\n").empty());
  CHECK(check(s, "d: 2015-02-29\n")[0].code == "SIEG-S009");
  CHECK(check(s, "d: 2015-02-30\n")[0].code == "SIEG-S009");
  CHECK(check(s, "d: 29/05/2015\n")[0].code == "SIEG-S009");
}

TEST_CASE("e-mail addresses") {
  const char* s = R"({"type":"object","properties":{"m":{"type":"string","format":"email"}}})";
  CHECK(check(s, "m: ami.is@aquitaine.fr\n").empty());
  CHECK(check(s, "m: ami.is@aquitaine\n")[0].code == "SIEG-S009");
  CHECK(check(s, "m: a b@c.fr\n")[0].code == "SIEG-S009");
}

TEST_CASE("strict compile refuses unknown keywords and unchecked formats") {
  auto r = schema::compile_text(R"({"type":"object","properties":{"a":{"type":"string","maxLenght":3}}})");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == "/properties/a/maxLenght: keyword 'maxLenght' is not supported by sieg's schema engine");
  auto f = schema::compile_text(R"({"format":"uri"})");
  REQUIRE(f.errors.size() == 1);
  auto sib = schema::compile_text(R"({"definitions":{"a":{}},"properties":{"x":{"$ref":"#/definitions/a","minimum":1}}})");
  CHECK(sib.errors.size() == 1);
  CHECK(schema::compile_text(R"({"title":"t","x-personal":true,"$comment":"c","examples":[1]})").errors.empty());
  CHECK(schema::compile_text(R"({"$ref":"#/definitions/none"})").errors.size() == 1);
  CHECK(schema::compile_text(R"({"pattern":"(["})").errors.size() == 1);
  CHECK(schema::compile_text("{").errors.size() == 1);
}

TEST_CASE("oneOf with no match hints at the closest form") {
  const char* s = R"({"type":"object","properties":{"v":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0}]}}})";
  auto d = check(s, "v: -4\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "SIEG-S019");
  CHECK(d[0].hint == "the closest form fails with: v: -4 is less than the minimum 0");
}

TEST_CASE("a self-referencing schema with no progress stops") {
  auto s = compile(R"({"definitions":{"a":{"$ref":"#/definitions/b"},"b":{"$ref":"#/definitions/a"}},"$ref":"#/definitions/a"})");
  auto doc = yaml::load("x: 1\n", "d.yaml", i18n::Lang::En);
  schema::ValidateOptions o;
  auto d = schema::validate(*s, *doc.root, o);
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "SIEG-S099");
}

TEST_CASE("x-enum-titles: labels of enum values, French and English, checked when compiled") {
  auto ok = schema::compile_text(R"({"properties":{"p":{"enum":["a"],"x-enum-titles":{"a":["Á","A"]}}}})");
  REQUIRE(ok.errors.empty());
  CHECK(schema::enum_label(*ok.schema, "p", "a", false) == "Á");
  CHECK(schema::enum_label(*ok.schema, "p", "a", true) == "A");
  CHECK(schema::enum_label(*ok.schema, "p", "b", true) == "b");  // no label: the value itself
  auto bad = schema::compile_text(R"({"x-enum-titles":{"a":"A"}})");
  REQUIRE(bad.errors.size() == 1);
  CHECK(bad.errors[0] == "/x-enum-titles: must map values to [French, English] pairs");
}
