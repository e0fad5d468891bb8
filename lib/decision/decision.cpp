#include "decision/decision.hpp"

#include <fmt/format.h>

#include "decision/messages.hpp"
#include "schema/builtin.hpp"
#include "schema/validate.hpp"

namespace sieg::decision {
namespace {

using i18n::pick;

std::string text_of(const tree::Node* n) { return n != nullptr && n->kind == tree::Kind::String ? n->text : ""; }

diag::Diagnostic make(const char* code, diag::Severity s, const Decision& d, tree::Pos pos) {
  diag::Diagnostic out;
  out.code = code;
  out.severity = s;
  out.file = d.file;
  out.line = pos.line;
  out.col = pos.col;
  return out;
}

} // namespace

bool is_decision_file(std::string_view path) {
  std::size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return name == "decision.yaml" || name == "decision.yml";
}

Loaded load_decision_bytes(std::string_view bytes, const std::string& path, i18n::Lang lang) {
  return load_decision(yaml::load(bytes, path, lang), path, lang);
}

Loaded load_decision(yaml::LoadResult loaded, const std::string& path, i18n::Lang lang) {
  Loaded out;
  out.diags = std::move(loaded.diags);
  if (!loaded.root) return out;
  schema::ValidateOptions opts;
  opts.file = path;
  opts.lang = lang;
  const tree::Node& root = *loaded.root;
  const tree::Node* outcome = root.kind == tree::Kind::Object ? root.get("decision") : nullptr;
  const tree::Node* reasons = root.kind == tree::Kind::Object ? root.get("motifs") : nullptr;
  if (outcome != nullptr && outcome->kind == tree::Kind::Null && (reasons == nullptr || reasons->kind == tree::Kind::Null)) {
    diag::Diagnostic x;
    x.code = "SIEG-D009";
    x.severity = diag::Severity::Warning;
    x.file = path;
    for (const auto& m : root.members)
      if (m.key == "decision") x.line = m.key_pos.line, x.col = m.key_pos.col;
    x.message = i18n::pick(msg::kPending, lang);
    x.hint = i18n::pick(msg::kPendingHint, lang);
    out.diags.push_back(std::move(x));
    out.pending = true;
    return out;
  }
  auto found = schema::validate(*schema::builtin_decision_schema(), root, opts);
  if (!found.empty()) {
    out.diags.insert(out.diags.end(), found.begin(), found.end());
    return out;
  }
  Decision d;
  d.file = path;
  d.pos = root.pos;
  d.dossier = text_of(root.get("dossier"));
  d.dossier_pos = root.get("dossier")->pos;
  std::string word = text_of(outcome);
  d.outcome = word == "retenu" ? Outcome::Retained : word == "ajourne" ? Outcome::Deferred : Outcome::Refused;
  d.outcome_pos = outcome->pos;
  if (const tree::Node* amount = root.get("montant_accorde")) {
    d.granted = values::to_cents(*amount);
    d.granted_pos = amount->pos;
  }
  d.date = text_of(root.get("date"));
  d.body = text_of(root.get("instance"));
  d.reasons = text_of(root.get("motifs"));
  d.conditions = text_of(root.get("conditions"));
  out.decision = std::move(d);
  return out;
}

std::vector<diag::Diagnostic> check(const Decision& d, const Context& c) {
  std::vector<diag::Diagnostic> out;
  auto money = [&](values::Cents v) { return values::format_euros(v, c.lang); };
  if (d.dossier != c.id) {
    diag::Diagnostic x = make("SIEG-D001", diag::Severity::Error, d, d.dossier_pos);
    x.message = fmt::format(fmt::runtime(pick(msg::kOtherDossier, c.lang)), d.dossier, c.id);
    x.hint = fmt::format(fmt::runtime(pick(msg::kOtherDossierHint, c.lang)), d.dossier, c.id);
    out.push_back(std::move(x));
  }
  bool retained = d.outcome == Outcome::Retained;
  if (retained && (!d.granted || *d.granted == 0)) {
    diag::Diagnostic x = make("SIEG-D002", diag::Severity::Error, d, d.granted ? d.granted_pos : d.outcome_pos);
    x.message = pick(msg::kNoAmount, c.lang);
    x.hint = pick(msg::kNoAmountHint, c.lang);
    out.push_back(std::move(x));
  }
  if (!retained && d.granted && *d.granted > 0) {
    diag::Diagnostic x = make("SIEG-D003", diag::Severity::Error, d, d.granted_pos);
    x.message = fmt::format(fmt::runtime(pick(msg::kAmountNotRetained, c.lang)), money(*d.granted), outcome_label(d.outcome, c.lang));
    x.hint = pick(msg::kAmountNotRetainedHint, c.lang);
    out.push_back(std::move(x));
  }
  if (retained && d.granted && *d.granted > 0) {
    const calls::Rule* cap = c.call != nullptr ? calls::aid_cap_rule(*c.call) : nullptr;
    std::optional<values::Cents> max = cap != nullptr ? values::cents_of(cap->param("max")->number) : std::nullopt;
    if (max && *d.granted > *max) {
      diag::Diagnostic x = make("SIEG-D004", diag::Severity::Error, d, d.granted_pos);
      x.message = fmt::format(fmt::runtime(pick(msg::kOverCap, c.lang)), money(*d.granted), money(*max), cap->source);
      x.hint = fmt::format(fmt::runtime(pick(msg::kOverCapHint, c.lang)), money(*max));
      out.push_back(std::move(x));
    }
    if (c.requested && *d.granted > *c.requested) {
      diag::Diagnostic x = make("SIEG-D005", diag::Severity::Warning, d, d.granted_pos);
      x.message = fmt::format(fmt::runtime(pick(msg::kOverRequest, c.lang)), money(*d.granted), money(*c.requested));
      x.hint = pick(msg::kOverRequestHint, c.lang);
      out.push_back(std::move(x));
    }
  }
  if (retained && !c.eligible) {
    diag::Diagnostic x = make("SIEG-D006", diag::Severity::Warning, d, d.outcome_pos);
    std::string why = c.failure != nullptr ? fmt::format("[{}] {}", c.failure->code, c.failure->message) : std::string("?");
    x.message = fmt::format(fmt::runtime(pick(msg::kIneligible, c.lang)), why);
    x.hint = pick(msg::kIneligibleHint, c.lang);
    out.push_back(std::move(x));
  }
  return out;
}

diag::Diagnostic over_envelope(values::Cents granted, values::Cents envelope, const std::string& config_file, i18n::Lang lang) {
  diag::Diagnostic x;
  x.code = "SIEG-D007";
  x.severity = diag::Severity::Warning;
  x.file = config_file;
  x.message = fmt::format(fmt::runtime(pick(msg::kOverEnvelope, lang)), values::format_euros(granted, lang),
                          values::format_euros(envelope, lang), values::format_euros(granted - envelope, lang));
  x.hint = pick(msg::kOverEnvelopeHint, lang);
  return x;
}

const char* outcome_key(Outcome o) {
  return o == Outcome::Retained ? "retenu" : o == Outcome::Deferred ? "ajourne" : "refuse";
}

std::string outcome_label(Outcome o, i18n::Lang lang) {
  static constexpr i18n::Text kRetained{"retenu", "retained"}, kDeferred{"ajourné", "deferred"}, kRefused{"refusé", "refused"};
  return pick(o == Outcome::Retained ? kRetained : o == Outcome::Deferred ? kDeferred : kRefused, lang);
}

} // namespace sieg::decision
