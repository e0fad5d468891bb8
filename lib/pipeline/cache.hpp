// sieg check's result cache (as ruff's and ESLint's): per unit (a dossier with its reviews, or a review
// without its dossier), the check's FileReports, keyed by everything that can change them — sieg's
// version, the language, --max-errors, the reference dates, sieg.toml's bytes, the call and grid files'
// bytes, the unit's paths and bytes (dossier and every review), and the other dossiers sharing its id.
// Stored as one JSON file per key under the cache folder (.sieg-cache/ beside sieg.toml, or --cache-dir),
// written atomically; an entry that does not parse or does not name its own key is ignored and
// rewritten, never trusted.
#pragma once
#include <atomic>
#include <cstdint>
#include <string_view>
#include <optional>
#include <string>
#include <vector>

#include "check/check.hpp"
#include "i18n/lang.hpp"

namespace sieg::pipeline {

class Repository;
struct Options;

// A 128-bit hash, as 32 hex digits, of data fed in pieces (each piece's length goes in first, so
// "ab"+"c" and "a"+"bc" differ): two 64-bit lanes, each folding 8 bytes at a time through a 64x64->128
// multiply (the mixing of wyhash and MurmurHash3's finaliser). Not cryptographic: cache files are
// sieg's own, and a chance collision needs about 2^64 entries.
class Hasher {
 public:
  __extension__ typedef unsigned __int128 U128;
  Hasher& add(std::string_view piece);
  std::string hex() const;

 private:
  std::uint64_t a_ = 0x243f6a8885a308d3ULL, b_ = 0x13198a2e03707344ULL;
  void word(std::uint64_t w);
};

class ResultCache {
 public:
  // `dir`: the cache folder (created when first written); empty: no cache.
  explicit ResultCache(std::string dir) : dir_(std::move(dir)) {}
  bool enabled() const { return !dir_.empty(); }
  // The reports stored under `key`, when a sound entry is there. `repo` resolves the call each dossier
  // was checked against.
  std::optional<std::vector<check::FileReport>> get(const std::string& key, const Repository& repo) const;
  // Stores them (atomically); a failure to write only costs the next run its hit.
  void put(const std::string& key, const std::vector<check::FileReport>& reports) const;
  // Removes the entries written longest ago when the folder holds more than `keep` of them (one still
  // in use is only computed again next time).
  void prune(std::size_t keep) const;
  std::size_t hits() const { return hits_; }
  std::size_t misses() const { return misses_; }

 private:
  std::string path_of(const std::string& key) const;
  std::string dir_;
  mutable std::atomic<std::size_t> hits_{0}, misses_{0};
};

// What every unit's key shares: sieg's `version`, the options that change a verdict or a message
// (language, --max-errors, --date, today), --reviews, sieg.toml's bytes and its call and grid files' bytes.
Hasher cache_base(const Repository& repo, const Options& eval, const std::string& version);

// The cache folder of a repository: `env` ($SIEG_CACHE_DIR) when set, else .sieg-cache beside sieg.toml;
// none without sieg.toml (a plain folder of files is not written to).
std::string default_cache_dir(const Repository& repo, const char* env);

} // namespace sieg::pipeline
