// Writing a folder of files (the jury's site) as one: built whole in a fresh folder beside the target,
// then swapped in with one rename, so that a reader or a killed run never leaves a mix of two runs.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"

namespace sieg::io {

struct FolderFile {
  std::string name;  // a plain file name inside the folder
  std::string content;
};

// Writes `files` as the folder `target`. `manifest` (a file name) lists sieg's own files: on the next
// run, those that are no longer written are removed, while files sieg did not write (a CNAME, a README)
// are kept. On SIGINT or SIGTERM the fresh folder is removed; after a SIGKILL, the next run removes it.
std::optional<diag::Diagnostic> write_folder(const std::string& target, const std::vector<FolderFile>& files,
                                             const std::string& manifest, i18n::Lang lang);

} // namespace sieg::io
