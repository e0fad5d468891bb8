#include "output.hpp"

#include <cerrno>

#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace sieg::cmd {

bool use_colour(const std::string& mode, std::FILE* stream) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_colour = std::getenv("NO_COLOR");
  if (no_colour != nullptr && *no_colour != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return ::isatty(::fileno(stream)) == 1;
}

namespace {
int g_stdout_errno = 0;  // the first failed write to standard output
}

void write(std::FILE* stream, const std::string& text) {
  if (std::fwrite(text.data(), 1, text.size(), stream) != text.size() && stream == stdout && g_stdout_errno == 0)
    g_stdout_errno = errno != 0 ? errno : EIO;
}

int stdout_error() {
  if (std::fflush(stdout) != 0 && g_stdout_errno == 0) g_stdout_errno = errno != 0 ? errno : EIO;
  if (std::ferror(stdout) != 0 && g_stdout_errno == 0) g_stdout_errno = EIO;
  return g_stdout_errno;
}

} // namespace sieg::cmd
