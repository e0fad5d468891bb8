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
#include <poll.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

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
// A write to the browser's pipe after it died is an error to report, not SIGPIPE.
struct BrowserSignals {
  void (*old_int)(int), (*old_term)(int), (*old_pipe)(int);
  BrowserSignals()
      : old_int(std::signal(SIGINT, stop_browser)), old_term(std::signal(SIGTERM, stop_browser)), old_pipe(std::signal(SIGPIPE, SIG_IGN)) {}
  ~BrowserSignals() {
    g_browser = 0;
    std::signal(SIGINT, old_int);
    std::signal(SIGTERM, old_term);
    std::signal(SIGPIPE, old_pipe);
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

using nlohmann::json;

// Standard base64 (RFC 4648), as Page.printToPDF returns the PDF; nothing on a character outside it.
std::optional<std::string> base64_decode(std::string_view in) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  std::string out;
  out.reserve(in.size() / 4 * 3);
  unsigned buf = 0;
  int bits = 0;
  for (char c : in) {
    if (c == '=') break;
    int v = value(c);
    if (v < 0) return std::nullopt;
    buf = (buf << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buf >> bits) & 0xFF));
    }
  }
  return out;
}

// An fd moved above the standard ones and 3, 4 (the browser's pipe ends), close-on-exec.
int high_fd(int fd) {
  int moved = ::fcntl(fd, F_DUPFD_CLOEXEC, 10);
  ::close(fd);
  return moved;
}

} // namespace

// The browser session: Chromium started once with --remote-debugging-pipe (commands on its fd 3, answers
// on its fd 4, each a JSON message ended by a NUL byte), one tab, every page printed in it.
struct PdfPrinter::Impl {
  i18n::Lang lang;
  int timeout_s;
  TempDir tmp;
  std::optional<BrowserSignals> signals;
  pid_t pid = 0;
  int to_browser = -1, from_browser = -1;
  std::string buffer;          // bytes read, not yet a whole message
  int next_id = 0;
  std::string session;         // the tab's session (Target.attachToTarget, flatten)
  int pages = 0;
  std::optional<diag::Diagnostic> broken;  // a failure that stops the session: every later print gives it

  std::string pick(const i18n::Text& t) const { return i18n::pick(t, lang); }

  diag::Diagnostic failure(const std::string& message) {
    std::ifstream l(tmp.path + "/chromium.log");
    std::string first;
    std::getline(l, first);
    return pdf_error(message, first);
  }

  // Dies of the signal received while the browser ran (after the cleanup), as if it were unhandled.
  void die_if_stopped() {
    if (g_stopped == 0) return;
    int sig = g_stopped;
    if (pid > 0) {
      int status = 0;
      ::kill(-pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      pid = 0;
    }
    std::error_code ec;
    fs::remove_all(tmp.path, ec);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
  }

  std::optional<diag::Diagnostic> start() {
    std::string chromium = find_chromium();
    if (chromium.empty())
      return pdf_error(pick({"un PDF demande Chromium, introuvable", "a PDF needs Chromium, which was not found"}),
                       pick({"installez-le (apt install chromium) ou nommez-le dans SIEG_CHROMIUM ; ou écrivez le rapport en HTML "
                             "(-o rapport.html) et imprimez-le depuis un navigateur",
                             "install it (apt install chromium) or name it in SIEG_CHROMIUM; or write the report as HTML "
                             "(-o report.html) and print it from a browser"}));
    if (tmp.path.empty()) return pdf_error(pick({"dossier temporaire impossible à créer", "cannot create a temporary folder"}), "");
    int in[2], out[2];
    if (::pipe(in) != 0) return pdf_error(pick({"tube impossible à créer", "cannot create a pipe"}), std::strerror(errno));
    if (::pipe(out) != 0) {
      ::close(in[0]);
      ::close(in[1]);
      return pdf_error(pick({"tube impossible à créer", "cannot create a pipe"}), std::strerror(errno));
    }
    int browser_reads = high_fd(in[0]), browser_writes = high_fd(out[1]);
    to_browser = high_fd(in[1]);
    from_browser = high_fd(out[0]);
    std::vector<std::string> args = {chromium,
                                     "--headless",
                                     "--disable-gpu",
                                     "--no-sandbox",  // as root (CI containers); the pages are sieg's own, without scripts
                                     "--no-first-run",
                                     "--disable-extensions",
                                     "--disable-background-networking",
                                     "--disable-sync",
                                     "--disable-quic",
                                     "--host-resolver-rules=MAP * ~NOTFOUND",
                                     "--user-data-dir=" + tmp.path + "/profile",
                                     "--remote-debugging-pipe",
                                     "about:blank"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    std::string log = tmp.path + "/chromium.log";
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, browser_reads, 3);
    posix_spawn_file_actions_adddup2(&actions, browser_writes, 4);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);  // its helpers too are stopped at the end
    posix_spawnattr_setpgroup(&attr, 0);
    signals.emplace();
    g_stopped = 0;
    int rc = posix_spawn(&pid, chromium.c_str(), &actions, &attr, argv.data(), environ);
    if (rc == 0) g_browser = pid;
    if (rc == 0 && g_stopped != 0) ::kill(-pid, SIGKILL);  // a signal between the spawn and the line above
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    ::close(browser_reads);
    ::close(browser_writes);
    if (rc != 0) {
      pid = 0;
      return pdf_error(fmt::format(fmt::runtime(pick({"Chromium ({0}) n'a pas pu être lancé", "Chromium ({0}) could not be started"})), chromium),
                       pick({"vérifiez l'installation, ou SIEG_CHROMIUM", "check the installation, or SIEG_CHROMIUM"}));
    }
    json target = call("Target.createTarget", {{"url", "about:blank"}}, false);
    if (broken) return broken;
    json attached = call("Target.attachToTarget", {{"targetId", target.value("targetId", "")}, {"flatten", true}}, false);
    if (broken) return broken;
    session = attached.value("sessionId", "");
    call("Page.enable", json::object(), true);
    return broken;
  }

