#include "score/review.hpp"

#include "schema/builtin.hpp"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

#include "schema/validate.hpp"
#include "yaml/loader.hpp"

namespace sieg::score {
namespace {

std::string text_of(const tree::Node* n) { return n != nullptr && n->kind == tree::Kind::String ? n->text : ""; }

void read_levels(const tree::Node& levels, const char* text_key, std::map<std::string, Level>& out,
                 std::vector<std::string>& order) {
  for (const auto& m : levels.members) {
    Level l;
    if (const tree::Node* v = m.value.get("niveau")) {
      l.level = static_cast<int>(v->number);
      l.pos = v->pos;
    }
    l.text = text_of(m.value.get(text_key));
    out[m.key] = l;
    order.push_back(m.key);
  }
}

// The reviewer of a scaffold nobody has filled in yet: `niveaux` lists markers, none with a level.
std::optional<std::string> unfilled(const tree::Node& root) {
  const tree::Node* levels = root.get("niveaux");
  if (root.kind != tree::Kind::Object || levels == nullptr || levels->kind != tree::Kind::Object || levels->members.empty())
    return std::nullopt;
  for (const auto& m : levels->members) {
    if (m.value.kind != tree::Kind::Object) return std::nullopt;
    const tree::Node* level = m.value.get("niveau");
    if (level != nullptr && level->kind != tree::Kind::Null) return std::nullopt;
  }
  const tree::Node* who = root.get("evaluateur");
  return who != nullptr ? text_of(who->get("nom")) : std::string();
}

const i18n::Text kUnfilled{"évaluation pas encore remplie : aucun des {0} repères n'a de niveau ; elle compte comme à faire, pas dans la note",
                           "review not filled in yet: none of its {0} markers has a level; it counts as to do, not in the score"};
const i18n::Text kUnfilledHint{"donnez un niveau à chaque repère (niveau: 0 à 3), puis l'avis", "give each marker a level (niveau: 0 to 3), then the opinion"};

} // namespace

LoadedReview load_review_bytes(std::string_view bytes, const std::string& path, i18n::Lang lang) {
  return load_review_loaded(yaml::load(bytes, path, lang), path, lang);
}

LoadedReview load_review_loaded(yaml::LoadResult loaded, const std::string& path, i18n::Lang lang) {
  LoadedReview out;
  out.diags = std::move(loaded.diags);
  if (!loaded.root) return out;
  if (auto who = unfilled(*loaded.root)) {
    diag::Diagnostic d;
    d.code = "SIEG-R017";
    d.severity = diag::Severity::Warning;
    d.file = path;
    for (const auto& m : loaded.root->members)
      if (m.key == "niveaux") d.line = m.key_pos.line, d.col = m.key_pos.col;
    d.message = fmt::format(fmt::runtime(i18n::pick(kUnfilled, lang)), loaded.root->get("niveaux")->members.size());
    d.hint = i18n::pick(kUnfilledHint, lang);
    out.diags.push_back(std::move(d));
    out.pending = std::move(who);
    return out;
  }
  schema::ValidateOptions opts;
  opts.file = path;
  opts.lang = lang;
  auto found = schema::validate(*schema::builtin_review_schema(), *loaded.root, opts);
  if (!found.empty()) {
    out.diags.insert(out.diags.end(), found.begin(), found.end());
    return out;
  }
  const tree::Node& root = *loaded.root;
  Review r;
  r.file = path;
  r.pos = root.pos;
  r.dossier = text_of(root.get("dossier"));
  r.dossier_pos = root.get("dossier")->pos;
  r.reviewer = text_of(root.get("evaluateur")->get("nom"));
  r.organisation = text_of(root.get("evaluateur")->get("organisation"));
  r.date = text_of(root.get("date"));
  r.grid = text_of(root.get("grille"));
  r.grid_pos = root.get("grille")->pos;
  r.opinion = text_of(root.get("avis"));
  if (const tree::Node* c = root.get("avis_commentaire"); c != nullptr && c->kind == tree::Kind::String) r.opinion_comment = c->text;
  r.conflict_declared = root.get("conflit_interet")->boolean;
  r.conflict_details = text_of(root.get("conflit_details"));
  r.levels_pos = root.get("niveaux")->pos;
  read_levels(*root.get("niveaux"), "commentaire", r.levels, r.order);
  if (const tree::Node* c = root.get("criteres"))
    for (const auto& m : c->members) {
      r.criteria.emplace_back(m.key, m.value.text);
      r.criteria_pos[m.key] = m.key_pos;
    }
  out.review = std::move(r);
  return out;
}

std::vector<SelfAssessment> self_assessments(const tree::Node& dossier) {
  std::vector<SelfAssessment> out;
  const tree::Node* list = dossier.get("auto_evaluation");
  if (list == nullptr) return out;
  for (const auto& item : list->items) {
    SelfAssessment s;
    s.pos = item.pos;
    s.date = text_of(item.get("date"));
    s.grid = text_of(item.get("grille"));
    if (const tree::Node* levels = item.get("niveaux")) {
      s.levels_pos = levels->pos;
      read_levels(*levels, "justification", s.levels, s.order);
    }
    out.push_back(std::move(s));
  }
  std::stable_sort(out.begin(), out.end(), [](const SelfAssessment& a, const SelfAssessment& b) { return a.date < b.date; });
  return out;
}

} // namespace sieg::score
