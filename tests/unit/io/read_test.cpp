// lib/io/read: only regular files are read; every failure is one diagnostic with its code.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

#include "../temp_dir.hpp"
#include "io/read.hpp"
#include "io/write.hpp"

using namespace sieg;
namespace fs = std::filesystem;

using testing::TempDir;

TEST_CASE("read_input: a regular file, read whole, and counted") {
  TempDir t;
  std::ofstream(t.path / "a.yaml") << "format: 1\n";
  std::size_t before = io::reads();
  io::Input in = io::read_input((t.path / "a.yaml").string(), i18n::Lang::En);
  CHECK_FALSE(in.error.has_value());
  CHECK(in.bytes == "format: 1\n");
  CHECK(io::reads() == before + 1);
}

TEST_CASE("read_input: missing file, directory, FIFO, over the limit") {
  TempDir t;
  auto code = [](const io::Input& in) { return in.error ? in.error->code : std::string("none"); };
  CHECK(code(io::read_input((t.path / "nope.yaml").string(), i18n::Lang::En)) == "SIEG-IO01");
  io::Input dir = io::read_input(t.path.string(), i18n::Lang::Fr);
  CHECK(code(dir) == "SIEG-IO02");
  CHECK(dir.error->message == "est un dossier, pas un fichier");
  REQUIRE(mkfifo((t.path / "fifo").c_str(), 0600) == 0);
  io::Input fifo = io::read_input((t.path / "fifo").string(), i18n::Lang::En);  // must not block
  CHECK(code(fifo) == "SIEG-IO03");
  CHECK(fifo.error->hint == "to read a stream, pass '-' and redirect standard input");
  std::ofstream(t.path / "big.yaml") << std::string(100, 'x');
  CHECK(code(io::read_input((t.path / "big.yaml").string(), i18n::Lang::En, 99)) == "SIEG-L006");
  CHECK(code(io::read_input((t.path / "big.yaml").string(), i18n::Lang::En, 100)) == "none");
}

TEST_CASE("write_atomically: the whole content or nothing, and same_file sees through paths") {
  TempDir t;
  std::string out = (t.path / "r.md").string();
  CHECK_FALSE(io::write_atomically(out, "one", i18n::Lang::En).has_value());
  CHECK_FALSE(io::write_atomically(out, "two", i18n::Lang::En).has_value());
  CHECK(io::read_input(out, i18n::Lang::En).bytes == "two");
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(t.path)) files += e.is_regular_file() ? 1 : 0;
  CHECK(files == 1);  // no temporary file left behind
  CHECK(io::same_file(out, (t.path / "." / "r.md").string()));
  CHECK_FALSE(io::same_file(out, (t.path / "other.md").string()));
  // Missing folders are made (-o pv/2015/pv.md); a folder that cannot be (under a file) is an error.
  CHECK_FALSE(io::write_atomically((t.path / "no" / "such" / "dir.md").string(), "x", i18n::Lang::En).has_value());
  CHECK(io::read_input((t.path / "no" / "such" / "dir.md").string(), i18n::Lang::En).bytes == "x");
  auto err = io::write_atomically((t.path / "r.md" / "under" / "a-file.md").string(), "x", i18n::Lang::En);
  REQUIRE(err.has_value());
  CHECK(err->code == "SIEG-IO07");
}

TEST_CASE("write_atomically keeps an existing file's mode; a new file follows the umask") {
  TempDir t;
  std::string report = (t.path / "personal.md").string();
  std::ofstream(report) << "old";
  REQUIRE(::chmod(report.c_str(), 0600) == 0);
  CHECK_FALSE(io::write_atomically(report, "new", i18n::Lang::En).has_value());
  struct stat st {};
  REQUIRE(::stat(report.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0600);
  mode_t old = ::umask(027);
  std::string fresh = (t.path / "fresh.md").string();
  CHECK_FALSE(io::write_atomically(fresh, "x", i18n::Lang::En).has_value());
  ::umask(old);
  REQUIRE(::stat(fresh.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0640);
}
