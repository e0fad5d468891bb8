// --changed-since: what git says changed, without a shell.
#include <set>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include "pipeline/run.hpp"

extern char** environ;

namespace sieg::pipeline {

std::optional<std::set<std::string>> changed_since(const std::string& rev, std::string& error) {
  auto run_git = [&](std::vector<std::string> args, std::string& output) {
    int pipefd[2];
    if (pipe(pipefd) != 0) return -1;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipefd[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, pipefd[1], STDERR_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipefd[0]);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    int rc = posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipefd[1]);
    if (rc != 0) {
      close(pipefd[0]);
      return -1;
    }
    char buf[4096];
    ssize_t n;
    while ((n = read(pipefd[0], buf, sizeof buf)) > 0) output.append(buf, static_cast<std::size_t>(n));
    close(pipefd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  };
  std::set<std::string> out;
  std::string probe;
  if (run_git({"git", "rev-parse", "--is-inside-work-tree"}, probe) != 0) {
    error = "not inside a git repository";
    return std::nullopt;
  }
  // The revision is a revision, never an option: checked by rev-parse after --end-of-options, then
  // passed as the commit it names.
  std::string commit;
  if (rev.empty() || rev[0] == '-' ||
      run_git({"git", "rev-parse", "--verify", "--quiet", "--end-of-options", rev + "^{commit}"}, commit) != 0) {
    error = "'" + rev + "' is not a revision of this repository";
    return std::nullopt;
  }
  commit = commit.substr(0, commit.find('\n'));
  for (auto args : {std::vector<std::string>{"git", "-c", "core.quotepath=off", "diff", "--name-only", "--relative", commit, "--"},
                    std::vector<std::string>{"git", "-c", "core.quotepath=off", "ls-files", "--others", "--exclude-standard"}}) {
    std::string text;
    int rc = run_git(args, text);
    if (rc != 0) {
      error = rc < 0 ? "git could not be run" : text.substr(0, text.find('\n'));
      return std::nullopt;
    }
    std::size_t i = 0;
    while (i < text.size()) {
      std::size_t j = text.find('\n', i);
      std::string line = text.substr(i, j == std::string::npos ? std::string::npos : j - i);
      if (!line.empty()) out.insert(shown(line));
      if (j == std::string::npos) break;
      i = j + 1;
    }
  }
  return out;
}

} // namespace sieg::pipeline
