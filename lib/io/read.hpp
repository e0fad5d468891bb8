// Reading an input file or standard input, refusing what is not a regular file.
#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"

namespace sieg::io {

constexpr std::size_t kMaxInputBytes = 4u * 1024u * 1024u;  // 4 MiB, documented in sieg-validate(1)

struct Input {
  std::string bytes;
  std::optional<diag::Diagnostic> error;  // set when the input could not be read (or is too large)
};

// Reads `path` ("-" = standard input), never opening it for writing and never blocking on a FIFO:
// only regular files are opened. Inputs over `limit` bytes are refused with SIEG-L006.
Input read_input(const std::string& path, i18n::Lang lang, std::size_t limit = kMaxInputBytes);

// read_input, unless the file's real path (links resolved) is outside the folder `real_root` (itself a
// real path): then SIEG-IO08, and nothing is read.
Input read_input_within(const std::string& path, const std::string& real_root, i18n::Lang lang);

// How many times read_input was called in this process (every file sieg reads goes through it): the
// pipeline's promise that a run reads each file once is tested with it.
std::size_t reads();

} // namespace sieg::io
