#include "jury/status.hpp"

#include "markup/escape.hpp"
#include "values/display.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace sieg::jury {

using i18n::pick;

namespace {
const char* state_name(ReviewState::State s) {
  switch (s) {
    case ReviewState::State::Received: return "received";
    case ReviewState::State::Excluded: return "excluded";
    case ReviewState::State::Pending: return "to_do";
    case ReviewState::State::Broken: return "broken";
  }
  return "";
}

std::string join(const std::vector<std::string>& v, const char* sep = ", ") { return fmt::format("{}", fmt::join(v, sep)); }

std::string md_cell(const std::string& s) { return markup::md(s); }
// What a dossier still lacks, in words: "Anne Roussel, Karim Haddad, 1 to assign".
std::string missing_text(const DossierStatus& d, i18n::Lang lang) {
  std::vector<std::string> parts = d.missing;
  if (d.unassigned > 0)
    parts.push_back(fmt::format(fmt::runtime(pick({"{0} à attribuer", "{0} to assign"}, lang)), d.unassigned));
  for (const auto& r : d.reviews)
    if (r.state == ReviewState::State::Broken)
      parts.push_back(fmt::format(fmt::runtime(pick({"{0} à corriger ({1})", "{0} to fix ({1})"}, lang)), r.reviewer.empty() ? r.file : r.reviewer, r.why));
  return join(parts);
}

} // namespace

std::string lacking(const DossierStatus& d, i18n::Lang lang) {
  return fmt::format(fmt::runtime(pick({"{0}/{1} évaluation(s) — manque : {2}", "{0}/{1} review(s) — missing: {2}"}, lang)), d.received, d.expected,
                     missing_text(d, lang));
}

int Status::missing() const {
  int n = 0;
  for (const auto& d : dossiers)
    if (d.eligible && !d.complete()) n += d.expected - d.received;
  return n;
}

std::string render_text(const Status& s, i18n::Lang lang) {
  std::string out;
  for (const auto& d : s.dossiers) {
    if (!d.eligible) {
      out += fmt::format(fmt::runtime(pick({"{0}  inéligible : pas d'évaluation attendue\n", "{0}  ineligible: no review expected\n"}, lang)), d.id);
      continue;
    }
    out += fmt::format(fmt::runtime(pick({"{0}  {1}/{2} évaluation(s){3}{4}\n", "{0}  {1}/{2} review(s){3}{4}\n"}, lang)), d.id, d.received,
                       d.expected,
                       d.excluded > 0 ? fmt::format(fmt::runtime(pick({", {0} écartée(s)", ", {0} left out"}, lang)), d.excluded) : "",
                       d.complete() ? pick({" — complet", " — complete"}, lang)
                                    : fmt::format(fmt::runtime(pick({" — manque : {0}", " — missing: {0}"}, lang)), missing_text(d, lang)));
    for (const auto& r : d.reviews)
      if (r.state == ReviewState::State::Excluded)
        out += fmt::format(fmt::runtime(pick({"    {0} écarté·e : {1}\n", "    {0} left out: {1}\n"}, lang)), r.reviewer, r.why);
  }
  if (!s.reviewers.empty()) {
    out += pick({"\nJury :\n", "\nJury:\n"}, lang);
    for (const auto& r : s.reviewers)
      out += fmt::format(fmt::runtime(pick({"  {0}  {1}/{2} fait(s){3}{4}\n", "  {0}  {1}/{2} done{3}{4}\n"}, lang)), r.name, r.done.size(),
                         r.assigned.size(),
                         r.to_do.empty() ? "" : fmt::format(fmt::runtime(pick({" — à faire : {0}{1}", " — to do: {0}{1}"}, lang)), join(r.to_do),
                                                            r.to_fix.empty() ? "" : fmt::format(fmt::runtime(pick({" (à corriger : {0})", " (to fix: {0})"}, lang)), join(r.to_fix))),
                         r.late ? fmt::format(fmt::runtime(pick({" (en retard, échéance {0})", " (late, deadline {0})"}, lang)), s.deadline) : "");
  }
  int eligible = 0, complete = 0;
  for (const auto& d : s.dossiers)
    if (d.eligible) ++eligible, complete += d.complete() ? 1 : 0;
  out += fmt::format(fmt::runtime(pick({"\nsieg status : {0} dossier(s) éligible(s), {1} au jury complet, {2} évaluation(s) manquante(s)\n",
                                        "\nsieg status: {0} eligible dossier(s), {1} with a complete jury, {2} review(s) missing\n"},
                                       lang)),
                     eligible, complete, s.missing());
  return out;
}

