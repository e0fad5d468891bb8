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

AtomicWriter::AtomicWriter(std::string path, i18n::Lang lang, bool durable)
    : path_(std::move(path)), lang_(lang), durable_(durable) {
  if (path_ == "-") return;
  // A device or a FIFO (-o /dev/null, /dev/stdout): written to as it is, never replaced by a file.
  struct stat existing {};
  if (::stat(path_.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode)) {
    if (S_ISDIR(existing.st_mode)) {
      err_ = EISDIR;
      return;
    }
    fd_ = ::open(path_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd_ < 0) err_ = errno;
    return;
  }
  fs::path target(path_);
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::error_code ec;
  if (!fs::exists(dir, ec)) fs::create_directories(dir, ec);  // -o reports/2015/pv.pdf: its folders are made
  tmp_ = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  fd_ = ::mkstemp(tmp_.data());
  if (fd_ < 0) {
    err_ = errno;
    tmp_.clear();
  }
}

AtomicWriter::~AtomicWriter() {
  if (fd_ >= 0) ::close(fd_);
  if (!tmp_.empty()) ::unlink(tmp_.c_str());  // not committed: the old file stays
}

void AtomicWriter::write(std::string_view piece) {
  if (piece.empty() || err_ != 0) return;
  if (path_ == "-") {
    if (std::fwrite(piece.data(), 1, piece.size(), stdout) != piece.size()) err_ = errno != 0 ? errno : EIO;
    return;
  }
  err_ = write_all(fd_, piece);
}

std::optional<diag::Diagnostic> AtomicWriter::commit() {
  auto fail = [&](int err) {
    diag::Diagnostic d;
    d.code = "SIEG-IO07";
    d.file = path_ == "-" ? std::string(i18n::pick({"<sortie standard>", "<standard output>"}, lang_)) : path_;
    d.message = fmt::format(fmt::runtime(i18n::pick({"écriture impossible ({0})", "cannot write ({0})"}, lang_)),
                            std::strerror(err));
    return d;
  };
  if (path_ == "-") {
    if (err_ == 0 && std::fflush(stdout) != 0) err_ = errno != 0 ? errno : EIO;
    return err_ == 0 || err_ == EPIPE ? std::nullopt : std::optional<diag::Diagnostic>(fail(err_));
  }
  if (err_ != 0) return fail(err_);
  int fd = fd_;
  fd_ = -1;
  if (tmp_.empty()) {  // a device or a FIFO
    ::close(fd);
    return std::nullopt;
  }
  // The mode: an existing file keeps its own (a 0600 report of personal data stays 0600); a new one
  // gets what the umask leaves of 0666, as any file the user creates (mkstemp made it 0600).
  struct stat st {};
  mode_t mode;
  if (::stat(path_.c_str(), &st) == 0) mode = st.st_mode & 07777;
  else mode = 0666 & ~process_umask();
  ::fchmod(fd, mode);
  if ((durable_ && ::fsync(fd) != 0) || ::close(fd) != 0 || ::rename(tmp_.c_str(), path_.c_str()) != 0) {
    int err = errno;
    return fail(err);  // the destructor removes the temporary file
  }
  tmp_.clear();
  return std::nullopt;
}

std::optional<diag::Diagnostic> write_atomically(const std::string& path, const Producer& produce, i18n::Lang lang,
                                                 bool durable) {
  AtomicWriter w(path, lang, durable);
  produce([&](std::string_view piece) { w.write(piece); });
  return w.commit();
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

} // namespace sieg::io
