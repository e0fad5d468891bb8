#include "score/score.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "schema/suggest.hpp"
#include "score/messages.hpp"
#include "text/fold.hpp"
#include "text/organisation.hpp"

namespace sieg::score {
namespace {

using i18n::pick;


struct Emitter {
  const Options& o;
  std::vector<diag::Diagnostic>& out;
  template <typename... Args>
  void operator()(diag::Severity sev, const char* code, const std::string& file, tree::Pos pos, const i18n::Text& t,
                  std::string hint, Args&&... args) {
    diag::Diagnostic d;
    d.code = code;
    d.severity = sev;
    d.file = file;
    d.line = pos.line;
    d.col = pos.col;
    d.message = fmt::format(fmt::runtime(pick(t, o.lang)), std::forward<Args>(args)...);
    d.hint = std::move(hint);
    out.push_back(std::move(d));
  }
};

Rational median_of(std::vector<int> v) {
  std::sort(v.begin(), v.end());
  std::size_t n = v.size();
  if (n % 2 == 1) return Rational(v[n / 2]);
  return Rational(v[n / 2 - 1] + v[n / 2], 2);
}

// Checks a set of levels against the grid; true when every marker is there, known and on the scale.
bool check_levels(const grids::Grid& g, const std::map<std::string, Level>& levels,
                  const std::vector<std::string>& order, const std::string& file, tree::Pos levels_pos,
                  const i18n::Text& missing, const std::string& missing_extra, Emitter& emit) {
  bool ok = true;
  auto ids = g.marker_ids();
  for (const auto& id : order) {
    if (g.marker(id) == nullptr) {
      auto near = schema::closest(id, ids);
      emit(diag::Severity::Error, "SIEG-R002", file, levels.at(id).pos, msg::kUnknownMarker,
           near ? fmt::format(fmt::runtime(pick(msg::kDidYouMean, emit.o.lang)), *near)
                : fmt::format(fmt::runtime(pick(msg::kMarkersHint, emit.o.lang)), g.id),
           id, g.id);
      ok = false;
    } else if (levels.at(id).level > g.scale || levels.at(id).level < g.lowest) {
      emit(diag::Severity::Error, "SIEG-R003", file, levels.at(id).pos, msg::kLevelOutOfScale, "", levels.at(id).level,
           g.id, g.scale, g.lowest);
      ok = false;
    }
  }
  for (const auto& m : g.markers)
    if (!levels.count(m.id)) {
      emit(diag::Severity::Error, missing_extra.empty() ? "SIEG-R001" : "SIEG-R007", file, levels_pos, missing,
           fmt::format(fmt::runtime(pick(msg::kMarkersHint, emit.o.lang)), g.id), m.id, m.label.get(emit.o.lang),
           missing_extra);
      ok = false;
    }
  return ok;
}

// A sign of a review written in haste, to discuss at the jury's meeting (a warning): the same level on
// every marker (« notation uniforme »), or the lowest or highest level without a comment.
void quality_signals(const grids::Grid& g, const Review& rv, Emitter& emit) {
  if (g.markers.size() >= 3) {
    int first = rv.levels.at(g.markers.front().id).level;
    if (std::all_of(g.markers.begin(), g.markers.end(), [&](const grids::Marker& m) { return rv.levels.at(m.id).level == first; }))
      return emit(diag::Severity::Warning, "SIEG-R018", rv.file, rv.levels_pos, msg::kUniform, "", rv.reviewer, first, g.markers.size());
  }
  // SIEG-R019: the lowest or highest level with no comment to say why (in the grid's order).
  std::vector<std::string> bare;
  tree::Pos at;
  for (const auto& m : g.markers) {
    const Level& l = rv.levels.at(m.id);
    if ((l.level == g.lowest || l.level == g.scale) && l.text.empty()) {
      if (bare.empty()) at = l.pos;
      bare.push_back(m.id);
    }
  }
  if (!bare.empty()) {
    std::string names;
    for (std::size_t i = 0; i < bare.size() && i < 4; ++i) names += (i > 0 ? ", " : "") + bare[i];
    if (bare.size() > 4) names += ", …";
    emit(diag::Severity::Warning, "SIEG-R019", rv.file, at, msg::kBareExtreme, "", rv.reviewer, g.scale, bare.size(), names,
         g.lowest);
  }
}

Rational weight_of(const grids::Grid& g, const grids::Marker& m) {
  Rational w(m.weight, 100);
  for (const auto& d : g.dimensions)
    if (d.id == m.dimension) w = w * Rational(d.weight, 100);
  return w;
}

} // namespace

Result score_dossier(const grids::Grid& g, const DossierInput& dossier, const std::vector<Review>& reviews,
                     const Options& o) {
  Result r;
  r.dossier = dossier;
  r.grid = &g;
  r.aggregate = o.aggregate.value_or(g.aggregate);
  Emitter emit{o, r.diags};
  const auto lang = o.lang;

  // Reviews: right dossier, right grid, one per reviewer, complete; conflicts of interest.
  bool reviews_ok = true;
  std::map<std::string, std::string> seen;  // reviewer key -> file
  std::string carrier_key = text::name_key(dossier.carrier);
  for (const auto& rv : reviews) {
    bool ok = true;
    if (rv.dossier != dossier.id) {
      emit(diag::Severity::Error, "SIEG-R004", rv.file, rv.dossier_pos, msg::kOtherDossier, "", rv.dossier, dossier.id);
      ok = false;
    }
    if (rv.grid != g.id) {
      emit(diag::Severity::Error, "SIEG-R005", rv.file, rv.grid_pos, msg::kOtherGrid, "", rv.grid, g.id);
      ok = false;
    }
    auto [it, fresh] = seen.emplace(text::name_key(rv.reviewer), rv.file);
    if (!fresh) {
      emit(diag::Severity::Error, "SIEG-R006", rv.file, rv.pos, msg::kTwice, "", rv.reviewer, it->second);
      ok = false;
    }
    if (ok && !check_levels(g, rv.levels, rv.order, rv.file, rv.levels_pos, msg::kMissingMarker, "", emit)) ok = false;
    reviews_ok = reviews_ok && ok;
    Juror j;
    j.name = rv.reviewer;
    j.organisation = rv.organisation;
    j.file = rv.file;
    j.opinion = rv.opinion;
    j.opinion_comment = rv.opinion_comment;
    j.criteria = rv.criteria;
    std::string org = text::name_key(rv.organisation);
    if (rv.conflict_declared) {
      j.excluded = true;
      j.why = "declared";
      emit(diag::Severity::Warning, "SIEG-R010", rv.file, rv.pos, msg::kDeclared, rv.conflict_details, rv.reviewer);
    } else if (!org.empty() && org == carrier_key) {
      j.excluded = true;
      j.why = dossier.carrier;
      emit(diag::Severity::Warning, "SIEG-R011", rv.file, rv.pos, msg::kDetected, "", rv.reviewer, rv.organisation,
           pick(msg::kTheCarrier, lang), text::de_name(rv.reviewer));
    } else {
      for (const auto& p : dossier.partners)
        if (!org.empty() && org == text::name_key(p)) {
          j.excluded = true;
          j.why = p;
          emit(diag::Severity::Warning, "SIEG-R011", rv.file, rv.pos, msg::kDetected, "", rv.reviewer, rv.organisation,
               pick(msg::kAPartner, lang), text::de_name(rv.reviewer));
          break;
        }
    }
    if (!j.excluded && !rv.organisation.empty()) {
      // Not the same name, but perhaps the same body or a part of it: the officer decides (review kept).
      auto possible = [&](const std::string& other, const i18n::Text& role) {
        if (text::match_organisations(rv.organisation, other) != text::OrgMatch::Possible) return false;
        emit(diag::Severity::Warning, "SIEG-R016", rv.file, rv.pos, msg::kPossibleConflict, "", rv.reviewer, rv.organisation,
             pick(role, lang), other, text::de_name(rv.reviewer));
        return true;
      };
      if (!possible(dossier.carrier, msg::kToTheCarrier))
        for (const auto& p : dossier.partners)
          if (possible(p, msg::kToAPartner)) break;
    }
    if (ok && !j.excluded) quality_signals(g, rv, emit);  // a review left out says nothing to the jury
    r.jurors.push_back(std::move(j));
  }

  // The latest self-assessment is scored (or shown beside the jury's levels).
  const SelfAssessment* self = dossier.self.empty() ? nullptr : &dossier.self.back();
  bool self_ok = false;
  if (self != nullptr) {
    r.self_date = self->date;
    self_ok = true;
    if (!self->grid.empty() && self->grid != g.id) {
      emit(diag::Severity::Error, "SIEG-R005", dossier.file, self->pos, msg::kOtherGrid, "", self->grid, g.id);
      self_ok = false;
    }
    if (self_ok)
      self_ok = check_levels(g, self->levels, self->order, dossier.file, self->levels_pos, msg::kMissingSelf,
                             self->date, emit);
  }

  int kept = r.kept_jurors();
  if (!reviews_ok) return r;  // an error in a review: no score, never a guess
  if (kept > 0) r.source = Source::Jury;
  else if (self_ok) {
    r.source = Source::Self;
    if (!reviews.empty())
      emit(diag::Severity::Warning, "SIEG-R013", dossier.file, tree::Pos{}, msg::kAllExcluded, "");
  } else {
    if (self == nullptr && reviews.empty())
      emit(diag::Severity::Warning, "SIEG-R014", dossier.file, tree::Pos{}, msg::kNothing,
           fmt::format(fmt::runtime(pick(msg::kNothingHint, lang)),
                       o.reviews_dir.empty() ? "evaluations/" + dossier.id + "/" : o.reviews_dir));
    return r;
  }

  Rational total, max;
  for (const auto& m : g.markers) {
    MarkerResult mr;
    mr.marker = &m;
    if (self != nullptr && self->levels.count(m.id)) {
      mr.self = self->levels.at(m.id).level;
      mr.self_text = self->levels.at(m.id).text;
    }
    std::vector<int> kept_levels;
    std::vector<std::string> who;
    const Level* lowest = nullptr;  // where a disagreement points: the lowest level given
    const Review* lowest_review = nullptr;
    for (std::size_t i = 0; i < reviews.size(); ++i) {
      auto it = reviews[i].levels.find(m.id);
      mr.jury.push_back(it == reviews[i].levels.end() ? std::nullopt : std::optional<int>(it->second.level));
      mr.comments.push_back(it == reviews[i].levels.end() ? "" : it->second.text);
      if (!r.jurors[i].excluded && it != reviews[i].levels.end()) {
        kept_levels.push_back(it->second.level);
        if (lowest == nullptr || it->second.level < lowest->level) {
          lowest = &it->second;
          lowest_review = &reviews[i];
        }
        who.push_back(fmt::format("{} {}", reviews[i].reviewer, it->second.level));
      }
    }
    if (r.source == Source::Jury) {
      int sum = 0;
      for (int l : kept_levels) sum += l;
      mr.mean = Rational(sum, static_cast<long long>(kept_levels.size()));
      mr.median = median_of(kept_levels);
      mr.level = r.aggregate == grids::Aggregate::Mean ? *mr.mean : *mr.median;
      auto [lo, hi] = std::minmax_element(kept_levels.begin(), kept_levels.end());
      mr.spread = *hi - *lo;
      if (mr.spread >= g.disagreement) {
        mr.disagreement = true;
        emit(diag::Severity::Warning, "SIEG-R012", lowest_review->file, lowest->pos, msg::kDisagreement, "",
             m.label.get(lang), *lo, *hi, fmt::join(who, ", "));
      }
    } else {
      mr.level = Rational(*mr.self);
    }
    mr.reached = nearest_level(mr.level);
    Rational w = weight_of(g, m);
    mr.points = mr.level * w;
    mr.max = Rational(g.scale) * w;
    total = total + mr.points;
    max = max + mr.max;
    r.markers.push_back(std::move(mr));
  }
  r.total = total;
  r.max = max;
  for (const auto& d : g.dimensions) {
    DimensionResult dr{&d, Rational(0), Rational(0)};
    for (const auto& mr : r.markers)
      if (mr.marker->dimension == d.id) {
        dr.points = dr.points + mr.points;
        dr.max = dr.max + mr.max;
      }
    r.dimensions.push_back(dr);
  }

  const auto& t = g.thresholds;
  if (t.min_total_percent) {
    ThresholdResult tr{ThresholdResult::Kind::MinTotalPercent, *t.min_total_percent, true, {}};
    tr.met = !(total * Rational(100) < max * Rational(*t.min_total_percent));
    r.thresholds.push_back(tr);
  }
  if (t.min_level) {
    ThresholdResult tr{ThresholdResult::Kind::MinLevel, *t.min_level, true, {}};
    for (const auto& mr : r.markers)
      if (mr.level < Rational(*t.min_level)) tr.failing.push_back(mr.marker->id);
    tr.met = tr.failing.empty();
    r.thresholds.push_back(tr);
  }
  if (!t.eliminatory.empty()) {
    ThresholdResult tr{ThresholdResult::Kind::Eliminatory, t.eliminatory_level, true, {}};
    for (const auto& mr : r.markers)
      if (std::find(t.eliminatory.begin(), t.eliminatory.end(), mr.marker->id) != t.eliminatory.end() &&
          mr.level < Rational(t.eliminatory_level))
        tr.failing.push_back(mr.marker->id);
    tr.met = tr.failing.empty();
    r.thresholds.push_back(tr);
  }

  // History of the self-assessments (« évaluation dynamique »): a total for each complete one.
  for (const auto& s : dossier.self) {
    HistoryPoint h{s.date, std::nullopt};
    bool complete = s.grid.empty() || s.grid == g.id;
    Rational sum;
    for (const auto& m : g.markers) {
      auto it = s.levels.find(m.id);
      if (it == s.levels.end() || it->second.level > g.scale || it->second.level < g.lowest) complete = false;
      else sum = sum + Rational(it->second.level) * weight_of(g, m);
    }
    if (complete) h.total = sum;
    r.history.push_back(h);
  }
  return r;
}

} // namespace sieg::score
