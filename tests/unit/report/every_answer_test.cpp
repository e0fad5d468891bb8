// The report shows every answer: a dossier that fills every text field of the schema (each with a text
// of its own) has each of those texts in the Markdown and the HTML report, under the schema's title.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/report.hpp"
#include "report/render.hpp"
#include "resources/resources.hpp"
#include "../schema_json.hpp"
#include "../temp_dir.hpp"

using namespace sieg;
using testing::deref;
using testing::json;

namespace {

// A value for every property; free texts get "answer-N" and are remembered with their path.
json fill(const json& doc, const json& s, const std::string& path, std::vector<std::pair<std::string, std::string>>& texts) {
  const json& d = deref(doc, s);
  std::string t = testing::type_of(d);
  if (d.contains("enum")) return d["enum"][0];
  if (t == "object") {
    json o = json::object();
    if (d.contains("properties"))
      for (auto it = d["properties"].begin(); it != d["properties"].end(); ++it)
        o[it.key()] = fill(doc, it.value(), path.empty() ? it.key() : path + "." + it.key(), texts);
    return o;
  }
  if (t == "array") {
    const json& items = deref(doc, d["items"]);
    if (items.contains("enum")) return json::array({items["enum"][0]});
    return json::array({fill(doc, d["items"], path + "[]", texts)});
  }
  if (t == "integer") return d.contains("minimum") ? json(d["minimum"].get<long long>() + 114) : json(1);
  if (t == "number") return 100;
  if (t == "boolean") return false;
  if (auto text = testing::formatted_text(d)) return *text;
  std::string text = "answer-" + std::to_string(texts.size() + 1);
  texts.emplace_back(path, text);
  return text;
}

} // namespace

TEST_CASE("report: every answer of a dossier that fills the whole form is shown, in Markdown and HTML") {
  json doc = json::parse(*resources::find("dossier.schema.json"));
  std::vector<std::pair<std::string, std::string>> texts;
  json dossier = fill(doc, doc, "", texts);
  dossier["format"] = 1;
  dossier["appel"] = "aquitaine-2015";
  dossier["calendrier"]["duree_mois"] = 12;
  // The self-assessment is the scoring's (its levels and justifications are the grid's table), not this test's.
  dossier.erase("auto_evaluation");
  texts.erase(std::remove_if(texts.begin(), texts.end(), [](const auto& t) { return t.first.rfind("auto_evaluation", 0) == 0; }),
              texts.end());
  testing::InTempDir t;
  {
    std::ofstream out("d.yaml");
    out << dossier.dump(2);  // JSON is YAML
  }
  pipeline::Settings s;
  s.no_config = true;
  auto repo = pipeline::open_repository(".", s, i18n::Lang::Fr).repo;
  pipeline::Options po;
  po.lang = i18n::Lang::Fr;
  auto e = pipeline::evaluate("d.yaml", *repo, po);
  for (const auto& d : e.diags) MESSAGE(d.code << " " << d.message);
  REQUIRE(e.shape_ok);
  report::Options o;
  auto built = pipeline::build_report(std::move(e), o);
  REQUIRE(built.report);
  std::string md = report::render_markdown(*built.report);
  std::string html = report::render_html(*built.report);
  CHECK(texts.size() > 50);
  for (const auto& [path, text] : texts) {
    INFO(path << " = " << text);
    // "answer-1" must not match inside "answer-12": the text is followed by a non-digit
    auto shown = [&](const std::string& page) {
      for (std::size_t at = page.find(text); at != std::string::npos; at = page.find(text, at + 1))
        if (at + text.size() >= page.size() || !std::isdigit(static_cast<unsigned char>(page[at + text.size()]))) return true;
      return false;
    };
    CHECK(shown(md));
    CHECK(shown(html));
  }
}
