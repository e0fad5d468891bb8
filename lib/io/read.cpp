#include "io/read.hpp"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace sieg::io {
namespace {

using i18n::Text;

diag::Diagnostic io_error(const std::string& path, const char* code, const Text& t, i18n::Lang lang,
                          const std::string& hint = "") {
  diag::Diagnostic d;
  d.code = code;
  d.file = path;
  d.message = i18n::pick(t, lang);
  d.hint = hint;
  return d;
}

diag::Diagnostic too_large(const std::string& path, std::size_t limit, i18n::Lang lang) {
  diag::Diagnostic d;
  d.code = "SIEG-L006";
  d.file = path;
  d.message = fmt::format(fmt::runtime(i18n::pick({"fichier trop volumineux : plus de {0} octets (limite de sieg)",
                                                    "file too large: over {0} bytes (sieg's limit)"},
                                                   lang)),
                          limit);
  d.hint = i18n::pick({"un dossier tient en quelques dizaines de kilo-octets ; les pièces jointes restent à part",
                       "a dossier fits in a few tens of kilobytes; keep attachments in separate files"},
                      lang);
  return d;
}

diag::Diagnostic from_errno(const std::string& path, int err, i18n::Lang lang) {
  switch (err) {
    case ENOENT:
    case ENOTDIR:
      return io_error(path, "SIEG-IO01", {"fichier introuvable", "no such file"}, lang);
    case EISDIR:
      return io_error(path, "SIEG-IO02", {"est un dossier, pas un fichier", "is a directory, not a file"},
                      lang);
    case EACCES:
    case EPERM:
      return io_error(path, "SIEG-IO04", {"lecture refusée (permissions)", "permission denied"}, lang);
    case ELOOP:
      return io_error(path, "SIEG-IO05", {"boucle de liens symboliques", "symbolic link loop"}, lang);
    default: {
      diag::Diagnostic d = io_error(path, "SIEG-IO06", {"lecture impossible", "cannot read"}, lang);
      d.message += fmt::format(" ({})", std::strerror(err));
      return d;
    }
  }
}

// Reads fd to the end, or up to limit + 1 bytes. Returns errno on failure, 0 on success.
int read_all(int fd, std::size_t limit, std::string& out) {
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    if (n == 0) return 0;
    out.append(buf, static_cast<std::size_t>(n));
    if (out.size() > limit) return 0;
  }
}

std::atomic<std::size_t> g_reads{0};

} // namespace

std::size_t reads() { return g_reads.load(); }

namespace {

bool inside(const std::string& real, const std::string& real_root) {
  return real == real_root || (real.size() > real_root.size() && real.compare(0, real_root.size(), real_root) == 0 &&
                               (real_root.back() == '/' || real[real_root.size()] == '/'));
}

// The real path of `path` (links resolved) by the library, one look-up per component: for what was
// not opened (a folder, a FIFO) or when /proc is not there.
bool canonical_inside(const std::string& path, const std::string& real_root) {
  std::error_code ec;
  std::string real = std::filesystem::weakly_canonical(path, ec).generic_string();
  return !ec && inside(real, real_root);
}

// The real path of an open file, from the kernel in one call (Linux's /proc/self/fd); empty when
// /proc is not mounted.
std::string real_path_of(int fd) {
  char link[64];
  std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  char buf[4096];
  ssize_t n = ::readlink(link, buf, sizeof buf);
  if (n <= 0 || static_cast<std::size_t>(n) >= sizeof buf) return "";
  return std::string(buf, static_cast<std::size_t>(n));
}

Input outside(const std::string& path, i18n::Lang lang) {
  Input in;
  in.error = io_error(path, "SIEG-IO08",
                      {"hors du dépôt : sieg ne lit rien hors du dossier de sieg.toml",
                       "outside the repository: sieg reads nothing outside sieg.toml's folder"},
                      lang,
                      i18n::pick({"un lien symbolique mène ailleurs : copiez le fichier dans le dépôt",
                                  "a symbolic link leads elsewhere: copy the file into the repository"},
                                 lang));
  return in;
}

// read_input, and when `real_root` is given, SIEG-IO08 for a file whose real path is outside it.
Input read_checked(const std::string& path, i18n::Lang lang, std::size_t limit, const std::string* real_root) {
  g_reads.fetch_add(1, std::memory_order_relaxed);
  Input in;
  if (path == "-") {
    int err = read_all(STDIN_FILENO, limit, in.bytes);
    if (err != 0) in.error = from_errno(path, err, lang);
    else if (in.bytes.size() > limit) in.error = too_large(path, limit, lang);
    return in;
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    in.error = from_errno(path, errno, lang);
    return in;
  }
  if (real_root != nullptr && !S_ISREG(st.st_mode) && !canonical_inside(path, *real_root)) return outside(path, lang);
  if (S_ISDIR(st.st_mode)) {
    in.error = from_errno(path, EISDIR, lang);
    return in;
  }
  if (!S_ISREG(st.st_mode)) {
    in.error = io_error(path, "SIEG-IO03",
                        {"n'est pas un fichier ordinaire (tube, périphérique ou socket)",
                         "not a regular file (FIFO, device or socket)"},
                        lang, i18n::pick({"pour lire un flux, passez « - » et redirigez l'entrée standard",
                                          "to read a stream, pass '-' and redirect standard input"},
                                         lang));
    return in;
  }
  // O_NONBLOCK: if the path was swapped for a FIFO since stat(), open() must not wait for a writer.
  int fd = ::open(path.c_str(), O_RDONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    in.error = from_errno(path, errno, lang);
    return in;
  }
  if (real_root != nullptr) {  // the file actually opened, wherever its links lead
    std::string real = real_path_of(fd);
    if (real.empty() ? !canonical_inside(path, *real_root) : !inside(real, *real_root)) {
      ::close(fd);
      return outside(path, lang);
    }
  }
  if (static_cast<std::size_t>(st.st_size) > limit) {
    ::close(fd);
    in.error = too_large(path, limit, lang);
    return in;
  }
  struct stat fst {};
  if (::fstat(fd, &fst) != 0 || !S_ISREG(fst.st_mode)) {
    ::close(fd);
    in.error = io_error(path, "SIEG-IO03",
                        {"n'est pas un fichier ordinaire (tube, périphérique ou socket)",
                         "not a regular file (FIFO, device or socket)"},
                        lang);
    return in;
  }
  in.bytes.reserve(static_cast<std::size_t>(fst.st_size) + 1);
  int err = read_all(fd, limit, in.bytes);
  ::close(fd);
  if (err != 0) in.error = from_errno(path, err, lang);
  else if (in.bytes.size() > limit) in.error = too_large(path, limit, lang);
  return in;
}

} // namespace

Input read_input_within(const std::string& path, const std::string& real_root, i18n::Lang lang) {
  return read_checked(path, lang, kMaxInputBytes, &real_root);
}

Input read_input(const std::string& path, i18n::Lang lang, std::size_t limit) {
  return read_checked(path, lang, limit, nullptr);
}

} // namespace sieg::io
