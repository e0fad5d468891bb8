#include "io/pdf.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

extern char** environ;

namespace sieg::io {
namespace fs = std::filesystem;
namespace {

diag::Diagnostic pdf_error(const std::string& message, const std::string& hint) {
  diag::Diagnostic d;
  d.code = "SIEG-IO09";
  d.file = "";
  d.message = message;
  d.hint = hint;
  return d;
}

// A private temporary folder, removed with everything in it when the object goes. Its name carries the
// process id ($TMPDIR/sieg-pdf-PID-XXXXXX): a later run removes those of processes that are gone (a run
// killed with SIGKILL), when they are this user's.
struct TempDir {
  std::string path;
  TempDir() {
    const char* env = std::getenv("TMPDIR");
    std::string base = env != nullptr && *env != '\0' ? env : "/tmp";
    std::error_code ec;
    for (fs::directory_iterator it(base, ec), end; !ec && it != end; it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (name.rfind("sieg-pdf-", 0) != 0) continue;
      char* stop = nullptr;
      long pid = std::strtol(name.c_str() + 9, &stop, 10);
      struct stat st {};
      if (pid <= 0 || stop == nullptr || *stop != '-' || std::strlen(stop) != 7 || pid == ::getpid()) continue;
      if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;  // alive (or not ours to ask)
      if (::lstat(it->path().c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid()) continue;
      std::error_code e2;
      fs::remove_all(it->path(), e2);
    }
    std::string tmpl = base + "/sieg-pdf-" + std::to_string(::getpid()) + "-XXXXXX";
    std::vector<char> buf(tmpl.begin(), tmpl.end());
    buf.push_back('\0');
    if (mkdtemp(buf.data()) != nullptr) path = buf.data();
  }
  ~TempDir() {
    std::error_code ec;
    if (!path.empty()) fs::remove_all(path, ec);
  }
};

// SIGINT or SIGTERM while Chromium prints: its whole process group is killed at once (kill is
// async-signal-safe); the waiting loop then removes the temporary folder and dies of the same signal.
volatile std::sig_atomic_t g_browser = 0;  // the browser's process group, while it runs
volatile std::sig_atomic_t g_stopped = 0;  // the signal received
extern "C" void stop_browser(int sig) {
  g_stopped = sig;
  if (g_browser > 0) ::kill(-static_cast<pid_t>(g_browser), SIGKILL);
}
struct BrowserSignals {
  void (*old_int)(int), (*old_term)(int);
  BrowserSignals() : old_int(std::signal(SIGINT, stop_browser)), old_term(std::signal(SIGTERM, stop_browser)) {}
  ~BrowserSignals() {
    g_browser = 0;
    std::signal(SIGINT, old_int);
    std::signal(SIGTERM, old_term);
  }
};

} // namespace

std::string find_chromium() {
  if (const char* env = std::getenv("SIEG_CHROMIUM"); env != nullptr && *env != '\0') return env;
  const char* path = std::getenv("PATH");
  std::string dirs = path != nullptr ? path : "/usr/bin:/bin";
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    std::size_t i = 0;
    while (i <= dirs.size()) {
      std::size_t j = dirs.find(':', i);
      std::string dir = dirs.substr(i, j == std::string::npos ? std::string::npos : j - i);
      if (!dir.empty()) {
        std::string candidate = dir + "/" + name;
        if (access(candidate.c_str(), X_OK) == 0) return candidate;
      }
      if (j == std::string::npos) break;
      i = j + 1;
    }
  }
  return "";
}

namespace {
std::optional<diag::Diagnostic> print(const std::string& html, std::string& pdf, i18n::Lang lang, int timeout_s);
}

std::optional<diag::Diagnostic> html_to_pdf(const std::string& html, std::string& pdf, const std::string& output,
                                            i18n::Lang lang, int timeout_s) {
  auto d = print(html, pdf, lang, timeout_s);
  if (d) d->file = output;
  return d;
}

namespace {
std::optional<diag::Diagnostic> print(const std::string& html, std::string& pdf, i18n::Lang lang, int timeout_s) {
  auto pick = [&](const i18n::Text& t) { return std::string(i18n::pick(t, lang)); };
  std::string chromium = find_chromium();
  if (chromium.empty())
    return pdf_error(pick({"un PDF demande Chromium, introuvable", "a PDF needs Chromium, which was not found"}),
                     pick({"installez-le (apt install chromium) ou nommez-le dans SIEG_CHROMIUM ; ou écrivez le rapport en HTML "
                           "(-o rapport.html) et imprimez-le depuis un navigateur",
                           "install it (apt install chromium) or name it in SIEG_CHROMIUM; or write the report as HTML "
                           "(-o report.html) and print it from a browser"}));
  TempDir tmp;
  if (tmp.path.empty())
    return pdf_error(pick({"dossier temporaire impossible à créer", "cannot create a temporary folder"}), "");
  std::string page = tmp.path + "/report.html", out = tmp.path + "/report.pdf";
  {
    // Scripts off and nothing fetched, by the page's own policy (Chromium's scriptEnabled=false setting
    // stops headless printing altogether).
    std::string guarded = html;
    const std::string csp =
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">";
    std::size_t head = guarded.find("<head>");
    guarded.insert(head == std::string::npos ? 0 : head + 6, csp);
    std::ofstream f(page, std::ios::binary);
    f << guarded;
    if (!f) return pdf_error(pick({"écriture impossible dans le dossier temporaire", "cannot write to the temporary folder"}), "");
  }
  std::vector<std::string> args = {chromium,
                                   "--headless",
                                   "--disable-gpu",
                                   "--no-sandbox",  // as root (CI containers); the page is sieg's own, without scripts
                                   "--no-first-run",
                                   "--disable-extensions",
                                   "--disable-background-networking",
                                   "--disable-sync",
                                   "--disable-quic",
                                   "--host-resolver-rules=MAP * ~NOTFOUND",
                                   "--user-data-dir=" + tmp.path + "/profile",
                                   "--no-pdf-header-footer",
                                   "--print-to-pdf=" + out,
                                   "file://" + page};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  std::string log = tmp.path + "/chromium.log";
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);  // its helpers too are stopped on a timeout
  posix_spawnattr_setpgroup(&attr, 0);
  pid_t pid = 0;
  BrowserSignals signals;
  g_stopped = 0;
  int rc = posix_spawn(&pid, chromium.c_str(), &actions, &attr, argv.data(), environ);
  if (rc == 0) g_browser = pid;
  if (rc == 0 && g_stopped != 0) ::kill(-pid, SIGKILL);  // a signal between the spawn and the line above
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (rc != 0)
    return pdf_error(fmt::format(fmt::runtime(pick({"Chromium ({0}) n'a pas pu être lancé", "Chromium ({0}) could not be started"})), chromium),
                     pick({"vérifiez l'installation, ou SIEG_CHROMIUM", "check the installation, or SIEG_CHROMIUM"}));
  int status = 0;
  bool done = false;
  for (int waited_ms = 0; waited_ms < timeout_s * 1000; waited_ms += 50) {
    pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid || (r < 0 && errno != EINTR)) {
      done = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (g_stopped != 0) {  // killed by the handler: clean up, then die of the signal as if unhandled
    int sig = g_stopped;
    if (!done) waitpid(pid, &status, 0);
    std::error_code ec;
    fs::remove_all(tmp.path, ec);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
  }
  if (!done) {
    kill(-pid, SIGKILL);
    waitpid(pid, &status, 0);
    return pdf_error(fmt::format(fmt::runtime(pick({"Chromium n'a pas fini en {0} s", "Chromium did not finish within {0} s"})), timeout_s),
                     "");
  }
  std::ifstream f(out, std::ios::binary);
  std::stringstream bytes;
  bytes << f.rdbuf();
  pdf = bytes.str();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || pdf.compare(0, 4, "%PDF") != 0) {
    std::ifstream l(log);
    std::string first;
    std::getline(l, first);
    return pdf_error(pick({"Chromium n'a pas produit de PDF", "Chromium produced no PDF"}), first);
  }
  return std::nullopt;
}
} // namespace

} // namespace sieg::io
