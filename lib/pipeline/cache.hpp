// sieg check's result cache (as ruff's and ESLint's): per unit (a dossier with its reviews, or a review
// without its dossier), the check's FileReports, keyed by everything that can change them — sieg's
// version, the language, --max-errors, the reference dates, sieg.toml's bytes, the call and grid files'
// bytes, the unit's paths and bytes (dossier and every review), whether the schema each file's modeline
// names is there (SIEG-L024), and the other dossiers sharing its id.
// A second, cheaper key stands for the same unit without reading it: the same inputs but, for each file,
// its identity and stat (device, inode, size, modification and change times to the nanosecond), as git's
// index and ruff do; it leads to the content key, never to reports directly, while its probes hold (each
// modeline's schema still there, or still missing: no file's stat says so), and is only recorded for
// files not modified in the last seconds (a file edited twice within a clock tick would look unchanged).
// Everything lives in one file (results.bin under .sieg-cache/ beside sieg.toml, or --cache-dir), read
// once per run and rewritten atomically when the run added to it.
//
// Nothing in a repository is trusted, its cache folder included (a pull request can commit one). Each
// record carries a MAC (SipHash-2-4) keyed by this machine's secret, kept outside every repository
// (io/secret.hpp): a record sieg did not write here, forged with the public format or copied from
// elsewhere, fails it and is computed again, as is a damaged or truncated one. The folder is sieg's only
// when sieg made it: its CACHEDIR.TAG carries the secret's mark. A folder that is a symbolic link, the
// repository's root, holds sieg.toml or .git, or holds anything but sieg's own files is refused whole:
// nothing read, nothing written, nothing deleted. sieg only ever deletes its own temporary files there.
#pragma once
#include <memory>
#include <cstdint>
#include <string_view>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "check/check.hpp"
#include "i18n/lang.hpp"
#include "io/secret.hpp"

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
  std::pair<std::uint64_t, std::uint64_t> digest() const;

 private:
  std::uint64_t a_ = 0x243f6a8885a308d3ULL, b_ = 0x13198a2e03707344ULL;
  void word(std::uint64_t w);
};

// Why a cache folder is not used: a message (fmt fields {0}: the folder, {1}: a file in it).
struct CacheRefusal {
  i18n::Text why;
  std::string folder;
  std::string file;
};

class ResultCache {
 public:
  // No cache.
  ResultCache();
  // `dir`: the cache folder (created and marked when first written); `secret`: this machine's;
  // `repo_root`: sieg.toml's folder (refused as a cache). The folder is vetted here (see refused()).
  ResultCache(std::string dir, const io::Secret& secret, const std::string& repo_root);
  ~ResultCache();
  ResultCache(const ResultCache&) = delete;
  ResultCache& operator=(const ResultCache&) = delete;
  bool enabled() const { return !dir_.empty() && !refused_; }
  // Why the folder is not used (the run goes on without a cache), when it is not.
  const std::optional<CacheRefusal>& refused() const { return refused_; }
  // Reads the cache file, once, before the lookups (which may then come from many threads).
  void load() const;
  // The content key a stat key was recorded for, when each of the link's probes still holds (a file
  // it found is still there, one it missed still missing).
  std::optional<std::string> content_key(const std::string& stat_key) const;
  // The reports stored under `key`, when a sound entry is there. `repo` resolves the call each dossier
  // was checked against. `unread`: the key came from a stat key (counted by unread()).
  std::optional<std::vector<check::FileReport>> get(const std::string& key, const Repository& repo, bool unread = false) const;
  // Stores them under `key` (written by save()).
  void put(const std::string& key, const std::vector<check::FileReport>& reports) const;
  // A file the verdict depends on without being read (a modeline's schema, SIEG-L024): its path and
  // whether it was there when the content key was made.
  using Probe = std::pair<std::string, bool>;
  // Records that `stat_key` stands for `key` while every probe still holds (written by save()).
  void link(const std::string& stat_key, const std::string& key, const std::vector<Probe>& probes = {}) const;
  // Writes the cache file atomically when this run added to it: the entries used or added by this run,
  // then the others (those of earlier runs, most recent first) up to `keep` entries in all. A failure
  // to write only costs the next run its hits.
  void save(std::size_t keep) const;
  std::size_t hits() const;
  std::size_t misses() const;
  std::size_t unread() const;  // hits found by a stat key: their files were not read
  // The cache file's path (for tests and -v).
  std::string file() const;

 private:
  struct State;
  std::string dir_;
  std::optional<CacheRefusal> refused_;
  bool ours_ = false;  // the folder exists and carries this machine's mark
  std::unique_ptr<State> state_;
};

// What every unit's key shares: sieg's `version`, the options that change a verdict or a message
// (language, --max-errors, --date, today), --reviews, sieg.toml's bytes and its call and grid files' bytes.
Hasher cache_base(const Repository& repo, const Options& eval, const std::string& version);

// The cache folder of a repository: `env` ($SIEG_CACHE_DIR) when set, else .sieg-cache beside sieg.toml;
// none without sieg.toml (a plain folder of files is not written to).
std::string default_cache_dir(const Repository& repo, const char* env);

} // namespace sieg::pipeline
