// Writing a folder of files (the jury's site, the handouts) as one: built whole in a fresh folder beside the target,
// then swapped in with one rename, so that a reader or a killed run never leaves a mix of two runs.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"
#include "io/secret.hpp"

namespace sieg::io {

struct FolderFile {
  std::string name;  // a file name inside the folder, or "folder/file" (one level of sub-folders)
  std::string content;
};

// Whether `target` may be written as sieg's folder: it does not exist, or it is a real folder (not a
// symbolic link: a committed `public -> evaluations` would publish what it points to) that is empty or
// holds `manifest` written by sieg on this machine (its first line carries the mark of `secret`; without
// a secret, any manifest). A diagnostic (SIEG-IO07) saying why not.
std::optional<diag::Diagnostic> check_folder_target(const std::string& target, const std::string& manifest,
                                                    i18n::Lang lang, const std::optional<Secret>& secret);

// Writes `files` as the folder `target` (which check_folder_target accepts, checked again under the
// lock). `manifest` (a file name) lists sieg's own files: on the next run, those that are no longer
// written are removed, while files sieg did not write (a CNAME, a README) are kept. Runs writing beside
// one another take turns (flock on the parent folder), so none swaps in another's half-built folder. On
// SIGINT or SIGTERM the fresh folder is removed; after a SIGKILL, a later run removes it, when it carries
// this machine's mark (`secret`; without one, leftovers stay). With `only_their_folders`, the files
// replace only the sub-folders they are in: sieg's other sub-folders of the last run stay as they were
// (`sieg handout --reviewer X` rewrites X's folder, not the other jurors').
std::optional<diag::Diagnostic> write_folder(const std::string& target, const std::vector<FolderFile>& files,
                                             const std::string& manifest, i18n::Lang lang,
                                             const std::optional<Secret>& secret, bool only_their_folders = false);

} // namespace sieg::io
