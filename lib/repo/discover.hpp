// Finding the reviews of a dossier on disk (the dossiers of a repository: config::dossier_files).
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace sieg::repo {

// The reviews of a dossier: REVIEWS/<id>/*.yaml, sorted, where REVIEWS is `reviews_root` or, when
// not given, the folder "evaluations" beside the dossier; <id> is the dossier's file name without
// its extension.
std::vector<std::string> review_files(const std::string& dossier_path, const std::optional<std::string>& reviews_root);

// "examples/a.yaml" -> "a"
std::string dossier_id(const std::string& path);

// Where the reviews of a dossier are looked for (for messages).
std::string reviews_dir(const std::string& dossier_path, const std::optional<std::string>& reviews_root);

} // namespace sieg::repo
