#include "io/secret.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <fcntl.h>
#include <filesystem>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sieg::io {
namespace fs = std::filesystem;

namespace {

bool read_exactly(int fd, unsigned char* out, std::size_t n) {
  std::size_t done = 0;
  while (done < n) {
    ssize_t got = ::read(fd, out + done, n - done);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    done += static_cast<std::size_t>(got);
  }
  return true;
}

// The secret file at `path`, when it is a private regular file of this user holding exactly 32 bytes.
std::optional<Secret> read_secret(const std::string& path, std::string& why) {
  int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    why = path + ": " + std::strerror(errno);
    return std::nullopt;
  }
  struct stat st {};
  Secret s{};
  bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::geteuid() && (st.st_mode & 077) == 0 &&
            st.st_size == static_cast<off_t>(s.size()) && read_exactly(fd, s.data(), s.size());
  ::close(fd);
  if (!ok) {
    why = path + ": not a private file of 32 bytes owned by this user";
    return std::nullopt;
  }
  return s;
}

} // namespace

namespace {
// SipHash-2-4 (Aumasson and Bernstein, 2012): a keyed pseudo-random function made for short inputs;
// without the key, its 64-bit tag cannot be computed, so it authenticates what sieg wrote.
std::uint64_t rotl(std::uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }
std::uint64_t le64(const unsigned char* p) {
  std::uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(p[i]) << (8 * i);
  return v;
}
struct SipHash {
  std::uint64_t v0, v1, v2, v3;
  void round() {
    v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
    v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
    v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
    v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
  }
  void block(std::uint64_t m) {
    v3 ^= m;
    round();
    round();
    v0 ^= m;
  }
};
} // namespace

std::uint64_t siphash24(const unsigned char key[16], std::string_view head, std::string_view data) {
  const std::uint64_t k0 = le64(key), k1 = le64(key + 8);
  SipHash h{k0 ^ 0x736f6d6570736575ULL, k1 ^ 0x646f72616e646f6dULL, k0 ^ 0x6c7967656e657261ULL, k1 ^ 0x7465646279746573ULL};
  unsigned char buf[8];  // the bytes of a block that straddles `head` and `data`, or the last, short one
  std::size_t fill = 0;
  auto feed = [&](std::string_view piece) {
    const auto* p = reinterpret_cast<const unsigned char*>(piece.data());
    std::size_t n = piece.size(), i = 0;
    while (fill > 0 && fill < 8 && i < n) buf[fill++] = p[i++];
    if (fill == 8) {
      h.block(le64(buf));
      fill = 0;
    }
    for (; i + 8 <= n; i += 8) h.block(le64(p + i));
    while (i < n) buf[fill++] = p[i++];
  };
  feed(head);
  feed(data);
  std::uint64_t last = static_cast<std::uint64_t>((head.size() + data.size()) & 0xff) << 56;
  for (std::size_t j = 0; j < fill; ++j) last |= static_cast<std::uint64_t>(buf[j]) << (8 * j);
  h.block(last);
  h.v2 ^= 0xff;
  for (int r = 0; r < 4; ++r) h.round();
  return h.v0 ^ h.v1 ^ h.v2 ^ h.v3;
}

std::uint64_t siphash24(const unsigned char key[16], std::string_view data) { return siphash24(key, {}, data); }

std::string mark(const Secret& secret, std::string_view purpose) {
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(siphash24(secret.data() + 16, purpose)));
  return out;
}

std::optional<Secret> machine_secret(const char* xdg_cache_home, const char* home, std::string& why) {
  fs::path dir;
  if (xdg_cache_home != nullptr && *xdg_cache_home == '/') dir = fs::path(xdg_cache_home) / "sieg";
  else if (home != nullptr && *home == '/') dir = fs::path(home) / ".cache" / "sieg";
  else {
    why = "no home folder ($HOME) to keep the cache's secret in";
    return std::nullopt;
  }
  std::error_code ec;
  fs::create_directories(dir.parent_path(), ec);
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
    why = dir.string() + ": " + std::strerror(errno);
    return std::nullopt;
  }
  struct stat st {};
  if (::lstat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid() || (st.st_mode & 022) != 0) {
    why = dir.string() + ": not a folder of this user's that only they can write to";
    return std::nullopt;
  }
  const std::string path = (dir / "secret").string();
  if (::lstat(path.c_str(), &st) == 0 || errno != ENOENT) return read_secret(path, why);
  // First use: 32 random bytes in a private temporary file, linked into place (link fails when another
  // run was first: theirs is read).
  Secret s{};
  std::size_t done = 0;
  while (done < s.size()) {
    ssize_t got = ::getrandom(s.data() + done, s.size() - done, 0);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      why = std::string("no random bytes: ") + std::strerror(errno);
      return std::nullopt;
    }
    done += static_cast<std::size_t>(got);
  }
  std::string tmp = (dir / ".secret.XXXXXX").string();
  int fd = ::mkstemp(tmp.data());  // 0600
  if (fd < 0) {
    why = dir.string() + ": " + std::strerror(errno);
    return std::nullopt;
  }
  bool written = ::write(fd, s.data(), s.size()) == static_cast<ssize_t>(s.size()) && ::fsync(fd) == 0;
  ::close(fd);
  bool linked = written && ::link(tmp.c_str(), path.c_str()) == 0;
  ::unlink(tmp.c_str());
  if (linked) return s;
  return read_secret(path, why);
}

} // namespace sieg::io
