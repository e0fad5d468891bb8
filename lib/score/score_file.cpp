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
  std::vector<Review> reviews;
  bool reviews_ok = true;
  for (const auto& f : repo::review_files(path, o.reviews_root)) {
    auto r = load_review(f, o.lang);
    fs.load_diags.insert(fs.load_diags.end(), r.diags.begin(), r.diags.end());
    if (r.review) reviews.push_back(std::move(*r.review));
    else reviews_ok = false;
  }
  Options so;
  so.aggregate = o.aggregate;
  so.lang = o.lang;
  Result result = score_dossier(*grid, input, reviews, so);
  if (!reviews_ok) {  // a review that does not load: never score without it
    result.source = Source::None;
    result.total.reset();
    result.markers.clear();
    result.dimensions.clear();
    result.thresholds.clear();
  }
  fs.result = std::move(result);
  return fs;
}

} // namespace sieg::score
