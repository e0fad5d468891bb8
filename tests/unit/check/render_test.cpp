// sieg check's pieces: globs, sieg.toml, and the escaping each CI format requires.
#include <doctest/doctest.h>

#include <set>

#include <nlohmann/json.hpp>

#include "calls/call.hpp"
#include "codes/registry.hpp"
#include "calls/render.hpp"
#include "check/render.hpp"
#include "config/config.hpp"

using namespace sieg;

TEST_CASE("globs: *, ?, ** and classes on relative paths") {
  using config::glob_match;
  CHECK(glob_match("dossiers/*.yaml", "dossiers/a.yaml"));
  CHECK_FALSE(glob_match("dossiers/*.yaml", "dossiers/x/a.yaml"));
  CHECK(glob_match("dossiers/**/*.yaml", "dossiers/a.yaml"));
  CHECK(glob_match("dossiers/**/*.yaml", "dossiers/x/y/a.yaml"));
  CHECK(glob_match("**/*.yaml", "a.yaml"));
  CHECK(glob_match("**/*.yaml", "x/a.yaml"));
  CHECK_FALSE(glob_match("**/*.yaml", "x/a.yml"));
  CHECK(glob_match("d/a?.yaml", "d/ab.yaml"));
  CHECK(glob_match("d/[ab].yaml", "d/b.yaml"));
  CHECK_FALSE(glob_match("d/*.yaml", "d/.hidden.yaml"));
}

namespace {
std::vector<diag::Diagnostic> load(const std::string& text) {
  return config::load_config(text, "sieg.toml", i18n::Lang::En, codes::codes(calls::builtin_calls())).diags;
}
} // namespace

TEST_CASE("sieg.toml: keys, severities, and checks turned off only with a reason") {
  auto ok = config::load_config("call = \"aquitaine-2015\"\ndossiers = [\"d/*.yaml\"]\n[severity]\nSIEG-E016 = \"error\"\n"
                                "[[off]]\ncode = \"SIEG-E025\"\nreason = \"hors sujet\"\n",
                                "repo/sieg.toml", i18n::Lang::En, codes::codes(calls::builtin_calls()));
  REQUIRE(ok.config.has_value());
  CHECK(ok.config->root == "repo");
  CHECK(ok.config->dossiers == std::vector<std::string>{"d/*.yaml"});
  CHECK(ok.config->severity.at("SIEG-E016") == diag::Severity::Error);
  CHECK(ok.config->off[0].reason == "hors sujet");
  auto no_reason = load("[[off]]\ncode = \"SIEG-E025\"\n");
  REQUIRE(no_reason.size() == 1);
  CHECK(no_reason[0].code == "SIEG-T001");
  CHECK(no_reason[0].line == 1);
  CHECK(no_reason[0].message == "a reason is mandatory to turn a check off (reason = \"…\")");
  auto typo = load("[severity]\nSIEG-E16 = \"error\"\n");
  REQUIRE(typo.size() == 1);
  CHECK(typo[0].line == 2);
  CHECK(typo[0].message == "unknown code 'SIEG-E16'; did you mean 'SIEG-E016'?");
  auto level = load("[severity]\nSIEG-E016 = \"fatal\"\n");
  REQUIRE(level.size() == 1);
  CHECK(level[0].message == "'SIEG-E016': error, warning or info expected");
  auto key = load("dossier = [\"*.yaml\"]\n");
  REQUIRE(key.size() == 1);
  CHECK(key[0].message.rfind("unknown key 'dossier'", 0) == 0);
}

TEST_CASE("GitHub workflow commands: data and property escaping") {
  CHECK(check::github_data("100% sûr\r\nligne 2") == "100%25 sûr%0D%0Aligne 2");
  CHECK(check::github_property("a:b,c%") == "a%3Ab%2Cc%25");
}

TEST_CASE("XML escaping for JUnit") {
  CHECK(check::xml_escape("<a href=\"x\">l'été & co</a>") == "&lt;a href=&quot;x&quot;&gt;l&apos;été &amp; co&lt;/a&gt;");
  CHECK(check::xml_escape(std::string("a\x01z")) == "a?z");
}

TEST_CASE("GitLab fingerprints are stable and distinct") {
  CHECK(check::fingerprint("SIEG-E013\x1f" "d.yaml\x1fmsg\x1f" "0") == check::fingerprint("SIEG-E013\x1f" "d.yaml\x1fmsg\x1f" "0"));
  CHECK(check::fingerprint("a") != check::fingerprint("b"));
  CHECK(check::fingerprint("a").size() == 32);
}

