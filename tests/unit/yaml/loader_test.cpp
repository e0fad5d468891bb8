// The guarded loader: every way a file can be wrong gives one diagnostic with its position.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "yaml/loader.hpp"

using namespace sieg;
using sieg::tree::Kind;

namespace {

yaml::LoadResult load(std::string_view s) { return yaml::load(s, "d.yaml", i18n::Lang::En); }

std::string only_code(const yaml::LoadResult& r) {
  REQUIRE(r.diags.size() == 1);
  CHECK_FALSE(r.root.has_value());
  return r.diags[0].code;
}

} // namespace

TEST_CASE("a mapping loads with positions on keys and values") {
  auto r = load("titre: Crèche\nmontant: 40000\nliste:\n  - a\n  - \"0123\"\n");
  REQUIRE(r.diags.empty());
  REQUIRE(r.root);
  const auto& root = *r.root;
  REQUIRE(root.members.size() == 3);
  CHECK(root.members[1].key == "montant");
  CHECK(root.members[1].key_pos.line == 2);
  CHECK(root.members[1].key_pos.col == 1);
  CHECK(root.members[1].value.kind == Kind::Number);
  CHECK(root.members[1].value.number == 40000);
  CHECK(root.members[1].value.pos.col == 10);
  const auto& liste = root.members[2].value;
  REQUIRE(liste.items.size() == 2);
  CHECK(liste.items[1].kind == Kind::String);
  CHECK(liste.items[1].text == "0123");
  CHECK(liste.items[1].pos.line == 5);
}

TEST_CASE("columns count characters, not bytes") {
  auto r = load("éé: [x]\n");
  REQUIRE(r.root);
  CHECK(r.root->members[0].value.pos.col == 5);
}

TEST_CASE("scalars keep their quoting and are typed strictly") {
  auto r = load("a: 'yes'\nb: yes\nc: \"0123\"\nd: 0123\ne: 1e3\nf: 40 000\ng: true\nh: ~\ni:\nj: 12.50\nk: -3\n");
  REQUIRE(r.root);
  auto v = [&](const char* k) { return *r.root->get(k); };
  CHECK(v("a").kind == Kind::String);
  CHECK(v("a").text == "yes");
  CHECK(v("b").kind == Kind::String);  // not true: YAML 1.1 booleans are text
  CHECK(v("c").kind == Kind::String);
  CHECK(v("d").kind == Kind::String);  // not 83, not 123
  CHECK(v("d").text == "0123");
  CHECK(v("e").kind == Kind::Number);
  CHECK_FALSE(v("e").integer_literal);
  CHECK(v("f").kind == Kind::String);
  CHECK(v("g").kind == Kind::Bool);
  CHECK(v("h").kind == Kind::Null);
  CHECK(v("i").kind == Kind::Null);
  CHECK(v("i").pos.line == 9);  // an empty value points at its key
  CHECK(v("j").number == 12.5);
  CHECK(v("k").integer_literal);
}

TEST_CASE("a UTF-8 byte order mark and CRLF line ends are fine") {
  auto r = load("\xEF\xBB\xBF" "a: 1\r\nb: deux\r\n");
  REQUIRE(r.root);
  CHECK(r.root->get("b")->text == "deux");
  CHECK(r.root->members[1].key_pos.line == 2);
}

TEST_CASE("duplicate keys name both positions") {
  auto r = load("titre: a\nbudget: 1\ntitre: b\n");
  CHECK(only_code(r) == "SIEG-L014");
  CHECK(r.diags[0].line == 3);
  CHECK(r.diags[0].col == 1);
  CHECK(r.diags[0].message == "duplicate key 'titre' (already defined at line 1, column 1)");
}

TEST_CASE("duplicate keys of a large mapping (past the linear scan) name the first one, and keep it") {
  std::string text;
  for (int i = 1; i <= 40; ++i) text += "k" + std::to_string(i) + ": " + std::to_string(i) + "\n";
  text += "k3: again\nk40: again\nk41: 41\n";  // lines 41 and 42 repeat lines 3 and 40
  auto r = load(text);
  REQUIRE(r.diags.size() == 2);
  CHECK(r.diags[0].code == "SIEG-L014");
  CHECK(r.diags[0].line == 41);
  CHECK(r.diags[0].message == "duplicate key 'k3' (already defined at line 3, column 1)");
  CHECK(r.diags[1].message == "duplicate key 'k40' (already defined at line 40, column 1)");
}

