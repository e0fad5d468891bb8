#include "io/write.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <functional>
#include <string_view>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace sieg::io {
namespace fs = std::filesystem;

namespace {
// The umask as it is now: reading it means setting it, so two threads writing files (sieg check's cache)
// take turns, never seeing each other's momentary 0.
mode_t process_umask() {
  static std::mutex m;
  std::lock_guard<std::mutex> lock(m);
  mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}
} // namespace

namespace {
// Writes all of `piece` to fd; errno on failure, 0 on success.
int write_all(int fd, std::string_view piece) {
  for (std::size_t done = 0; done < piece.size();) {
    ssize_t n = ::write(fd, piece.data() + done, piece.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    done += static_cast<std::size_t>(n);
  }
  return 0;
}
} // namespace

std::optional<diag::Diagnostic> write_atomically(const std::string& path, const std::string& content, i18n::Lang lang,
                                                 bool durable) {
  return write_atomically(path, Producer([&](const std::function<void(std::string_view)>& put) { put(content); }), lang,
                          durable);
}

std::optional<diag::Diagnostic> write_atomically(const std::string& path, const Producer& produce, i18n::Lang lang,
                                                 bool durable) {
  auto fail = [&](int err) {
    diag::Diagnostic d;
    d.code = "SIEG-IO07";
    d.file = path;
    d.message = fmt::format(fmt::runtime(i18n::pick({"écriture impossible ({0})", "cannot write ({0})"}, lang)),
                            std::strerror(err));
    return d;
  };
  if (path == "-") {
    produce([](std::string_view piece) { std::fwrite(piece.data(), 1, piece.size(), stdout); });
    return std::nullopt;
  }
  // A device or a FIFO (-o /dev/null, /dev/stdout): written to as it is, never replaced by a file.
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode)) {
    if (S_ISDIR(existing.st_mode)) return fail(EISDIR);
    int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return fail(errno);
    int err = 0;
    produce([&](std::string_view piece) {
      if (err == 0) err = write_all(fd, piece);
    });
    ::close(fd);
    if (err != 0) return fail(err);
    return std::nullopt;
  }
  fs::path target(path);
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string tmpl = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return fail(errno);
  int err = 0;
  produce([&](std::string_view piece) {
    if (err == 0) err = write_all(fd, piece);
  });
  if (err != 0) {
    ::close(fd);
    ::unlink(tmpl.c_str());
    return fail(err);
  }
  // The mode: an existing file keeps its own (a 0600 report of personal data stays 0600); a new one
  // gets what the umask leaves of 0666, as any file the user creates (mkstemp made it 0600).
  struct stat st {};
  mode_t mode;
  if (::stat(path.c_str(), &st) == 0) mode = st.st_mode & 07777;
  else mode = 0666 & ~process_umask();
  ::fchmod(fd, mode);
  if ((durable && ::fsync(fd) != 0) || ::close(fd) != 0 || ::rename(tmpl.c_str(), path.c_str()) != 0) {
    int err2 = errno;
    ::unlink(tmpl.c_str());
    return fail(err2);
  }
  return std::nullopt;
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

} // namespace sieg::io
