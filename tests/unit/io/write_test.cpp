// Atomic writes: whole or not at all, in one piece or in many.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/write.hpp"
#include "../temp_dir.hpp"

using namespace sieg;

namespace {
std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
std::size_t entries(const std::filesystem::path& dir) {
  std::size_t n = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) n += e.is_regular_file() ? 1 : 0;
  return n;
}
} // namespace

TEST_CASE("AtomicWriter: pieces become the file at commit, and only then") {
  sieg::testing::TempDir dir;
  const auto path = dir.path / "out.json";
  { std::ofstream(path) << "old"; }
  {
    io::AtomicWriter w(path.string(), i18n::Lang::En);
    w.write("[");
    w.write("1, 2");
    CHECK(slurp(path) == "old");  // a reader still sees the old file
    CHECK(entries(dir.path) == 2);  // and the temporary one beside it
    w.write("]\n");
    CHECK_FALSE(w.commit());
  }
  CHECK(slurp(path) == "[1, 2]\n");
  CHECK(entries(dir.path) == 1);
  {
    io::AtomicWriter w(path.string(), i18n::Lang::En);
    w.write("half");
  }  // never committed: the old file stays, the temporary one goes
  CHECK(slurp(path) == "[1, 2]\n");
  CHECK(entries(dir.path) == 1);
}

TEST_CASE("AtomicWriter: a folder that cannot be made (under a file) is told at commit") {
  sieg::testing::TempDir dir;
  std::ofstream((dir.path / "file").string()) << "x";
  io::AtomicWriter w((dir.path / "file" / "no" / "out.json").string(), i18n::Lang::En);
  w.write("x");
  auto err = w.commit();
  REQUIRE(err);
  CHECK(err->code == "SIEG-IO07");
}

TEST_CASE("write_atomically: a producer's pieces, in order") {
  sieg::testing::TempDir dir;
  const auto path = dir.path / "p.txt";
  auto err = io::write_atomically(
      path.string(), io::Producer([](const std::function<void(std::string_view)>& put) { put("a"); put("b"); put("c"); }),
      i18n::Lang::En);
  CHECK_FALSE(err);
  CHECK(slurp(path) == "abc");
}
