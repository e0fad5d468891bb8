#include "score/score_file.hpp"

#include "calls/call.hpp"
#include "repo/discover.hpp"
#include "validate/validate_file.hpp"
#include "io/read.hpp"
#include "yaml/loader.hpp"

namespace sieg::score {

const grids::Grid* grid_of_call(const std::string& call_id) {
  const calls::Call* c = calls::find_call(call_id);
  return c == nullptr ? nullptr : grids::find_grid(c->grid);
}

Reviewed score_with_reviews(const grids::Grid& grid, const DossierInput& dossier, const std::string& path,
                            const std::optional<std::string>& reviews_root, const Options& options) {
  Reviewed out;
  std::vector<Review> reviews;
  bool reviews_ok = true;
  for (const auto& f : repo::review_files(path, reviews_root)) {
    auto r = load_review(f, options.lang);
    out.review_diags.insert(out.review_diags.end(), r.diags.begin(), r.diags.end());
    if (r.review) reviews.push_back(std::move(*r.review));
    else reviews_ok = false;
  }
  out.result = score_dossier(grid, dossier, reviews, options);
  if (!reviews_ok) {
    out.result.source = Source::None;
    out.result.total.reset();
    out.result.markers.clear();
    out.result.dimensions.clear();
    out.result.thresholds.clear();
  }
  return out;
}

FileScore score_file(const std::string& path, const FileOptions& o) {
  FileScore fs;
  fs.file = path;
  io::Input in = io::read_input(path, o.lang);
  if (in.error) {
    fs.load_diags.push_back(*in.error);
    return fs;
  }
  auto loaded = yaml::load(in.bytes, path, o.lang);
  if (!loaded.root) {
    fs.load_diags = std::move(loaded.diags);
    return fs;
  }
  validate::Context vctx;
  vctx.lang = o.lang;
  vctx.dossier_schema = validate::builtin_dossier_schema().get();
  vctx.eligibility = false;
  auto shape = validate::validate_tree(*loaded.root, path, vctx);
  if (!shape.empty()) {
    fs.load_diags = std::move(shape);
    return fs;
  }
  fs.is_dossier = true;
  DossierInput input = dossier_input(*loaded.root, path);
  const grids::Grid* grid = o.grid != nullptr ? o.grid : grid_of_call(input.call);
  if (grid == nullptr) return fs;
  fs.grid_id = grid->id;
  Options so;
  so.aggregate = o.aggregate;
  so.lang = o.lang;
  Reviewed scored = score_with_reviews(*grid, input, path, o.reviews_root, so);
  fs.load_diags.insert(fs.load_diags.end(), scored.review_diags.begin(), scored.review_diags.end());
  fs.result = std::move(scored.result);
  return fs;
}

} // namespace sieg::score
