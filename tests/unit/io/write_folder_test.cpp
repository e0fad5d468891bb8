#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "io/read.hpp"
#include "io/write_folder.hpp"
#include "../temp_dir.hpp"

using namespace sieg;
namespace fs = std::filesystem;

namespace {
const io::Secret kSecret{9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9};  // both halves set
} // namespace

TEST_CASE("write_folder: never through a symbolic link, never over a folder sieg did not write") {
  sieg::testing::TempDir dir;
  const fs::path root = dir.path;
  std::vector<io::FolderFile> files{{"index.html", "<p>site</p>"}};
  // public -> evaluations (a committed link): refused, nothing of evaluations/ copied anywhere.
  sieg::testing::write_file(root / "evaluations/d/jean-dupont.yaml", "avis: favorable\n");
  fs::create_directory_symlink(root / "evaluations", root / "public");
  auto d = io::write_folder((root / "public").string(), files, ".sieg-site", i18n::Lang::En, kSecret);
  REQUIRE(d);
  CHECK(d->code == "SIEG-IO07");
  CHECK(d->message == "is a symbolic link: sieg does not write through it (it would publish what it points to)");
  CHECK(fs::is_symlink(root / "public"));
  CHECK(fs::exists(root / "evaluations/d/jean-dupont.yaml"));
  CHECK_FALSE(fs::exists(root / "evaluations/index.html"));
  // A folder of someone else's: refused whole (its owner, times and hard links stay as they are).
  sieg::testing::write_file(root / "docs/notes.txt", "mine");
  d = io::write_folder((root / "docs").string(), files, ".sieg-site", i18n::Lang::En, kSecret);
  REQUIRE(d);
  CHECK(d->message == "exists and was not written by sieg on this machine (no .sieg-site of its own): choose another folder, or empty it");
  CHECK(sieg::testing::read_file(root / "docs/notes.txt") == "mine");
  CHECK_FALSE(fs::exists(root / "docs/index.html"));
  // An empty folder, or one sieg wrote: written.
  fs::create_directory(root / "empty");
  CHECK_FALSE(io::write_folder((root / "empty").string(), files, ".sieg-site", i18n::Lang::En, kSecret));
  CHECK(sieg::testing::read_file(root / "empty/index.html") == "<p>site</p>");
  CHECK_FALSE(fs::exists(root / "empty/.sieg-build"));  // the build's mark is never published
  CHECK_FALSE(io::write_folder((root / "empty").string(), files, ".sieg-site", i18n::Lang::En, kSecret));
  // A manifest committed by a stranger (who would choose the files kept and published), or written on
  // another machine: not sieg's; refused.
  sieg::testing::write_file(root / "committed/.sieg-site", "index.html\n");
  sieg::testing::write_file(root / "committed/evil.html", "<script>");
  d = io::write_folder((root / "committed").string(), files, ".sieg-site", i18n::Lang::En, kSecret);
  REQUIRE(d);
  CHECK(d->message.rfind("exists and was not written by sieg on this machine", 0) == 0);
  io::Secret other{};
  other[20] = 1;
  CHECK(io::check_folder_target((root / "empty").string(), ".sieg-site", i18n::Lang::En, other));
  CHECK_FALSE(io::check_folder_target((root / "empty").string(), ".sieg-site", i18n::Lang::En, kSecret));
  CHECK_FALSE(io::check_folder_target((root / "committed").string(), ".sieg-site", i18n::Lang::En, std::nullopt));  // no secret: its form
  // A file: refused.
  sieg::testing::write_file(root / "file", "x");
  d = io::check_folder_target((root / "file").string(), ".sieg-site", i18n::Lang::En, kSecret);
  REQUIRE(d);
  CHECK(d->message == "exists and is not a folder");
}

TEST_CASE("write_folder: a killed run's build folder goes when it carries this machine's mark, nothing else") {
  sieg::testing::TempDir dir;
  const fs::path root = dir.path;
  std::vector<io::FolderFile> files{{"index.html", "x"}};
  sieg::testing::write_file(root / ".site.sieg-AbC123/.sieg-build", io::mark(kSecret, "sieg-folder-build-1"));
  sieg::testing::write_file(root / ".site.sieg-AbC123/index.html", "half");
  sieg::testing::write_file(root / ".site.sieg-XyZ789/.sieg-build", io::mark(io::Secret{1}, "sieg-folder-build-1"));
  sieg::testing::write_file(root / ".site.sieg-stranger/keep", "a committed folder");
  CHECK_FALSE(io::write_folder((root / "site").string(), files, ".sieg-site", i18n::Lang::En, kSecret));
  CHECK_FALSE(fs::exists(root / ".site.sieg-AbC123"));
  CHECK(fs::exists(root / ".site.sieg-XyZ789/.sieg-build"));  // another machine's mark
  CHECK(fs::exists(root / ".site.sieg-stranger/keep"));
  // Without a secret, leftovers stay.
  sieg::testing::write_file(root / ".site.sieg-AbC124/.sieg-build", io::mark(kSecret, "sieg-folder-build-1"));
  CHECK_FALSE(io::write_folder((root / "site").string(), files, ".sieg-site", i18n::Lang::En, std::nullopt));
  CHECK(fs::exists(root / ".site.sieg-AbC124"));
}

