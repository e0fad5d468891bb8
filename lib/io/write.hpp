// Writing output files atomically: a temporary file in the same folder, then a rename, so a reader
// never sees half a file and an interrupted run leaves the old one in place.
#pragma once
#include <functional>
#include <optional>
#include <string_view>
#include <string>

#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"

namespace sieg::io {

// Writes `content` to `path` ("-" is standard output). An existing file keeps its mode; a new one
// follows the umask. `durable`: synced to disk before the rename (outputs); a cache entry, which a crash
// may lose but never tear, skips it. Returns a diagnostic on failure. Safe from several threads.
std::optional<diag::Diagnostic> write_atomically(const std::string& path, const std::string& content, i18n::Lang lang,
                                                 bool durable = true);

// The same, for what is produced piece by piece (a file too large to hold twice in memory): `produce`
// calls put(piece) for each piece, in order.
using Producer = std::function<void(const std::function<void(std::string_view)>& put)>;
std::optional<diag::Diagnostic> write_atomically(const std::string& path, const Producer& produce, i18n::Lang lang,
                                                 bool durable = true);

// The same, for a file written as its parts are ready: write() each piece, then commit() (the rename;
// "-" writes to standard output as it goes). A failure is kept and told by commit(); a writer destroyed
// without commit() leaves the old file in place.
class AtomicWriter {
 public:
  AtomicWriter(std::string path, i18n::Lang lang, bool durable = true);
  ~AtomicWriter();
  AtomicWriter(const AtomicWriter&) = delete;
  AtomicWriter& operator=(const AtomicWriter&) = delete;
  void write(std::string_view piece);
  std::optional<diag::Diagnostic> commit();

 private:
  std::string path_, tmp_;  // tmp_: the temporary file, until renamed
  i18n::Lang lang_;
  bool durable_;
  int fd_ = -1;
  int err_ = 0;
};

// True when `a` and `b` name the same existing file (so an output would overwrite an input).
bool same_file(const std::string& a, const std::string& b);

} // namespace sieg::io
