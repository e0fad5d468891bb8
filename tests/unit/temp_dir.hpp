// A temporary folder for a unit test, removed at the end; InTempDir also makes it the working
// directory (paths are shown relative to it), and restores the old one.
#pragma once
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace sieg::testing {

struct TempDir {
  std::filesystem::path path;
  TempDir() {
    char tmpl[] = "/tmp/sieg-test-XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

struct InTempDir : TempDir {
  std::filesystem::path old = std::filesystem::current_path();
  InTempDir() { std::filesystem::current_path(path); }
  ~InTempDir() { std::filesystem::current_path(old); }
};

// Writes `text` to `p`, creating its folders.
inline void write_file(const std::filesystem::path& p, const std::string& text) {
  if (!p.parent_path().empty()) std::filesystem::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

// The bytes of the file `p` (empty when it cannot be read).
inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace sieg::testing