  // Sends a command; its result (an empty object on failure, and `broken` set). `in_tab`: to the tab's session.
  json call(const std::string& method, const json& params, bool in_tab, const char* event = nullptr) {
    if (broken) return json::object();
    int id = ++next_id;
    json message = {{"id", id}, {"method", method}, {"params", params}};
    if (in_tab) message["sessionId"] = session;
    std::string bytes = message.dump();
    bytes.push_back('\0');
    for (std::size_t done = 0; done < bytes.size();) {
      ssize_t n = ::write(to_browser, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) {
        die_if_stopped();
        continue;
      }
      if (n <= 0) {
        broken = failure(pick({"Chromium n'a pas produit de PDF", "Chromium produced no PDF"}));
        return json::object();
      }
      done += static_cast<std::size_t>(n);
    }
    // The answer, and the event waited for (the page loaded), in whichever order they come.
    std::optional<json> result;
    bool seen = event == nullptr;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_s);
    while (!result || !seen) {
      std::size_t end = buffer.find('\0');
      if (end != std::string::npos) {
        json m = json::parse(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(end), nullptr, false);
        buffer.erase(0, end + 1);
        if (m.is_discarded() || !m.is_object()) continue;
        if (m.contains("id") && m["id"] == id) {
          if (m.contains("error")) {
            std::string why = m["error"].value("message", "");
            broken = pdf_error(pick({"Chromium n'a pas produit de PDF", "Chromium produced no PDF"}), method + ": " + why);
            return json::object();
          }
          result = m.value("result", json::object());
        } else if (event != nullptr && m.value("method", "") == event && m.value("sessionId", "") == session) {
          seen = true;
        }
        continue;
      }
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
      if (left <= 0) {
        broken = pdf_error(fmt::format(fmt::runtime(pick({"Chromium n'a pas fini en {0} s", "Chromium did not finish within {0} s"})), timeout_s), "");
        return json::object();
      }
      pollfd p{from_browser, POLLIN, 0};
      int r = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 200)));
      die_if_stopped();
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) continue;
      char chunk[65536];
      ssize_t n = ::read(from_browser, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {  // the browser is gone
        broken = failure(pick({"Chromium n'a pas produit de PDF", "Chromium produced no PDF"}));
        return json::object();
      }
      buffer.append(chunk, static_cast<std::size_t>(n));
    }
    return *result;
  }

  std::optional<diag::Diagnostic> print(const std::string& html, std::string& pdf) {
    if (pid == 0 && !broken) {
      if (auto d = start()) broken = d;
    }
    if (broken) return broken;
    // Scripts off and nothing fetched, by the page's own policy.
    std::string guarded = html;
    const std::string csp =
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">";
    std::size_t head = guarded.find("<head>");
    guarded.insert(head == std::string::npos ? 0 : head + 6, csp);
    std::string page = tmp.path + "/page-" + std::to_string(++pages) + ".html";
    {
      std::ofstream f(page, std::ios::binary);
      f << guarded;
      if (!f) return pdf_error(pick({"écriture impossible dans le dossier temporaire", "cannot write to the temporary folder"}), "");
    }
    call("Page.navigate", {{"url", "file://" + page}}, true, "Page.loadEventFired");
    json printed = call("Page.printToPDF", {{"preferCSSPageSize", true}, {"printBackground", true}, {"displayHeaderFooter", false}}, true);
    std::error_code ec;
    fs::remove(page, ec);
    if (broken) return broken;
    auto bytes = base64_decode(printed.value("data", ""));
    if (!bytes || bytes->compare(0, 4, "%PDF") != 0) return pdf_error(pick({"Chromium n'a pas produit de PDF", "Chromium produced no PDF"}), "");
    pdf = std::move(*bytes);
    return std::nullopt;
  }

  ~Impl() {
    if (pid > 0) {
      if (!broken) {  // a clean close, then the whole group
        std::string bytes = json{{"id", ++next_id}, {"method", "Browser.close"}}.dump();
        bytes.push_back('\0');
        [[maybe_unused]] ssize_t n = ::write(to_browser, bytes.data(), bytes.size());
      }
      int status = 0;
      for (int waited_ms = 0; waited_ms < 3000; waited_ms += 20) {
        if (::waitpid(pid, &status, WNOHANG) == pid) {
          pid = 0;
          break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
      if (pid > 0) {
        ::kill(-pid, SIGKILL);
        ::waitpid(pid, &status, 0);
      }
    }
    if (to_browser >= 0) ::close(to_browser);
    if (from_browser >= 0) ::close(from_browser);
  }
};

PdfPrinter::PdfPrinter(i18n::Lang lang, int timeout_s) : impl_(std::make_unique<Impl>()) {
  impl_->lang = lang;
  impl_->timeout_s = timeout_s;
}
PdfPrinter::~PdfPrinter() = default;

std::optional<diag::Diagnostic> PdfPrinter::print(const std::string& html, std::string& pdf, const std::string& output) {
  auto d = impl_->print(html, pdf);
  if (d) d->file = output;
  return d;
}

std::optional<diag::Diagnostic> html_to_pdf(const std::string& html, std::string& pdf, const std::string& output,
                                            i18n::Lang lang, int timeout_s) {
  PdfPrinter printer(lang, timeout_s);
  return printer.print(html, pdf, output);
}

} // namespace sieg::io
