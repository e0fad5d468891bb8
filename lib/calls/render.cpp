#include "calls/render.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "calls/kinds.hpp"
#include "values/money.hpp"
#include "values/percent.hpp"

namespace sieg::calls {
namespace {

using i18n::pick;

std::string params_text(const Rule& r) {
  const calls::KindSpec* spec = calls::find_kind(r.kind);
  std::vector<std::string> parts;
  if (spec != nullptr)
    for (const auto& p : spec->params) {
      const Param* v = r.param(p.name);
      if (v == nullptr) continue;
      std::string value;
      switch (p.type) {
        case calls::ParamType::String:
        case calls::ParamType::Path: value = v->text; break;
        case calls::ParamType::PathList:
        case calls::ParamType::StringList: value = fmt::format("[{}]", fmt::join(v->list, ", ")); break;
        case calls::ParamType::Number:
        case calls::ParamType::Integer: value = fmt::format("{}", v->number); break;
        case calls::ParamType::Date: value = v->date ? values::to_string(*v->date) : ""; break;
      }
      parts.push_back(fmt::format("{} = {}", p.name, value));
    }
  for (const auto& c : r.when) {
    std::string op = c.op == Condition::Op::Present ? "present"
                     : c.op == Condition::Op::Equals ? "equals " + tree::preview(c.value)
                                                     : "contains " + tree::preview(c.value);
    parts.push_back(fmt::format("when {} {}", c.path, op));
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

// "Label : " in French, "Label: " in English.
std::string colon(i18n::Lang lang) { return lang == i18n::Lang::Fr ? " :" : ":"; }

// A rule's severity in words: « erreur : écarte le dossier » etc.
std::string severity_word(const Rule& r, i18n::Lang lang) {
  switch (r.severity) {
    case diag::Severity::Error: return pick({"erreur (le dossier est écarté)", "error (the dossier is turned away)"}, lang);
    case diag::Severity::Warning: return pick({"avertissement (signalé, le dossier n'est pas écarté)", "warning (flagged, the dossier is not turned away)"}, lang);
    case diag::Severity::Info: return pick({"information (pour le jury)", "information (for the jury)"}, lang);
  }
  return {};
}


} // namespace

std::string normalise_code(const std::string& code) {
  std::string up;
  for (char c : code) up += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (up.rfind("SIEG-", 0) != 0) up = "SIEG-" + up;
  return up;
}

std::string render_list(const std::vector<const Call*>& calls, i18n::Lang lang, const std::vector<const Call*>& own) {
  std::string out;
  for (const Call* cp : calls) {
    const Call& c = *cp;
    std::string mark = std::find(own.begin(), own.end(), cp) != own.end()
                           ? fmt::format(fmt::runtime(pick({" (appel du dépôt : {0})", " (the repository's call: {0})"}, lang)), c.file)
                           : "";
    out += fmt::format("{:<16} {}{}\n{:<16} {} ({}){} {} {}{} {} {}\n", c.id, c.title.get(lang), mark, "", c.region,
                       fmt::join(c.departements, ", "), pick({" ;", ";"}, lang), pick({"date limite", "deadline"}, lang),
                       c.deadline ? values::to_string(*c.deadline) : "-", pick({" ;", ";"}, lang), c.rules.size(),
                       pick({"règles", "rules"}, lang));
  }
  return out;
}

std::string render_call(const Call& c, i18n::Lang lang, std::optional<std::int64_t> aid) {
  std::string out = fmt::format("{} — {}\n", c.id, c.title.get(lang));
  out += fmt::format("{}{} {} ({})\n", pick({"Région", "Region"}, lang), colon(lang), c.region, fmt::join(c.departements, ", "));
  if (c.opens) out += fmt::format("{}{} {}\n", pick({"Ouverture", "Opens"}, lang), colon(lang), values::to_string(*c.opens));
  if (c.deadline) out += fmt::format("{}{} {}\n", pick({"Date limite", "Deadline"}, lang), colon(lang), values::to_string(*c.deadline));
  out += fmt::format("{}{} {}\n", pick({"Grille", "Grid"}, lang), colon(lang), c.grid);
  out += fmt::format("{}{} {}\n", pick({"Source", "Source"}, lang), colon(lang), c.source);
  if (!c.payments.empty()) {
    out += fmt::format("{}{}\n", pick({"Versement de l'aide", "Payment of the aid"}, lang), colon(lang));
    std::vector<std::int64_t> parts;
    if (aid) parts = schedule(c, *aid);
    for (std::size_t i = 0; i < c.payments.size(); ++i) {
      out += fmt::format("  {:>3}{} {}", c.payments[i].percent, values::with_percent("", lang), c.payments[i].when.get(lang));
      if (aid) out += fmt::format("{} {}", colon(lang), values::format_euros(parts[i], lang));
      out += "\n";
    }
  }
  if (!c.criteria.empty()) {
    out += fmt::format("{} ({}){}\n", pick({"Critères d'appréciation du jury (criteres: dans une évaluation)",
                                            "The jury's appraisal criteria (criteres: in a review)"}, lang),
                       c.criteria.size(), colon(lang));
    std::string group;
    for (const auto& cr : c.criteria) {
      if (cr.group.get(lang) != group) {
        group = cr.group.get(lang);
        out += fmt::format("  {}\n", group);
      }
      out += fmt::format("    {:<30} {}\n", cr.id, cr.label.get(lang));
    }
  }
  if (!c.questions.empty()) {
    out += fmt::format("{} ({}){}\n", pick({"Questions de l'appel", "The call's questions"}, lang), c.questions.size(), colon(lang));
    for (const auto& q : c.questions) {
      out += fmt::format("  {:<36} {:<9} {}{}\n", q.path, q.type, q.title.get(lang),
                         q.required ? pick({" (obligatoire)", " (required)"}, lang) : "");
      for (const auto& ch : q.choices) out += fmt::format("    {:<34} {}\n", ch.value, ch.title.get(lang));
      for (const auto& sub : q.items)
        out += fmt::format("    {:<34} {:<9} {}{}\n", q.path + "[]." + sub.path, sub.type, sub.title.get(lang),
                           sub.required ? pick({" (obligatoire)", " (required)"}, lang) : "");
    }
  }
  out += fmt::format("{} ({}){}\n", pick({"Règles", "Rules"}, lang), c.rules.size(), colon(lang));
  for (const auto& r : c.rules) {
    out += fmt::format("{}  {:<7}  {}\n", r.code, diag::severity_name(r.severity), r.statement.get(lang));
    std::string params = params_text(r);
    out += fmt::format("    {}{}{}\n", r.kind, params.empty() ? "" : colon(lang) + " ", params);
    out += fmt::format("    source{} {}\n", colon(lang), r.source);
  }
  return out;
}

std::optional<std::string> render_explain(const std::string& raw, const std::vector<Call>& calls, i18n::Lang lang,
                                          bool verbose) {
  std::string code = normalise_code(raw);
  std::string out;
  bool first = true;
  std::string heading;  // the first call's statement; another call's own wording is shown under its title
  for (const auto& c : calls) {
    const Rule* r = c.rule(code);
    if (r == nullptr) continue;
    if (first) {
      heading = r->statement.get(lang);
      out += fmt::format("{} — {}\n", code, heading);
    }
    first = false;
    out += fmt::format("\n{} — {}\n", c.title.get(lang), severity_word(*r, lang));
    if (r->statement.get(lang) != heading) out += fmt::format("  {}\n", r->statement.get(lang));
    if (!r->meaning.get(lang).empty())
      out += fmt::format("  {}{} {}\n", pick({"Ce que cela veut dire", "What it means"}, lang), colon(lang), r->meaning.get(lang));
    if (!r->fix.get(lang).empty())
      out += fmt::format("  {}{} {}\n", pick({"Que faire", "What to do"}, lang), colon(lang), r->fix.get(lang));
    out += fmt::format("  {}{} {}\n", pick({"Texte", "Text"}, lang), colon(lang), r->source);
    if (!verbose) continue;
    const calls::KindSpec* spec = calls::find_kind(r->kind);
    out += fmt::format("  {}{} {} ({})\n", pick({"type de règle", "rule kind"}, lang), colon(lang), r->kind,
                       spec != nullptr ? pick(spec->description, lang) : "");
    std::string params = params_text(*r);
    if (!params.empty()) out += fmt::format("  {}{} {}\n", pick({"paramètres", "parameters"}, lang), colon(lang), params);
    out += fmt::format("  {}{} {}:{}\n", pick({"défini dans", "defined in"}, lang), colon(lang), c.file, r->line);
  }
  if (first) return std::nullopt;
  if (!verbose)
    out += pick({"\n(--verbose : le type de règle, ses paramètres et sa place dans le fichier d'appel)\n",
                 "\n(--verbose: the rule kind, its parameters and its place in the call file)\n"},
                lang);
  return out;
}

} // namespace sieg::calls
