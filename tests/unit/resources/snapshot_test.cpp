// The compact binary form (resources/archive.hpp) and the snapshot file's entries (snapshot.cpp).
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "resources/archive.hpp"
#include "resources/resources.hpp"

using namespace sieg;

namespace {
template <typename T>
T round_trip(const T& v) {
  resources::Writer w;
  w(v);
  resources::Reader r(w.bytes());
  T out{};
  r(out);
  CHECK(r.done());
  return out;
}

template <typename T>
std::string bytes_of(const T& v) {
  resources::Writer w;
  w(v);
  return w.bytes();
}
} // namespace

TEST_CASE("integers are varints, signed ones zigzagged; doubles their 8 bytes; strings their size first") {
  CHECK(bytes_of(0u) == std::string("\0", 1));
  CHECK(bytes_of(127u) == "\x7f");
  CHECK(bytes_of(300u) == "\xac\x02");
  CHECK(bytes_of(-1) == "\x01");
  CHECK(bytes_of(1) == "\x02");
  CHECK(bytes_of(-64) == "\x7f");
  CHECK(bytes_of(true) == "\x01");
  CHECK(bytes_of(std::string("ab")) == "\x02" "ab");
  CHECK(bytes_of(1.0).size() == 8);
  CHECK(bytes_of(std::optional<int>()) == std::string("\0", 1));
  CHECK(bytes_of(std::vector<unsigned>{1, 2}) == "\x02\x01\x02");
}

TEST_CASE("every kind of value reads back as it was written") {
  CHECK(round_trip(std::numeric_limits<long long>::min()) == std::numeric_limits<long long>::min());
  CHECK(round_trip(std::numeric_limits<long long>::max()) == std::numeric_limits<long long>::max());
  CHECK(round_trip(std::numeric_limits<std::uint64_t>::max()) == std::numeric_limits<std::uint64_t>::max());
  CHECK(round_trip(-123456789) == -123456789);
  CHECK(round_trip(0.1) == 0.1);
  CHECK(std::signbit(round_trip(-0.0)));
  CHECK(std::isnan(round_trip(std::numeric_limits<double>::quiet_NaN())));
  CHECK(round_trip(std::string("a\0b", 3)) == std::string("a\0b", 3));
  CHECK(round_trip(std::optional<std::string>("x")) == std::optional<std::string>("x"));
  CHECK(round_trip(std::map<std::string, std::vector<int>>{{"a", {1, -2}}, {"b", {}}}) ==
        std::map<std::string, std::vector<int>>{{"a", {1, -2}}, {"b", {}}});
  CHECK(round_trip(std::pair<std::string, bool>("k", true)) == std::pair<std::string, bool>("k", true));
}

TEST_CASE("a reader refuses bytes cut anywhere, and sizes beyond the bytes left") {
  resources::Writer w;
  w(std::map<std::string, std::vector<long long>>{{"key", {1, -300, 70000}}, {"other", {5}}});
  const std::string whole = w.bytes();
  for (std::size_t n = 0; n < whole.size(); ++n) {
    INFO("cut at " << n);
    resources::Reader r(std::string_view(whole).substr(0, n));
    std::map<std::string, std::vector<long long>> out;
    CHECK_THROWS_AS(r(out), std::length_error);
  }
  resources::Reader huge("\xff\xff\xff\xff\x0f");  // a vector of 2^32-1 elements in 5 bytes
  std::vector<int> v;
  CHECK_THROWS_AS(huge(v), std::length_error);
  resources::Reader endless("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff");
  std::uint64_t u = 0;
  CHECK_THROWS_AS(endless(u), std::length_error);
}

TEST_CASE("this build holds a snapshot of every embedded schema, call and grid, for their text only") {
  int with_snapshot = 0;
  for (const auto& r : resources::all()) {
    const bool data = r.name.find(".schema.json") != std::string_view::npos ||
                      (r.name.rfind("calls/", 0) == 0 || r.name.rfind("grids/", 0) == 0);
    INFO(std::string(r.name));
    CHECK(resources::snapshot(r.name, r.bytes).has_value() == data);
    if (!data) continue;
    ++with_snapshot;
    std::string edited(r.bytes);
    edited.back() = edited.back() == ' ' ? '\n' : ' ';
    CHECK_FALSE(resources::snapshot(r.name, edited).has_value());
    CHECK_FALSE(resources::snapshot(r.name, std::string(r.bytes) + " ").has_value());
  }
  CHECK(with_snapshot == 7);  // 3 schemas, 2 calls, 2 grids
  CHECK_FALSE(resources::snapshot("calls/none.toml", "").has_value());
}

TEST_CASE("the snapshot file: a header, then name, source length and hash, payload of each entry") {
  const std::string_view source = "abc";
  const std::string file = resources::snapshot_file_bytes({{"x.toml", source, "PAYLOAD"}});
  CHECK(file.rfind("sieg-snapshot-1\n", 0) == 0);
  CHECK(file.substr(16, 7) == "\x06x.toml");
  CHECK(file.substr(23, 1) == "\x03");
  CHECK(file.substr(file.size() - 8) == "\x07PAYLOAD");
}
