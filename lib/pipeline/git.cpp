// --changed-since: what git says changed, without a shell.
#include <filesystem>
#include <set>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include "pipeline/run.hpp"

extern char** environ;

namespace sieg::pipeline {
namespace {

// Runs git with `args`; its standard output in `out`, its standard error in `err` (kept apart: git's
// warnings never mix with what sieg parses or prints). The exit status, or -1 when git cannot run.
int run_git(std::vector<std::string> args, std::string& out, std::string& err) {
  int outfd[2], errfd[2];
  if (pipe(outfd) != 0) return -1;
  if (pipe(errfd) != 0) {
    close(outfd[0]);
    close(outfd[1]);
    return -1;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, outfd[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, errfd[1], STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, outfd[0]);
  posix_spawn_file_actions_addclose(&actions, errfd[0]);
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(outfd[1]);
  close(errfd[1]);
  if (rc != 0) {
    close(outfd[0]);
    close(errfd[0]);
    return -1;
  }
  // Standard error is small (a message); read standard output to its end, then standard error, so
  // neither pipe fills while the other is read... unless git writes more than a pipe's buffer of
  // errors, which it does not.
  char buf[4096];
  ssize_t n;
  while ((n = read(outfd[0], buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  while ((n = read(errfd[0], buf, sizeof buf)) > 0) err.append(buf, static_cast<std::size_t>(n));
  close(outfd[0]);
  close(errfd[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string first_line(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  return line;
}

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = text.find(sep, i);
    out.push_back(text.substr(i, j == std::string::npos ? std::string::npos : j - i));
    if (j == std::string::npos) break;
    i = j + 1;
  }
  return out;
}

} // namespace

std::optional<Changes> changed_since(const std::string& rev, std::string& error) {
  std::string out, err;
  int rc = run_git({"git", "rev-parse", "--is-inside-work-tree"}, out, err);
  if (rc != 0) {
    error = rc < 0 ? "git could not be run (is it installed?)" : "not inside a git repository";
    return std::nullopt;
  }
  // The revision is a revision, never an option: checked by rev-parse after --end-of-options, then
  // passed as the commit it names.
  std::string commit;
  err.clear();
  if (rev.empty() || rev[0] == '-' ||
      run_git({"git", "rev-parse", "--verify", "--end-of-options", rev + "^{commit}"}, commit, err) != 0) {
    error = "'" + rev + "' is not a revision of this repository";
    if (!err.empty()) error += " (git: " + first_line(err) + ")";
    return std::nullopt;
  }
  commit = commit.substr(0, commit.find('\n'));
  Changes c;
  // -z: paths as they are (no quoting), NUL-separated; -M: renames as one change.
  out.clear();
  err.clear();
  rc = run_git({"git", "-c", "core.quotepath=off", "diff", "--name-status", "-M", "-z", "--relative", commit, "--"}, out, err);
  if (rc != 0) {
    error = rc < 0 ? "git could not be run" : "git diff: " + first_line(err);
    return std::nullopt;
  }
  std::vector<std::string> fields = split(out, '\0');
  for (std::size_t i = 0; i < fields.size();) {
    const std::string& status = fields[i];
    if (status.empty()) {
      ++i;
      continue;
    }
    if ((status[0] == 'R' || status[0] == 'C') && i + 2 < fields.size()) {
      if (status[0] == 'R') c.renamed.emplace_back(shown(fields[i + 1]), shown(fields[i + 2]));
      c.files.insert(shown(fields[i + 2]));
      i += 3;
    } else if (i + 1 < fields.size()) {
      if (status[0] == 'D') c.deleted.push_back(shown(fields[i + 1]));
      else c.files.insert(shown(fields[i + 1]));
      i += 2;
    } else {
      break;
    }
  }
  out.clear();
  err.clear();
  rc = run_git({"git", "-c", "core.quotepath=off", "ls-files", "-z", "--others", "--exclude-standard"}, out, err);
  if (rc != 0) {
    error = rc < 0 ? "git could not be run" : "git ls-files: " + first_line(err);
    return std::nullopt;
  }
  for (const auto& f : split(out, '\0'))
    if (!f.empty()) c.files.insert(shown(f));
  return c;
}

std::set<std::string> files_to_check(const Changes& c, const Repository& repo) {
  std::set<std::string> out = c.files;
  auto reviews_of = [&](const std::string& dossier) {
    for (auto& r : repo.review_files(dossier)) out.insert(std::move(r));
  };
  // A dossier gone (deleted, or renamed away): the reviews left under its old id are checked (each is a
  // review of a missing dossier). A review gone: its dossier's jury changed.
  for (const auto& d : c.deleted) {
    if (repo.review_owner(d)) {
      if (auto dossier = repo.dossier_of_review(d)) out.insert(*dossier);
    } else {
      reviews_of(d);
    }
  }
  for (const auto& [from, to] : c.renamed) {
    if (repo.review_owner(from)) {
      if (auto dossier = repo.dossier_of_review(from)) out.insert(*dossier);
    } else if (dossier_id(from) != dossier_id(to)) {
      reviews_of(from);
    }
  }
  return out;
}

} // namespace sieg::pipeline