TEST_CASE("the catalogue knows every code once, with a title in both languages") {
  auto cat = codes::catalogue(calls::builtin_calls());
  std::set<std::string> seen;
  for (const auto& e : cat) {
    INFO(e.code);
    CHECK(seen.insert(e.code).second);
    CHECK_FALSE(e.title.fr.empty());
    CHECK_FALSE(e.title.en.empty());
  }
  CHECK(seen.count("SIEG-E013") == 1);
  CHECK(seen.count("SIEG-L014") == 1);
}

TEST_CASE("sieg explain covers every code of the registry") {
  const auto& all = calls::builtin_calls();
  for (const auto& c : codes::catalogue(all)) {
    bool rule = calls::render_explain(c.code, all, i18n::Lang::En).has_value();
    auto fixed = codes::explain(c.code, i18n::Lang::Fr);
    CHECK_MESSAGE((rule || fixed.has_value()), c.code);
    if (!rule) {
      REQUIRE(fixed.has_value());
      CHECK_MESSAGE(fixed->find("Que faire : ") != std::string::npos, c.code);
      CHECK_MESSAGE(fixed->find("man ") != std::string::npos, c.code);
    }
  }
  CHECK_FALSE(codes::explain("SIEG-X999", i18n::Lang::En).has_value());
}

TEST_CASE("streamed renderings of a report without files: empty lists, as a whole report gives them") {
  check::Report r;
  std::string j = check::render_json(r, 0);
  CHECK(j.rfind("{\n  \"version\": 1,\n  \"files\": [],\n  \"off\": [],", 0) == 0);
  CHECK(nlohmann::json::parse(j)["files"].empty());
  CHECK(check::render_gitlab(r) == "[]\n");
  CHECK(check::render_github(r).empty());
  auto sarif = nlohmann::json::parse(check::render_sarif(r, i18n::Lang::En));
  CHECK(sarif["runs"][0]["results"].empty());
  CHECK(sarif["runs"][0]["properties"]["notShown"] == 0);
  std::string junit = check::render_junit(r, i18n::Lang::En, 0);
  CHECK(junit == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"sieg check\" tests=\"0\" failures=\"0\" errors=\"0\" time=\"0.000\">\n</testsuites>\n");
}

TEST_CASE("JUnit: suites held in memory (no temporary file to be had) give the bytes of suites spilled to one") {
  check::Report r;
  for (int i = 0; i < 3; ++i) {
    check::FileReport f;
    f.file = "dossiers/d" + std::to_string(i) + ".yaml";
    f.call = calls::find_call("aquitaine-2015");
    f.eligible = i != 1;
    if (i == 1) {
      diag::Diagnostic d;
      d.code = "SIEG-E013";
      d.file = f.file;
      d.line = 4;
      d.col = 2;
      d.message = "budget < & >";
      f.diags.push_back(d);
    }
    r.files.push_back(f);
    check::FileReport review;
    review.file = "evaluations/d" + std::to_string(i) + "/a.yaml";
    review.kind = check::Kind::Review;
    r.files.push_back(review);
  }
  r.file_count = static_cast<int>(r.files.size());
  auto spilled = check::junit_stream(i18n::Lang::En, true);
  auto held = check::junit_stream(i18n::Lang::En, false);
  const std::string a = check::render_stream(*spilled, r, 1.5), b = check::render_stream(*held, r, 1.5);
  CHECK(a == b);
  CHECK(a == check::render_junit(r, i18n::Lang::En, 1.5));
  CHECK(a.find("<testsuite name=\"dossiers/d2.yaml\"") != std::string::npos);
  CHECK(a.find("budget &lt; &amp; &gt;") != std::string::npos);
}

TEST_CASE("sarif_uri: RFC 3986, so that a file name never breaks SARIF nor reads as a fragment") {
  CHECK(check::sarif_uri("dossiers/crèche solidaire.yaml") == "dossiers/cr%C3%A8che%20solidaire.yaml");
  CHECK(check::sarif_uri("projet#2.yaml") == "projet%232.yaml");
  CHECK(check::sarif_uri("a?b%c.yaml") == "a%3Fb%25c.yaml");
  CHECK(check::sarif_uri("/srv/d/x.yaml") == "file:///srv/d/x.yaml");
  CHECK(check::sarif_uri("plain-name_1.0~x.yaml") == "plain-name_1.0~x.yaml");
  CHECK(check::sarif_uri(std::string("caf\xe9.yaml")) == "caf%E9.yaml");
}