TEST_CASE("mappings and lists past 4 096 entries, sized by their rate: every entry kept, duplicates found") {
  // Past 4 096 keys the mapping's storage is sized from the rate seen so far (and its key index with it):
  // a denser tail than head (short keys after long ones) and a duplicate after each resize must not be lost.
  std::string text;
  for (int i = 1; i <= 5000; ++i) text += "a_rather_long_key_" + std::to_string(i) + ": " + std::to_string(i) + "\n";
  for (int i = 1; i <= 60000; ++i) text += "k" + std::to_string(i) + ": 1\n";
  text += "a_rather_long_key_1: again\nk59999: again\n";
  auto r = load(text);
  REQUIRE(r.diags.size() == 2);
  CHECK(r.diags[0].message == "duplicate key 'a_rather_long_key_1' (already defined at line 1, column 1)");
  CHECK(r.diags[0].line == 65001);
  CHECK(r.diags[1].message == "duplicate key 'k59999' (already defined at line 64999, column 1)");
  std::string list = "l:\n";
  for (int i = 0; i < 30000; ++i) list += "  - " + std::to_string(i) + "\n";
  list += "flow: [" + std::string("x, ") + "y";
  for (int i = 0; i < 30000; ++i) list += ", " + std::to_string(i);
  list += "]\n";
  auto l = load(list);
  REQUIRE(l.diags.empty());
  const auto& items = l.root->get("l")->items;
  REQUIRE(items.size() == 30000);
  CHECK(items[29999].text == "29999");
  CHECK(items[29999].pos.line == 30001);
  const auto& flow = l.root->get("flow")->items;
  REQUIRE(flow.size() == 30002);
  CHECK(flow.back().text == "29999");
  // Columns on one long line are counted on from the previous item: the last one's is exact.
  const std::size_t line_start = list.rfind('\n', list.size() - 2) + 1;
  CHECK(flow.back().pos.col == static_cast<int>(list.rfind("29999") - line_start + 1));
  auto accents = load("l: [é, é, x]\n");  // characters, not bytes, counted on
  REQUIRE(accents.root);
  CHECK(accents.root->get("l")->items[1].pos.col == 8);
  CHECK(accents.root->get("l")->items[2].pos.col == 11);
}

TEST_CASE("duplicate keys in nested mappings are found too") {
  auto r = load("a:\n  x: 1\n  x: 2\nb:\n  - y: 1\n    y: 2\n");
  REQUIRE(r.diags.size() == 2);
  CHECK(r.diags[0].line == 3);
  CHECK(r.diags[1].line == 6);
  CHECK(r.diags[1].col == 5);
}

TEST_CASE("aliases are refused: billion laughs and cycles answer at once") {
  std::string bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (char c = 'b'; c <= 'l'; ++c) {
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 9; ++i) bomb += std::string(i ? "," : "") + "*" + static_cast<char>(c - 1);
    bomb += "]\n";
  }
  auto start = std::chrono::steady_clock::now();
  auto r = load(bomb);
  CHECK(only_code(r) == "SIEG-L015");
  CHECK(r.diags[0].line == 2);
  auto cyclic = load("c: &c [*c]\n");
  CHECK(only_code(cyclic) == "SIEG-L015");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
}

TEST_CASE("anything after the first document is refused") {
  auto r = load("a: 1\n---\nb: 2\n");
  CHECK(only_code(r) == "SIEG-L012");
  CHECK(r.diags[0].line == 2);
}

TEST_CASE("a leading comma, which yaml-cpp reads as null, is refused") {
  auto r = load(",\na: 1\n");
  CHECK(only_code(r) == "SIEG-L013");
  CHECK(r.diags[0].hint.find("stray comma") != std::string::npos);
  CHECK(only_code(load("a: 1\n,\n")) == "SIEG-L010");
}

TEST_CASE("empty, blank and comment-only files") {
  CHECK(only_code(load("")) == "SIEG-L001");
  CHECK(only_code(load("  \n\n")) == "SIEG-L001");
  CHECK(only_code(load("# dossier\n# rien\n")) == "SIEG-L002");
}

TEST_CASE("the top level must be a mapping") {
  CHECK(only_code(load("- a\n- b\n")) == "SIEG-L019");
  CHECK(only_code(load("juste du texte\n")) == "SIEG-L019");
  CHECK(only_code(load("~\n")) == "SIEG-L013");
}

TEST_CASE("tabs in indentation are named as such") {
  auto r = load("a:\n\tb: 1\n");
  CHECK(only_code(r) == "SIEG-L011");
  CHECK(r.diags[0].line == 2);
  CHECK(r.diags[0].col == 1);
  auto ok = load("a: \"x\n\ty\"\n");  // a tab inside a quoted scalar is fine
  CHECK(ok.root.has_value());
}

