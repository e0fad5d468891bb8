// lib/tree/path and node: dossier paths over the positioned tree.
#include <doctest/doctest.h>

#include "tree/path.hpp"
#include "yaml/loader.hpp"

using namespace sieg;

namespace {
tree::Node load(const char* text) {
  auto r = yaml::load(text, "t.yaml", i18n::Lang::En);
  REQUIRE(r.root.has_value());
  return std::move(*r.root);
}
} // namespace

TEST_CASE("select: keys, every item of a list, nothing when a key is missing") {
  tree::Node n = load("budget:\n  aide: 3\n  lignes:\n    - {montant: 1}\n    - {montant: 2}\n");
  auto aide = tree::select(n, "budget.aide");
  REQUIRE(aide.size() == 1);
  CHECK(aide[0]->text == "3");
  auto lines = tree::select(n, "budget.lignes[].montant");
  REQUIRE(lines.size() == 2);
  CHECK(lines[1]->text == "2");
  CHECK(lines[1]->pos.line == 5);
  CHECK(tree::select(n, "budget.absent").empty());
  CHECK(tree::select(n, "budget.aide.plus").empty());
}

TEST_CASE("missing_pos points at the deepest mapping that exists; valid_path; filled") {
  tree::Node n = load("a:\n  b:\n    c: 1\n");
  CHECK(tree::missing_pos(n, "a.b.x").line == 3);
  CHECK(tree::valid_path("partenaires[].nature"));
  CHECK_FALSE(tree::valid_path("a..b"));
  CHECK_FALSE(tree::valid_path("A.b"));
  tree::Node blank = load("x: '  '\ny: []\nz: 0\n");
  CHECK_FALSE(tree::filled(*blank.get("x")));
  CHECK_FALSE(tree::filled(*blank.get("y")));
  CHECK(tree::filled(*blank.get("z")));
}

TEST_CASE("node: equality as JSON Schema sees it; JSON number grammar") {
  tree::Node a = load("x: 1\ny: [1, 2]\n"), b = load("y: [1.0, 2]\nx: 1.0\n"), c = load("x: 1\ny: [2, 1]\n");
  CHECK(tree::equal(a, b));
  CHECK_FALSE(tree::equal(a, c));
  bool integer = false;
  CHECK(tree::is_json_number("-12", integer));
  CHECK(integer);
  CHECK(tree::is_json_number("1e3", integer));
  CHECK_FALSE(integer);
  CHECK_FALSE(tree::is_json_number("0123", integer));
  CHECK_FALSE(tree::is_json_number(".5", integer));
}

TEST_CASE("cut: what a message quotes of the input stays short, cut between characters") {
  CHECK(tree::cut("court") == "court");
  CHECK(tree::cut(std::string(2000000, 'k')) == std::string(60, 'k') + "…");
  CHECK(tree::cut("ééé", 2) == "éé…");
}
