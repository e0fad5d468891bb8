// This machine's secret: 32 random bytes that sieg keeps outside every repository, in the user's cache
// folder ($XDG_CACHE_HOME/sieg/secret, else ~/.cache/sieg/secret; a 0700 folder, a 0600 file owned by the
// user). sieg check's cache authenticates what it wrote with it, so a file committed by a stranger, who
// cannot know it, is never taken for sieg's own.
#pragma once
#include <array>
#include <optional>
#include <cstdint>
#include <string>
#include <string_view>

namespace sieg::io {

using Secret = std::array<unsigned char, 32>;

// The secret, created on first use. Nothing, with `why` set (in English, for a warning), when there is no
// home folder or the file is not the user's own private regular file.
// SipHash-2-4 of `data` under a 128-bit key (Aumasson and Bernstein, 2012: a keyed function made for
// short inputs; without the key its 64-bit tag cannot be computed). The reference's vectors hold
// (tests/unit/io/secret_test.cpp).
std::uint64_t siphash24(const unsigned char key[16], std::string_view data);
// The same of `head` then `data`, as one input, without copying them together.
std::uint64_t siphash24(const unsigned char key[16], std::string_view head, std::string_view data);

// A mark of this machine for `purpose` (16 hex digits, from the secret's second half): written in a
// folder or file sieg makes, it tells sieg's own from anything a stranger committed.
std::string mark(const Secret& secret, std::string_view purpose);

std::optional<Secret> machine_secret(const char* xdg_cache_home, const char* home, std::string& why);

} // namespace sieg::io
