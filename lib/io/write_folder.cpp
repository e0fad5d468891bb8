#include "io/write_folder.hpp"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "io/read.hpp"

namespace sieg::io {
namespace fs = std::filesystem;

namespace {

// What a SIGINT or SIGTERM handler removes: the files of the folder being written, then the folder.
// Set before the handlers are installed; only unlink and rmdir run in the handler (async-signal-safe).
std::vector<std::string> g_pending;  // files, then the folder last
volatile std::sig_atomic_t g_armed = 0;

extern "C" void remove_pending(int sig) {
  if (g_armed != 0)
    for (const auto& p : g_pending) {
      if (::unlink(p.c_str()) != 0) ::rmdir(p.c_str());
    }
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

struct SignalGuard {
  void (*old_int)(int), (*old_term)(int);
  SignalGuard() : old_int(std::signal(SIGINT, remove_pending)), old_term(std::signal(SIGTERM, remove_pending)) { g_armed = 1; }
  ~SignalGuard() {
    g_armed = 0;
    std::signal(SIGINT, old_int);
    std::signal(SIGTERM, old_term);
  }
};

diag::Diagnostic cannot(const std::string& path, int err, i18n::Lang lang) {
  diag::Diagnostic d;
  d.code = "SIEG-IO07";
  d.file = path;
  d.message = fmt::format(fmt::runtime(i18n::pick({"écriture impossible ({0})", "cannot write ({0})"}, lang)), std::strerror(err));
  return d;
}

bool write_whole(const fs::path& p, const std::string& content) {
  std::ofstream out(p, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.flush();
  return static_cast<bool>(out);
}

} // namespace

namespace {
// The manifest's first line: this machine's mark, so that a manifest committed by a stranger (who would
// choose which files of the folder are kept and published) is not taken for sieg's.
std::string manifest_mark(const std::optional<Secret>& secret) {
  return secret ? "# sieg " + mark(*secret, "sieg-site-manifest-1") : std::string();
}
} // namespace

std::optional<diag::Diagnostic> check_folder_target(const std::string& target, const std::string& manifest,
                                                    i18n::Lang lang, const std::optional<Secret>& secret) {
  fs::path dest(target);
  if (dest.filename().empty()) dest = dest.parent_path();
  auto refuse = [&](const i18n::Text& why) {
    diag::Diagnostic d;
    d.code = "SIEG-IO07";
    d.file = target;
    d.message = fmt::format(fmt::runtime(i18n::pick(why, lang)), manifest);
    return d;
  };
  struct stat st {};
  if (::lstat(dest.c_str(), &st) != 0) return std::nullopt;  // made by this run
  if (S_ISLNK(st.st_mode))
    return refuse({"est un lien symbolique : sieg n'écrit pas à travers (il publierait ce vers quoi il pointe)",
                   "is a symbolic link: sieg does not write through it (it would publish what it points to)"});
  if (!S_ISDIR(st.st_mode)) return refuse({"existe et n'est pas un dossier", "exists and is not a folder"});
  struct stat m {};
  if (::lstat((dest / manifest).c_str(), &m) == 0 && S_ISREG(m.st_mode)) {
    if (!secret) return std::nullopt;  // no secret to tell: any manifest of sieg's form
    io::Input in = io::read_input((dest / manifest).string(), lang);
    if (!in.error && in.bytes.substr(0, in.bytes.find('\n')) == manifest_mark(secret)) return std::nullopt;  // sieg's
  }
  std::error_code ec;
  if (fs::is_empty(dest, ec) && !ec) return std::nullopt;
  return refuse({"existe et n'a pas été écrit par sieg sur cette machine (pas de {0} de sa main) : choisissez un autre dossier, ou videz-le",
                 "exists and was not written by sieg on this machine (no {0} of its own): choose another folder, or empty it"});
}

std::optional<diag::Diagnostic> write_folder(const std::string& target, const std::vector<FolderFile>& files,
                                             const std::string& manifest, i18n::Lang lang,
                                             const std::optional<Secret>& secret, bool only_their_folders) {
  fs::path dest(target);
  if (dest.filename().empty()) dest = dest.parent_path();  // "site/" -> "site"
  fs::path parent = dest.parent_path().empty() ? fs::path(".") : dest.parent_path();
  std::string stem = "." + dest.filename().string() + ".sieg-";
  // One run at a time beside the target: the lock is the parent folder's, held until the swap is done.
  int lock = ::open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (lock < 0) return cannot(target, errno, lang);
  struct Unlock {
    int fd;
    ~Unlock() { ::close(fd); }
  } unlock{lock};
  while (::flock(lock, LOCK_EX) != 0)
    if (errno != EINTR) return cannot(target, errno, lang);
  if (auto refused = check_folder_target(target, manifest, lang, secret)) return refused;
  const std::string build_mark = secret ? io::mark(*secret, "sieg-folder-build-1") : std::string();
  const std::string mark_file = ".sieg-build";
  std::error_code ec;
  // Leftovers of a run that was killed (SIGKILL): sieg's own temporary folders beside the target, known
  // by their name, their owner and this machine's mark inside; no other run is writing one (the lock).
  if (secret)
    for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
      std::string name = it->path().filename().string();
      struct stat st {};
      if (name.size() != stem.size() + 6 || name.compare(0, stem.size(), stem) != 0) continue;
      if (::lstat(it->path().c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid()) continue;
      io::Input m = io::read_input((it->path() / mark_file).string(), lang, 64);
      std::error_code e2;
      if (!m.error && m.bytes == build_mark) fs::remove_all(it->path(), e2);
    }

  std::string tmpl = (parent / (stem + "XXXXXX")).string();
  if (::mkdtemp(tmpl.data()) == nullptr) return cannot(target, errno, lang);
  fs::path fresh(tmpl);
  std::vector<std::string> pending;
  std::set<std::string> subfolders;  // "anne-roussel" of "anne-roussel/x.pdf"
  for (const auto& f : files) {
    pending.push_back((fresh / f.name).string());
    if (auto slash = f.name.find('/'); slash != std::string::npos) subfolders.insert(f.name.substr(0, slash));
  }
  for (const auto& sub : subfolders) pending.push_back((fresh / sub).string());
  pending.push_back((fresh / manifest).string());
  pending.push_back((fresh / mark_file).string());
  pending.push_back(fresh.string());
  g_pending = pending;
  SignalGuard guard;
  auto fail = [&](const std::string& path, int err) {
    fs::remove_all(fresh, ec);
    return cannot(path, err, lang);
  };
  if (secret && !write_whole(fresh / mark_file, build_mark)) return fail(fresh.string(), errno);
  for (const auto& sub : subfolders)
    if (::mkdir((fresh / sub).c_str(), 0777) != 0) return fail((dest / sub).string(), errno);

  // sieg's own files of the last run (its manifest; check_folder_target vouched for it).
  bool exists = fs::exists(dest, ec);
  std::set<std::string> own;
  if (exists) {
    io::Input old = io::read_input((dest / manifest).string(), lang);
    if (!old.error) {
      std::istringstream in(old.bytes);
      for (std::string line; std::getline(in, line);) own.insert(line);
    }
  }
  // With only_their_folders: sieg's sub-folders this run does not write, carried over whole.
  std::set<std::string> carried;
  if (only_their_folders)
    for (const auto& line : own)
      if (auto slash = line.find('/'); slash != std::string::npos && subfolders.count(line.substr(0, slash)) == 0)
        carried.insert(line.substr(0, slash));

  // The new site, whole, in the fresh folder; its manifest lists sieg's own files.
  std::string listing = secret ? manifest_mark(secret) + "\n" : std::string();
  for (const auto& f : files) {
    if (!write_whole(fresh / f.name, f.content)) return fail((dest / f.name).string(), errno);
    listing += f.name + "\n";
  }
  for (const auto& line : own)
    if (auto slash = line.find('/'); slash != std::string::npos && carried.count(line.substr(0, slash)) != 0) listing += line + "\n";
  if (!write_whole(fresh / manifest, listing)) return fail((dest / manifest).string(), errno);

  // The build's mark goes before the swap (the pages alone are published).
  if (secret) ::unlink((fresh / mark_file).c_str());
  // Foreign files of the old folder (a CNAME, a README...) come along; sieg's own stale pages do not.
  if (exists) {
    // A folder of sieg's own (a juror's handout, listed as "folder/file"): its foreign files come along.
    std::set<std::string> own_folders;
    for (const auto& line : own)
      if (auto slash = line.find('/'); slash != std::string::npos) own_folders.insert(line.substr(0, slash));
    auto keep = [&](const fs::path& from, const fs::path& to) {
      std::error_code e2;
      fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::copy_symlinks, e2);
      return e2 ? e2.value() : 0;
    };
    for (fs::directory_iterator it(dest, ec), end; !ec && it != end; it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (name == manifest || own.count(name) != 0) continue;
      if (carried.count(name) != 0 && it->is_directory(ec) && !it->is_symlink(ec)) {  // another juror's, as it was
        if (int err = keep(it->path(), fresh / name)) return fail(it->path().string(), err);
        continue;
      }
      // A folder sieg writes now or wrote last time: merged, its foreign files kept, never dropped.
      if ((own_folders.count(name) != 0 || subfolders.count(name) != 0) && it->is_directory(ec) && !it->is_symlink(ec)) {
        std::error_code e3;
        for (fs::directory_iterator in(it->path(), e3), stop; !e3 && in != stop; in.increment(e3)) {
          std::string inner = name + "/" + in->path().filename().string();
          if (own.count(inner) != 0 || fs::exists(fresh / inner)) continue;
          fs::create_directory(fresh / name, e3);
          if (int err = keep(in->path(), fresh / inner)) return fail(in->path().string(), err);
        }
        continue;
      }
      if (fs::exists(fresh / name)) continue;
      if (int err = keep(it->path(), fresh / name)) return fail(it->path().string(), err);
    }
  }
  // The folder's mode: the old folder's, or what the umask leaves of 0777 (mkdtemp made it 0700).
  struct stat st {};
  if (exists && ::stat(dest.c_str(), &st) == 0) {
    ::chmod(fresh.c_str(), st.st_mode & 07777);
  } else {
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(fresh.c_str(), 0777 & ~mask);
  }

  // The swap: readers see the old site or the new one, never a mix.
  if (exists) {
    if (::renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, dest.c_str(), RENAME_EXCHANGE) != 0) return fail(target, errno);
    g_armed = 0;
    fs::remove_all(fresh, ec);  // the old site, now at the fresh folder's name
  } else {
    if (::rename(fresh.c_str(), dest.c_str()) != 0) return fail(target, errno);
  }
  return std::nullopt;
}

} // namespace sieg::io
