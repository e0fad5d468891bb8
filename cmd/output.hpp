// Terminal concerns of the front end: colour decision and writing to the standard streams.
#pragma once
#include <cstdio>
#include <string>

namespace sieg::cmd {

// "always", "never", or "auto": colour when `stream` is a terminal, NO_COLOR is unset or empty,
// and TERM is not "dumb".
bool use_colour(const std::string& mode, std::FILE* stream);

void write(std::FILE* stream, const std::string& text);
// After the run: 0 when everything written to standard output reached it, else the error (errno) of the
// first write that failed (> /dev/full: ENOSPC; a closed pipe: EPIPE).
int stdout_error();

} // namespace sieg::cmd
