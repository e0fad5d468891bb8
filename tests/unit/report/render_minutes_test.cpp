#include <doctest/doctest.h>

#include "grids/grid.hpp"
#include "report/minutes.hpp"

using namespace sieg;

namespace {

report::Minutes hostile() {
  report::Minutes m;
  m.title = "PV <script>alert(1)</script>";
  m.date = "2015-07-10";
  report::MinutesGrid g;
  g.grid = grids::find_grid("aquitaine");
  report::MinutesEntry e;
  e.entry.rank = 1;
  e.entry.result.dossier.id = "d01";
  e.entry.result.dossier.title = "Titre | avec <img src=x onerror=alert(1)>";
  e.entry.result.dossier.carrier = "Porteur *gras* [lien](javascript:x)";
  e.entry.result.dossier.aid = 3000000;
  e.entry.result.max = values::Rational(36);
  e.entry.result.total = values::Rational(24);
  decision::Decision d;
  d.dossier = "d01";
  d.outcome = decision::Outcome::Retained;
  d.granted = 2500000;
  d.reasons = "Motifs\n# pas un titre";
  e.decision = d;
  g.entries.push_back(e);
  m.grids.push_back(g);
  m.retained = 1;
  m.granted = 2500000;
  m.envelope = 4000000;
  return m;
}

} // namespace

TEST_CASE("the minutes in HTML and Markdown: dossier text stays text") {
  auto m = hostile();
  std::string html = report::render_minutes_html(m);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("&lt;script&gt;") != std::string::npos);
  CHECK(html.find("<tr data-dossier=\"d01\" data-standing=\"ranked\" data-decision=\"retenu\">") != std::string::npos);
  std::string md = report::render_minutes_markdown(m);
  CHECK(md.find("Titre \\| avec") != std::string::npos);  // a | never splits the table's cell
  CHECK(md.find("\n# pas un titre") == std::string::npos);  // a line break never starts a heading
  CHECK(md.find("\\[lien\\](javascript:x)") != std::string::npos);  // brackets escaped: no link
}

TEST_CASE("the minutes in JSON: amounts in euros, what is left of the envelope") {
  auto m = hostile();
  std::string json = report::render_minutes_json(m);
  CHECK(json.find("\"granted\": 25000") != std::string::npos);
  CHECK(json.find("\"remaining\": 15000") != std::string::npos);
  CHECK(json.find("\"amount_granted\": 25000") != std::string::npos);
  CHECK(json.find("\"standing\": \"ranked\"") != std::string::npos);
}