TEST_CASE("non-scalar and null keys are refused") {
  CHECK(only_code(load("? [a]\n: 1\n")) == "SIEG-L017");
  CHECK(only_code(load("{a: 1}: 2\n")) == "SIEG-L017");
  CHECK(only_code(load(": 1\n")) == "SIEG-L017");
}

TEST_CASE("explicit tags are refused") {
  CHECK(only_code(load("a: !!int \"12\"\n")) == "SIEG-L016");
  CHECK(only_code(load("a: !!map {}\n")) == "SIEG-L016");
}

TEST_CASE("deep nesting stops at the limit, flow or block") {
  CHECK(only_code(load("a: " + std::string(100, '[') + std::string(100, ']') + "\n")) == "SIEG-L018");
  // Unclosed: yaml-cpp reads deep '[' as implicit keys of flow pairs; refused as well, at once.
  auto unclosed = load("a: " + std::string(100000, '[') + "\n");
  CHECK(unclosed.diags.size() == 1);
  CHECK_FALSE(unclosed.root.has_value());
  std::string dashes = "a: ";
  for (int i = 0; i < 200000; ++i) dashes += "- ";
  CHECK(only_code(load("a:\n  " + dashes.substr(3) + "x\n")) == "SIEG-L018");
  auto ok = load("a: " + std::string(60, '[') + std::string(60, ']') + "\n");
  CHECK(ok.root.has_value());
}

TEST_CASE("brackets far beyond any depth (16 x the limit) are refused before yaml-cpp scans them") {
  // yaml-cpp would scan all 10^6 before its first event (a second, 280 MB); the count stops at 1025.
  auto deep = load("a: " + std::string(1000000, '[') + std::string(1000000, ']') + "\n");
  REQUIRE(deep.diags.size() == 1);
  CHECK(deep.diags[0].code == "SIEG-L018");
  CHECK(deep.diags[0].line == 1);
  CHECK(deep.diags[0].col == 4 + 1024);
  CHECK(deep.diags[0].message == "nesting too deep (over 64 levels)");
  // Brackets inside text count too, but only an absurd number of unclosed ones reaches the bound:
  // 5000 pairs and then 1000 unclosed in quoted strings are read as text.
  std::string pairs;
  for (int i = 0; i < 5000; ++i) pairs += "[]";
  auto text = load("a: \"" + pairs + "\"\nb: \"" + std::string(1000, '[') + "\"\n");
  REQUIRE(text.root.has_value());
  CHECK(text.root->get("b")->text.size() == 1000);
  CHECK(text.diags.empty());
}

TEST_CASE("invalid UTF-8, control bytes and UTF-16 are refused with a position") {
  auto r = load("a: 1\nb: caf\xE9\n");
  CHECK(only_code(r) == "SIEG-L003");
  CHECK(r.diags[0].line == 2);
  CHECK(r.diags[0].col == 7);
  auto nul = load(std::string("a: x\0y\n", 7));
  CHECK(only_code(nul) == "SIEG-L004");
  CHECK(nul.diags[0].col == 5);
  CHECK(only_code(load("\xFF\xFE" "a\0:\0")) == "SIEG-L005");
}

TEST_CASE("numbers out of range are refused") {
  CHECK(only_code(load("a: 1e400\n")) == "SIEG-L020");
  CHECK(only_code(load("a: 1e-400\n")) == "SIEG-L020");
}

TEST_CASE("syntax errors carry yaml-cpp's position, translated into French") {
  auto r = yaml::load("a: [1, 2\nb: 3\n", "d.yaml", i18n::Lang::Fr);
  REQUIRE(r.diags.size() == 1);
  CHECK(r.diags[0].code == "SIEG-L010");
  CHECK(r.diags[0].message.rfind("syntaxe YAML : ", 0) == 0);
}

TEST_CASE("the JSON number grammar decides what a plain scalar is") {
  bool integer = false;
  CHECK(tree::is_json_number("0", integer));
  CHECK(integer);
  CHECK(tree::is_json_number("-12.50", integer));
  CHECK_FALSE(integer);
  CHECK(tree::is_json_number("1E+3", integer));
  for (const char* no : {"0123", "+1", ".5", "1.", "0x1F", "inf", "nan", "1e", "-", "", "1_000", "40 000"}) {
    INFO(no);
    CHECK_FALSE(tree::is_json_number(no, integer));
  }
}
