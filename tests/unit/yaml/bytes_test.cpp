#include <doctest/doctest.h>

#include "yaml/bytes.hpp"

using namespace sieg::yaml;

TEST_CASE("valid UTF-8, tabs, CRLF and a BOM pass the byte check") {
  CHECK_FALSE(check_bytes("titre: « Crèche à horaires décalés »\r\n\tx").has_value());
  CHECK_FALSE(check_bytes("\xEF\xBB\xBFtitre: a").has_value());
  CHECK_FALSE(check_bytes("emoji: \xF0\x9F\x98\x80").has_value());
}

TEST_CASE("invalid UTF-8 is found with its offset") {
  auto i = check_bytes("ab: caf\xE9\n");  // Latin-1 é
  REQUIRE(i.has_value());
  CHECK(i->problem == ByteProblem::InvalidUtf8);
  CHECK(i->offset == 7);
  CHECK(i->value == 0xE9);
  CHECK(check_bytes("\xC0\xAF")->problem == ByteProblem::InvalidUtf8);            // overlong '/'
  CHECK(check_bytes("a\xED\xA0\x80")->problem == ByteProblem::InvalidUtf8);       // surrogate
  CHECK(check_bytes("a\xF4\x90\x80\x80")->problem == ByteProblem::InvalidUtf8);   // > U+10FFFF
  CHECK(check_bytes("a\xE2\x82")->problem == ByteProblem::InvalidUtf8);           // truncated
}

TEST_CASE("control characters are refused, except tab, LF and CR") {
  auto nul = check_bytes(std::string_view("a: b\0c", 6));
  REQUIRE(nul.has_value());
  CHECK(nul->problem == ByteProblem::ControlChar);
  CHECK(nul->offset == 4);
  CHECK(check_bytes("a\x7F")->problem == ByteProblem::ControlChar);
  CHECK(check_bytes("a\xC2\x80")->problem == ByteProblem::ControlChar);  // C1
  CHECK(check_bytes("a\x1B[0m")->value == 0x1B);
}

TEST_CASE("UTF-16 is recognised by its byte order mark or interleaved NULs") {
  CHECK(check_bytes("\xFF\xFEt\0i\0")->problem == ByteProblem::Utf16or32);
  CHECK(check_bytes(std::string_view("t\0i\0", 4))->problem == ByteProblem::Utf16or32);
  CHECK(check_bytes(std::string_view("\0t\0i", 4))->problem == ByteProblem::Utf16or32);
}

TEST_CASE("locate gives 1-based lines and character columns") {
  std::string_view text = "a: 1\nété: x\n";
  auto starts = line_starts(text);
  CHECK(locate(text, starts, 0).line == 1);
  auto lc = locate(text, starts, text.find("x"));
  CHECK(lc.line == 2);
  CHECK(lc.col == 6);  // é,t,é,:,space are 5 characters but 7 bytes
}