TEST_CASE("write_folder: sub-folders (the handouts) — sieg's stale files go, foreign files inside them stay") {
  sieg::testing::TempDir dir;
  const fs::path out = dir.path / "handouts";
  std::vector<io::FolderFile> first{{"anne/a.pdf", "A1"}, {"anne/b.yaml", "B1"}, {"paul/a.pdf", "P1"}};
  REQUIRE_FALSE(io::write_folder(out.string(), first, ".sieg-handout", i18n::Lang::En, kSecret));
  CHECK(sieg::testing::read_file(out / "anne/a.pdf") == "A1");
  CHECK(sieg::testing::read_file(out / "paul/a.pdf") == "P1");
  // Someone's notes inside a juror's folder, and a folder of their own.
  sieg::testing::write_file(out / "anne/notes.txt", "mine");
  sieg::testing::write_file(out / "mine/x.txt", "mine too");
  // The next run: anne's b.yaml is no longer written, paul is gone.
  std::vector<io::FolderFile> second{{"anne/a.pdf", "A2"}};
  REQUIRE_FALSE(io::write_folder(out.string(), second, ".sieg-handout", i18n::Lang::En, kSecret));
  CHECK(sieg::testing::read_file(out / "anne/a.pdf") == "A2");
  CHECK_FALSE(fs::exists(out / "anne/b.yaml"));
  CHECK_FALSE(fs::exists(out / "paul"));
  CHECK(sieg::testing::read_file(out / "anne/notes.txt") == "mine");
  CHECK(sieg::testing::read_file(out / "mine/x.txt") == "mine too");
  // A folder written by another run only (paul's, as foreign now) is merged, its files never lost.
  sieg::testing::write_file(out / "zoe/notes.txt", "zoe's");
  std::vector<io::FolderFile> third{{"zoe/a.pdf", "Z"}};
  REQUIRE_FALSE(io::write_folder(out.string(), third, ".sieg-handout", i18n::Lang::En, kSecret));
  CHECK(sieg::testing::read_file(out / "zoe/notes.txt") == "zoe's");
  CHECK(sieg::testing::read_file(out / "zoe/a.pdf") == "Z");
  CHECK(sieg::testing::read_file(out / "anne/notes.txt") == "mine");  // anne is no one's now: kept whole
  CHECK_FALSE(fs::exists(out / "anne/a.pdf"));
}

TEST_CASE("write_folder: only_their_folders rewrites the folders written now, sieg's others stay and stay its own") {
  sieg::testing::TempDir dir;
  const fs::path out = dir.path / "handouts";
  std::vector<io::FolderFile> all{{"anne/a.pdf", "A1"}, {"anne/b.yaml", "B1"}, {"paul/a.pdf", "P1"}};
  REQUIRE_FALSE(io::write_folder(out.string(), all, ".sieg-handout", i18n::Lang::En, kSecret));
  // Anne's handout again: her stale b.yaml goes, Paul's folder stays as it was.
  std::vector<io::FolderFile> anne{{"anne/a.pdf", "A2"}};
  REQUIRE_FALSE(io::write_folder(out.string(), anne, ".sieg-handout", i18n::Lang::En, kSecret, true));
  CHECK(sieg::testing::read_file(out / "anne/a.pdf") == "A2");
  CHECK_FALSE(fs::exists(out / "anne/b.yaml"));
  CHECK(sieg::testing::read_file(out / "paul/a.pdf") == "P1");
  // Paul's files are still sieg's: a full run that no longer writes them removes them.
  std::vector<io::FolderFile> full{{"anne/a.pdf", "A3"}};
  REQUIRE_FALSE(io::write_folder(out.string(), full, ".sieg-handout", i18n::Lang::En, kSecret));
  CHECK_FALSE(fs::exists(out / "paul"));
  CHECK(sieg::testing::read_file(out / "anne/a.pdf") == "A3");
}
