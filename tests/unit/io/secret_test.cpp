#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>

#include "io/secret.hpp"
#include "../temp_dir.hpp"

using namespace sieg;

TEST_CASE("siphash24: the reference's test vectors") {
  unsigned char key[16];
  for (int i = 0; i < 16; ++i) key[i] = static_cast<unsigned char>(i);
  std::string msg;
  CHECK(io::siphash24(key, msg) == 0x726fdb47dd0e0e31ULL);
  for (int i = 0; i < 15; ++i) msg += static_cast<char>(i);
  CHECK(io::siphash24(key, msg) == 0xa129ca6149be45e5ULL);  // the paper's worked example
  // In two pieces, cut anywhere: the same as one input.
  for (std::size_t cut = 0; cut <= msg.size(); ++cut)
    CHECK(io::siphash24(key, std::string_view(msg).substr(0, cut), std::string_view(msg).substr(cut)) == 0xa129ca6149be45e5ULL);
  std::string longer(100, 'x');
  for (std::size_t cut : {0, 1, 7, 8, 9, 50, 100})
    CHECK(io::siphash24(key, std::string_view(longer).substr(0, cut), std::string_view(longer).substr(cut)) == io::siphash24(key, longer));
}

TEST_CASE("machine_secret: made once, private, outside the repository; a shared or linked file is refused") {
  sieg::testing::TempDir dir;
  namespace fs = std::filesystem;
  const std::string home = dir.path.string();
  std::string why;
  auto first = io::machine_secret(nullptr, home.c_str(), why);
  REQUIRE(first);
  const std::string file = home + "/.cache/sieg/secret";
  struct stat st {};
  REQUIRE(::stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  CHECK(st.st_size == 32);
  auto again = io::machine_secret(nullptr, home.c_str(), why);
  REQUIRE(again);
  CHECK(*again == *first);
  // $XDG_CACHE_HOME first (absolute only).
  auto xdg = io::machine_secret((home + "/xdg").c_str(), home.c_str(), why);
  REQUIRE(xdg);
  CHECK(*xdg != *first);
  CHECK(io::machine_secret("relative", home.c_str(), why) == first);
  // Readable by others: refused.
  ::chmod(file.c_str(), 0644);
  CHECK_FALSE(io::machine_secret(nullptr, home.c_str(), why));
  CHECK(why.find("not a private file") != std::string::npos);
  // A symbolic link: refused.
  fs::remove(file);
  fs::create_symlink(home + "/xdg/sieg/secret", file);
  CHECK_FALSE(io::machine_secret(nullptr, home.c_str(), why));
  CHECK_FALSE(io::machine_secret(nullptr, nullptr, why));
  CHECK(why == "no home folder ($HOME) to keep the cache's secret in");
  CHECK(io::mark(*first, "a") != io::mark(*first, "b"));
  CHECK(io::mark(*first, "a").size() == 16);
}
