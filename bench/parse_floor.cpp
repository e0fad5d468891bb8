// The floor for parsing with yaml-cpp: each file read and run through the event API, events
// discarded. What sieg check would cost if it did nothing but parse.
// Usage: parse_floor [-j N] FILE... (or - : paths on stdin, one per line); prints the number parsed
#include <atomic>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

namespace {
struct Discard : YAML::EventHandler {
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};
} // namespace

int main(int argc, char** argv) {
  unsigned jobs = 1;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "-j") == 0 && i + 1 < argc) jobs = static_cast<unsigned>(std::stoul(argv[++i]));
    else if (std::strcmp(argv[i], "-") == 0)
      for (std::string line; std::getline(std::cin, line);) files.push_back(line);  // paths, one per line
    else files.emplace_back(argv[i]);
  }
  std::atomic<std::size_t> next{0}, parsed{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < files.size();) {
      std::ifstream in(files[i], std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      try {
        YAML::Parser p(ss);
        Discard d;
        p.HandleNextDocument(d);
        ++parsed;
      } catch (const YAML::Exception&) {
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  std::printf("%zu\n", parsed.load());
  return 0;
}
