// The embedded calls' snapshots: those of the call files loaded now, read back to the same bytes.
#include <doctest/doctest.h>

#include "calls/call.hpp"
#include "resources/archive.hpp"
#include "resources/resources.hpp"

using namespace sieg;

TEST_CASE("each embedded call's snapshot is the call file loaded now, and reads back the same") {
  for (const char* name : {"calls/aquitaine-2015.toml", "calls/picardie-sieg.toml"}) {
    INFO(name);
    auto text = resources::find(name);
    auto loaded = calls::load_call(std::string(*text), name, i18n::Lang::En);
    REQUIRE(loaded.call);
    auto snap = resources::snapshot(name, *text);
    REQUIRE(snap.has_value());
    CHECK(*snap == calls::to_snapshot(*loaded.call));
    const calls::Call back = calls::from_snapshot(*snap);
    CHECK(calls::to_snapshot(back) == *snap);
    CHECK(back.rules.size() == loaded.call->rules.size());
    CHECK(back.file == name);
  }
}

TEST_CASE("a call's snapshot cut short or with a stray byte is refused") {
  const std::string whole = calls::to_snapshot(*calls::find_call("aquitaine-2015"));
  for (std::size_t n : {std::size_t{0}, whole.size() / 2, whole.size() - 1})
    CHECK_THROWS(calls::from_snapshot(std::string_view(whole).substr(0, n)));
  CHECK_THROWS(calls::from_snapshot(whole + "x"));
}
