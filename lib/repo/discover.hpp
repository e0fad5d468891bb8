// Finding dossiers and reviews on disk.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace sieg::repo {

// Every *.yaml / *.yml under `root`, sorted, leaving out hidden folders, build* folders and
// folders named "evaluations" (reviews live there). Paths start with `root` ("." gives "./a.yaml"
// reported as "a.yaml").
std::vector<std::string> yaml_files(const std::string& root);

// The reviews of a dossier: REVIEWS/<id>/*.yaml, sorted, where REVIEWS is `reviews_root` or, when
// not given, the folder "evaluations" beside the dossier; <id> is the dossier's file name without
// its extension.
std::vector<std::string> review_files(const std::string& dossier_path, const std::optional<std::string>& reviews_root);

// "examples/a.yaml" -> "a"
std::string dossier_id(const std::string& path);

// Where the reviews of a dossier are looked for (for messages).
std::string reviews_dir(const std::string& dossier_path, const std::optional<std::string>& reviews_root);

} // namespace sieg::repo
