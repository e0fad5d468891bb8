#include "pipeline/evaluate.hpp"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "io/read.hpp"
#include "pipeline/messages.hpp"
#include "pipeline/modeline.hpp"
#include "rules/check.hpp"
#include "schema/builtin.hpp"
#include "schema/validate.hpp"
#include "tree/path.hpp"
#include "values/money.hpp"
#include "yaml/loader.hpp"

namespace sieg::pipeline {
namespace {

using i18n::pick;

void apply_config(std::vector<diag::Diagnostic>& diags, const config::Config& c) {
  diags.erase(std::remove_if(diags.begin(), diags.end(),
                             [&](const diag::Diagnostic& d) {
                               return std::any_of(c.off.begin(), c.off.end(), [&](const config::Off& o) { return o.code == d.code; });
                             }),
              diags.end());
  for (auto& d : diags)
    if (auto s = config::severity_for(c, d.code)) d.severity = *s;
}

void file_order(std::vector<diag::Diagnostic>& diags) {
  std::stable_sort(diags.begin(), diags.end(), [](const diag::Diagnostic& a, const diag::Diagnostic& b) {
    return a.line != b.line ? a.line < b.line : a.col < b.col;
  });
}

bool has_error(const std::vector<diag::Diagnostic>& diags) {
  return std::any_of(diags.begin(), diags.end(), [](const diag::Diagnostic& d) { return d.severity == diag::Severity::Error; });
}

diag::Diagnostic at(const std::string& code, diag::Severity sev, const std::string& file, const tree::Node* where) {
  diag::Diagnostic d;
  d.code = code;
  d.severity = sev;
  d.file = file;
  if (where != nullptr) {
    d.line = where->pos.line;
    d.col = where->pos.col;
  }
  return d;
}

// The call whose rules apply: --call, else sieg.toml's, else the one the dossier names.
const calls::Call* choose_call(const tree::Node& root, const Repository& repo, const Options& o, const std::string& file,
                               std::vector<diag::Diagnostic>& diags) {
  const tree::Node* appel = root.get("appel");
  std::string named = appel != nullptr && appel->kind == tree::Kind::String ? appel->text : "";
  if (o.call != nullptr) return o.call;
  if (repo.call) {
    if (!named.empty() && named != repo.call->id) {
      diag::Diagnostic d = at("SIEG-P003", diag::Severity::Error, file, appel);
      d.message = fmt::format(fmt::runtime(pick(msg::kOtherCall, o.lang)), named, repo.call->id, repo.config.file);
      d.hint = fmt::format(fmt::runtime(pick(msg::kOtherCallHint, o.lang)), repo.call->id);
      diags.push_back(std::move(d));
    }
    return repo.call.get();
  }
  return named.empty() ? nullptr : repo.find_call(named);
}

struct Loaded {
  std::vector<ReviewFile> files;
  bool ok = true;  // every file loaded (and none was left unread by the limit)
};

// The reviews that loaded, as score takes them.
std::vector<score::Review> loaded_reviews(const std::vector<ReviewFile>& files) {
  std::vector<score::Review> out;
  for (const auto& f : files)
    if (f.review) out.push_back(*f.review);
  return out;
}

Loaded load_reviews(const std::vector<std::string>& paths, const Repository& repo, i18n::Lang lang) {
  Loaded out;
  for (const auto& p : paths) {
    if (decision::is_decision_file(p)) continue;  // read by load_decision
    io::Input in = repo.read(p, lang);
    score::LoadedReview r;
    if (in.error) r.diags.push_back(*in.error);
    else r = score::load_review_bytes(in.bytes, p, lang);
    if (!in.error)
      if (auto m = modeline_problem(in.bytes, p, repo, lang)) r.diags.push_back(std::move(*m));
    out.ok = out.ok && (r.review.has_value() || r.pending.has_value());  // a review to do is not an error
    out.files.push_back({p, std::move(r.diags), {}, std::move(r.review), std::move(r.pending)});
  }
  return out;
}

// SIEG-R008: a review's criteres: names a criterion the dossier's call does not have (a typo would
// otherwise lose the opinion without a word).
void check_criteria(Evaluation& e, const Options& o) {
  std::vector<std::string> ids;
  for (const auto& c : e.call->criteria) ids.push_back(c.id);
  for (auto& f : e.reviews) {
    if (!f.review) continue;
    for (const auto& [id, text] : f.review->criteria) {
      if (e.call->criterion(id) != nullptr) continue;
      diag::Diagnostic d = at("SIEG-R008", diag::Severity::Error, f.file, nullptr);
      tree::Pos pos = f.review->criteria_pos.at(id);
      d.line = pos.line;
      d.col = pos.col;
      d.message = fmt::format(fmt::runtime(pick(msg::kUnknownCriterion, o.lang)), id, e.call->id);
      d.hint = ids.empty() ? pick(msg::kNoCriteria, o.lang)
                           : fmt::format(fmt::runtime(pick(msg::kCriteriaHint, o.lang)), fmt::join(ids, ", "));
      f.diags.push_back(std::move(d));
    }
  }
}

// Scores the dossier and puts each scoring diagnostic with the file it is about.
void score_into(Evaluation& e, bool reviews_ok, const Repository& repo, const Options& o) {
  score::Options so;
  so.aggregate = o.aggregate;
  so.lang = o.lang;
  so.reviews_dir = shown(repo.reviews_root(e.file) + "/" + e.id) + "/";
  score::Result r = score::score_dossier(*e.grid, *e.input, loaded_reviews(e.reviews), so);
  if (!reviews_ok) {  // a review that does not load: no score, never a jury score without every review
    r.source = score::Source::None;
    r.total.reset();
    r.markers.clear();
    r.dimensions.clear();
    r.thresholds.clear();
  }
  for (auto& d : r.diags) {
    auto it = std::find_if(e.reviews.begin(), e.reviews.end(), [&](const ReviewFile& f) { return f.file == d.file; });
    (it != e.reviews.end() ? it->diags : e.diags).push_back(d);
  }
  r.diags.clear();
  for (const auto& t : r.thresholds)
    if (!t.met) {
      diag::Diagnostic d = at("SIEG-R015", diag::Severity::Warning, e.file, nullptr);
      d.message = fmt::format(fmt::runtime(pick(msg::kThreshold, o.lang)), e.grid->id, e.file);
      e.diags.push_back(std::move(d));
      break;
    }
  e.score = std::move(r);
}

// The decision file among a dossier's folder of reviews (decision.yaml, else decision.yml); a second one
// is an error (SIEG-D008) in the first one's report, so neither counts (the minutes show it « en erreur »):
// never silently one of the two.
std::optional<DecisionFile> load_decision(const std::vector<std::string>& paths, const Repository& repo, const Options& o) {
  std::optional<DecisionFile> out;
  for (const auto& p : paths) {
    if (!decision::is_decision_file(p)) continue;
    if (out) {
      diag::Diagnostic d = at("SIEG-D008", diag::Severity::Error, p, nullptr);
      d.message = fmt::format(fmt::runtime(pick(msg::kSecondDecision, o.lang)), out->file, p);
      d.hint = pick(msg::kSecondDecisionHint, o.lang);
      out->diags.push_back(std::move(d));
      continue;
    }
    out.emplace();
    out->file = p;
    io::Input in = repo.read(p, o.lang);
    decision::Loaded l;
    if (in.error) l.diags.push_back(*in.error);
    else l = decision::load_decision_bytes(in.bytes, p, o.lang);
    if (!in.error)
      if (auto m = modeline_problem(in.bytes, p, repo, o.lang)) l.diags.push_back(std::move(*m));
    out->diags = std::move(l.diags);
    out->decision = std::move(l.decision);
    out->pending = l.pending;
  }
  return out;
}

// The decision against its dossier as judged: amounts, the call's cap, eligibility.
void check_decision(Evaluation& e, const Options& o) {
  if (!e.decision || !e.decision->decision || !e.shape_ok) return;
  decision::Context c;
  c.id = e.id;
  c.call = e.call;
  c.eligible = e.eligible;
  c.failure = e.first_failure();
  c.lang = o.lang;
  if (auto nodes = tree::select(*e.root, "budget.aide_demandee"); !nodes.empty()) c.requested = values::to_cents(*nodes[0]);
  auto found = decision::check(*e.decision->decision, c);
  e.decision->diags.insert(e.decision->diags.end(), found.begin(), found.end());
}

// --max-errors: the first `max` findings of a file are kept (in file order), the others counted.
void bound(std::vector<diag::Diagnostic>& diags, diag::Counts& hidden, std::size_t max) {
  if (max == 0 || diags.size() <= max) return;
  for (std::size_t i = max; i < diags.size(); ++i) hidden.add(diags[i]);
  diags.resize(max);
}

Evaluation evaluate_loaded(yaml::LoadResult loaded, const std::string& name, const std::vector<std::string>& review_paths,
                           const Repository& repo, const Options& o) {
  Evaluation e;
  e.file = name;
  e.id = dossier_id(name);
  e.repo = &repo;
  e.diags = std::move(loaded.diags);
  bool loaded_ok = loaded.root.has_value() && !has_error(e.diags);
  if (loaded.root) {
    e.root = std::move(loaded.root);
    schema::ValidateOptions vo;
    vo.file = name;
    vo.lang = o.lang;
    std::size_t suppressed = 0;
    vo.max_diagnostics = o.max_diagnostics;
    vo.suppressed = &suppressed;
    const schema::CompiledSchema& s = o.schema != nullptr ? *o.schema : o.call_schema != nullptr ? *o.call_schema : repo.schema();
    auto found = schema::validate(s, *e.root, vo);
    e.hidden.errors += static_cast<int>(suppressed);  // schema findings are errors
    e.shape_ok = loaded_ok && found.empty() && suppressed == 0;
    e.diags.insert(e.diags.end(), found.begin(), found.end());
  }
  if (!o.eligibility) {  // --shape-only
    apply_config(e.diags, repo.config);
    file_order(e.diags);
    bound(e.diags, e.hidden, o.max_diagnostics);
    e.eligible = e.shape_ok;
    return e;
  }
  Loaded rv;
  if (review_paths.size() > kMaxReviewsPerDossier) {
    diag::Diagnostic d = at("SIEG-R021", diag::Severity::Error, name, nullptr);
    d.message = fmt::format(fmt::runtime(pick(msg::kTooManyReviews, o.lang)), kMaxReviewsPerDossier);
    e.diags.push_back(std::move(d));
    rv.ok = false;
  } else {
    rv = load_reviews(review_paths, repo, o.lang);
  }
  e.reviews = std::move(rv.files);
  if (review_paths.size() <= kMaxReviewsPerDossier) e.decision = load_decision(review_paths, repo, o);
  if (e.shape_ok) {
    e.call = choose_call(*e.root, repo, o, name, e.diags);
    if (e.call != nullptr) {
      rules::Context rc;
      rc.file = name;
      rc.lang = o.lang;
      rc.today = rules::reference_date(*e.root, o.date, o.today ? *o.today : values::today_paris());
      rc.schema = o.schema != nullptr ? o.schema : o.call_schema != nullptr ? o.call_schema : &repo.schema();
      auto found = rules::check(*e.call, *e.root, rc);
      e.diags.insert(e.diags.end(), found.begin(), found.end());
    }
    if (name != "-" && !valid_id(e.id)) {
      diag::Diagnostic d = at("SIEG-P004", diag::Severity::Error, name, nullptr);
      d.message = fmt::format(fmt::runtime(pick(msg::kBadId, o.lang)), e.id);
      d.hint = pick(msg::kBadIdHint, o.lang);
      e.diags.push_back(std::move(d));
    }
    auto others = o.repository_checks ? repo.same_id(name) : std::vector<std::string>();
    if (!others.empty()) {
      diag::Diagnostic d = at("SIEG-P002", diag::Severity::Error, name, nullptr);
      d.message = fmt::format(fmt::runtime(pick(msg::kSameId, o.lang)), e.id, fmt::join(others, ", "));
      d.hint = pick(msg::kSameIdHint, o.lang);
      e.diags.push_back(std::move(d));
    }
    if (e.call != nullptr) check_criteria(e, o);
    e.grid = o.grid != nullptr ? o.grid : repo.grid ? repo.grid.get() : e.call != nullptr ? repo.grid_of(*e.call) : nullptr;
    e.input = score::dossier_input(*e.root, name);
    if (e.grid != nullptr) score_into(e, rv.ok, repo, o);
  }
  apply_config(e.diags, repo.config);
  for (auto& f : e.reviews) apply_config(f.diags, repo.config);
  file_order(e.diags);
  // Eligibility from every finding, before the bound keeps only the first ones.
  e.eligible = e.shape_ok && std::none_of(e.diags.begin(), e.diags.end(), [](const diag::Diagnostic& d) {
                 return d.severity == diag::Severity::Error && is_eligibility_code(d.code);
               });
  check_decision(e, o);
  if (e.decision) {
    apply_config(e.decision->diags, repo.config);
    file_order(e.decision->diags);
  }
  bound(e.diags, e.hidden, o.max_diagnostics);
  for (auto& f : e.reviews) bound(f.diags, f.hidden, o.max_diagnostics);
  if (e.decision) bound(e.decision->diags, e.decision->hidden, o.max_diagnostics);
  if (e.score) e.score->diags = e.all_diags();  // what score's outputs list: the same as everywhere
  return e;
}

Evaluation unreadable(const std::string& name, diag::Diagnostic error, const Repository& repo) {
  Evaluation e;
  e.file = name;
  e.id = dossier_id(name);
  e.repo = &repo;
  e.diags.push_back(std::move(error));
  return e;
}

// A review file given on its own: through its dossier when it has one.
Evaluation review_file(yaml::LoadResult loaded, const std::string& name, const Repository& repo, const Options& o) {
  std::string me = shown(name);
  auto dossier = repo.dossier_of_review(me);
  if (dossier && o.eligibility) {  // --shape-only: the file's own shape, no dossier, no reviews
    Evaluation e = evaluate(*dossier, repo, o);
    auto same = [](const std::string& a, const std::string& b) {
      std::error_code ec;
      return std::filesystem::absolute(a, ec).lexically_normal() == std::filesystem::absolute(b, ec).lexically_normal();
    };
    if (e.decision && same(e.decision->file, me)) {
      std::vector<diag::Diagnostic> mine = e.decision->diags;
      for (auto& d : mine)
        if (d.file == e.decision->file) d.file = name;
      e.kind = Kind::Review;
      e.file = name;
      e.diags = std::move(mine);
      e.hidden = e.decision->hidden;
      return e;
    }
    auto it = std::find_if(e.reviews.begin(), e.reviews.end(), [&](const ReviewFile& f) { return same(f.file, me); });
    if (it != e.reviews.end()) {
      std::vector<diag::Diagnostic> mine = it->diags;
      for (auto& d : mine)
        if (d.file == it->file) d.file = name;
      e.kind = Kind::Review;
      e.file = name;
      e.diags = std::move(mine);
      e.hidden = it->hidden;
      file_order(e.diags);
      return e;
    }
  }
  Evaluation e;
  e.kind = Kind::Review;
  e.file = name;
  e.repo = &repo;
  if (decision::is_decision_file(me)) e.diags = decision::load_decision(std::move(loaded), name, o.lang).diags;
  else e.diags = score::load_review_loaded(std::move(loaded), name, o.lang).diags;
  if (!dossier)
    if (auto owner = repo.review_owner(me)) e.diags.push_back(orphan_review(name, *owner, o.lang));
  apply_config(e.diags, repo.config);
  file_order(e.diags);
  bound(e.diags, e.hidden, o.max_diagnostics);
  return e;
}

// A file's YAML, with what its modeline says (SIEG-L024).
yaml::LoadResult load_file(std::string_view bytes, const std::string& name, const Repository& repo, i18n::Lang lang) {
  yaml::LoadResult out = yaml::load(bytes, name, lang);
  if (auto m = modeline_problem(bytes, name, repo, lang)) out.diags.push_back(std::move(*m));
  return out;
}

// A decision file: decision.yaml in a folder of reviews.
bool is_decision_in_reviews(const std::string& name, const Repository& repo) {
  return decision::is_decision_file(name) && repo.review_owner(shown(name)).has_value();
}

} // namespace

bool is_eligibility_code(const std::string& code) { return diag::is_eligibility_code(code); }

const diag::Diagnostic* Evaluation::first_failure() const {
  for (const auto& d : diags)  // answering another call explains every other failure
    if (d.severity == diag::Severity::Error && d.code == "SIEG-P003") return &d;
  for (const auto& d : diags)
    if (d.severity == diag::Severity::Error && is_eligibility_code(d.code)) return &d;
  return nullptr;
}

std::vector<diag::Diagnostic> Evaluation::all_diags() const {
  std::vector<diag::Diagnostic> out = diags;
  if (kind == Kind::Review) return out;
  for (const auto& r : reviews) out.insert(out.end(), r.diags.begin(), r.diags.end());
  if (decision) out.insert(out.end(), decision->diags.begin(), decision->diags.end());
  return out;
}

bool looks_like_review(const tree::Node& root) {
  return root.kind == tree::Kind::Object && root.get("evaluateur") != nullptr && root.get("niveaux") != nullptr &&
         root.get("appel") == nullptr && root.get("action") == nullptr;
}

Evaluation evaluate_with_reviews(const std::string& path, const std::vector<std::string>& review_paths,
                                 const Repository& repo, const Options& o) {
  io::Input in = repo.read(path, o.lang);
  if (in.error) {
    Evaluation e = unreadable(path, *in.error, repo);
    e.reviews = load_reviews(review_paths, repo, o.lang).files;
    return e;
  }
  return evaluate_loaded(load_file(in.bytes, path, repo, o.lang), path, review_paths, repo, o);
}

Evaluation evaluate(const std::string& path, const Repository& repo, const Options& o) {
  return evaluate_with_reviews(path, repo.review_files(path), repo, o);
}

Evaluation evaluate_bytes(std::string_view bytes, const std::string& name, const Repository& repo, const Options& o) {
  return evaluate_loaded(load_file(bytes, name, repo, o.lang), name, repo.review_files(name), repo, o);
}

Evaluation evaluate_file_bytes(std::string_view bytes, const std::string& name, const Repository& repo, const Options& o) {
  yaml::LoadResult loaded = load_file(bytes, name, repo, o.lang);
  if (o.schema == nullptr && loaded.root && (looks_like_review(*loaded.root) || is_decision_in_reviews(name, repo)))
    return review_file(std::move(loaded), name, repo, o);
  return evaluate_loaded(std::move(loaded), name, repo.review_files(name), repo, o);
}

Evaluation evaluate_file(const std::string& path, const Repository& repo, const Options& o) {
  io::Input in = repo.read(path, o.lang);
  if (in.error) return unreadable(path, *in.error, repo);
  return evaluate_file_bytes(in.bytes, path, repo, o);
}

std::optional<score::Result> rescore(const Evaluation& e, const grids::Grid& grid, std::optional<grids::Aggregate> aggregate,
                                     i18n::Lang lang) {
  // Weights and aggregation never decide whether there is a score: no total before, none now (a review
  // in error, more reviews than the limit, nothing to score).
  if (!e.input || !e.score || !e.score->total) return std::nullopt;
  std::vector<score::Review> reviews = loaded_reviews(e.reviews);
  score::Options so;
  so.aggregate = aggregate;
  so.lang = lang;
  score::Result r = score::score_dossier(grid, *e.input, std::move(reviews), so);
  r.diags.clear();
  return r;
}

diag::Diagnostic orphan_review(const std::string& review, const std::string& id, i18n::Lang lang) {
  diag::Diagnostic d;
  d.code = "SIEG-R020";
  d.file = review;
  d.message = fmt::format(fmt::runtime(pick(msg::kOrphan, lang)), id);
  d.hint = pick(msg::kOrphanHint, lang);
  return d;
}

} // namespace sieg::pipeline
