#include "resources/archive.hpp"

namespace sieg::resources {
namespace {

constexpr std::string_view kMagic = "sieg-snapshot-1\n";

// A 64-bit hash of the text, 8 bytes at a time (FNV-1a's constants, on words): enough to tell that an
// embedded file changed since its snapshot was made. The build makes them together; this guards a stale
// build folder, not an adversary.
std::uint64_t text_hash(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0x100000001b3ULL;
    h ^= h >> 29;
  }
  for (; i < s.size(); ++i) h = (h ^ static_cast<unsigned char>(s[i])) * 0x100000001b3ULL;
  return h;
}

struct Entry {
  std::string name;
  std::uint64_t length = 0, hash = 0;
  std::string_view payload;
};

// The entries of snapshot_file(), read once; none when it is empty or not in the expected format.
const std::vector<Entry>& entries() {
  static const std::vector<Entry> all = [] {
    std::vector<Entry> out;
    const std::string_view file = snapshot_file();
    if (file.substr(0, kMagic.size()) != kMagic) return out;
    try {
      Reader r(file.substr(kMagic.size()));
      while (!r.done()) {
        Entry e;
        r(e.name);
        r(e.length);
        r(e.hash);
        e.payload = r.view(r.size(1));
        out.push_back(std::move(e));
      }
    } catch (const std::exception&) {
      out.clear();
    }
    return out;
  }();
  return all;
}

} // namespace

std::optional<std::string_view> snapshot(std::string_view name, std::string_view source) {
  for (const auto& e : entries())
    if (e.name == name) {
      if (e.length != source.size() || e.hash != text_hash(source)) return std::nullopt;
      return e.payload;
    }
  return std::nullopt;
}

std::string snapshot_file_bytes(const std::vector<SnapshotEntry>& list) {
  Writer w;
  for (const auto& e : list) {
    w(e.name);
    w(static_cast<std::uint64_t>(e.source.size()));
    w(text_hash(e.source));
    w(e.payload);
  }
  return std::string(kMagic) + w.bytes();
}

} // namespace sieg::resources