std::string render_json(const Status& s) {
  nlohmann::ordered_json j;
  j["format"] = 1;
  j["reviews_per_dossier"] = s.per_dossier;
  j["deadline"] = s.deadline.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.deadline);
  j["missing"] = s.missing();
  j["dossiers"] = nlohmann::ordered_json::array();
  for (const auto& d : s.dossiers) {
    nlohmann::ordered_json x{{"id", d.id}, {"file", d.file}, {"title", d.title}, {"eligible", d.eligible},
                             {"expected", d.expected}, {"received", d.received}, {"excluded", d.excluded},
                             {"complete", d.complete()}, {"missing", d.missing}, {"unassigned", d.unassigned}};
    x["reviews"] = nlohmann::ordered_json::array();
    for (const auto& r : d.reviews)
      x["reviews"].push_back({{"reviewer", r.reviewer}, {"file", r.file}, {"state", state_name(r.state)}, {"why", r.why}});
    j["dossiers"].push_back(std::move(x));
  }
  j["reviewers"] = nlohmann::ordered_json::array();
  for (const auto& r : s.reviewers)
    j["reviewers"].push_back({{"name", r.name}, {"organisation", r.organisation},
                              {"email", r.email.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.email)},
                              {"assigned", r.assigned}, {"done", r.done},
                              {"to_do", r.to_do}, {"to_fix", r.to_fix}, {"late", r.late}});
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string render_csv(const Status& s, const score::CsvStyle& st) {
  std::string out = st.start() + st.row({st.header("dossier", {"dossier", "dossier"}), st.header("eligible", {"éligible", "eligible"}),
                                         st.header("expected", {"évaluations attendues", "reviews expected"}),
                                         st.header("received", {"reçues", "received"}), st.header("excluded", {"écartées", "left out"}),
                                         st.header("complete", {"complet", "complete"}),
                                         st.header("missing_reviewers", {"évaluateurs attendus", "reviewers awaited"}),
                                         st.header("unassigned", {"à attribuer", "to assign"})});
  for (const auto& d : s.dossiers)
    out += st.row({d.id, st.flag(d.eligible), std::to_string(d.expected), std::to_string(d.received), std::to_string(d.excluded),
                   st.flag(d.complete()), join(d.missing, "; "), std::to_string(d.unassigned)});
  return out;
}

std::string render_markdown(const Status& s, i18n::Lang lang) {
  std::string out = pick({"| Dossier | Éligible | Reçues / attendues | Écartées | Manque |\n", "| Dossier | Eligible | Received / expected | Left out | Missing |\n"}, lang);
  out += "|---|---|---|---|---|\n";
  for (const auto& d : s.dossiers)
    out += fmt::format("| {} | {} | {} | {} | {} |\n", md_cell(d.id), values::yes_no(d.eligible, lang),
                       d.eligible ? fmt::format("{}/{}", d.received, d.expected) : "—", d.excluded,
                       d.eligible && !d.complete() ? md_cell(missing_text(d, lang)) : "");
  if (!s.reviewers.empty()) {
    out += pick({"\n| Évaluateur | Faites / attribuées | À faire | En retard |\n", "\n| Reviewer | Done / assigned | To do | Late |\n"}, lang);
    out += "|---|---|---|---|\n";
    for (const auto& r : s.reviewers)
      out += fmt::format("| {} | {}/{} | {} | {} |\n", md_cell(r.name), r.done.size(), r.assigned.size(), md_cell(join(r.to_do)),
                         r.late ? values::yes_no(true, lang) : "");
  }
  return out;
}

} // namespace sieg::jury
