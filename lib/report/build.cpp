#include <algorithm>

#include <fmt/format.h>

#include "report/people.hpp"
#include "report/report.hpp"
#include "report/words.hpp"
#include "rules/check.hpp"
#include "values/display.hpp"
#include "values/money.hpp"
#include "tree/path.hpp"
#include "schema/lookup.hpp"

namespace sieg::report {
namespace {

using tree::Kind;
using tree::Node;

// Top-level answers shown elsewhere: in the title line (appel, date_depot), the partners' table, the
// budget and the self-assessment history. Every other answer is shown, in the schema's (the form's) order.
bool shown_apart(const std::string& key) {
  for (const char* k : {"format", "appel", "date_depot", "partenaires", "budget", "auto_evaluation"})
    if (key == k) return true;
  return false;
}

bool is_sans_objet(const Node& n) {
  return n.kind == Kind::Object && n.members.size() == 1 && n.members[0].key == "sans_objet";
}

class Builder {
 public:
  Builder(const Node& root, const schema::CompiledSchema& schema, const Options& o)
      : root_(root), schema_(schema), o_(o), en_(o.lang == i18n::Lang::En) {}

  std::string scalar(const Node& n, const std::string& path) const {
    if (n.kind == Kind::Bool) return values::yes_no(n.boolean, o_.lang);
    auto kind = schema::value_kind_at(schema_, path);
    if (n.kind == Kind::String && kind == schema::ValueKind::Date) return values::date_words(n.text, o_.lang);
    if (n.kind == Kind::String) return schema::enum_label(schema_, path, n.text, en_);
    if (n.kind == Kind::Number && kind == schema::ValueKind::Money)
      if (auto c = values::to_cents(n)) return values::format_euros(*c, o_.lang);
    return n.text;
  }

  std::string text_at(const char* path) const {
    auto nodes = tree::select(root_, path);
    return nodes.empty() || nodes[0]->kind == Kind::Array || nodes[0]->kind == Kind::Object ? std::string()
                                                                                           : scalar(*nodes[0], path);
  }

  bool personal(const std::string& path) const {
    return schema::personal_at(schema_, path);
  }

  // A leaf answer of the dossier: a text, number, yes/no, list, or a « sans objet » with its reason.
  struct Leaf {
    std::string path, label;
    const Node* node;
  };

  // The answers under `n` (at `path`), in the schema's order; nested objects are flattened, their
  // fields' labels prefixed with the object's title ("Adresse — Commune").
  void leaves(const Node& n, const std::string& path, const std::string& prefix, std::vector<Leaf>& out) const {
    for (const auto& key : schema::property_keys(schema_, path)) {
      const Node* child = n.get(key);
      if (child == nullptr || !tree::filled(*child)) continue;
      std::string p = path.empty() ? key : path + "." + key;
      std::string label = schema::title_at(schema_, p, en_);
      if (label.empty()) label = key;
      if (!prefix.empty()) label = prefix + " — " + label;
      if (child->kind == Kind::Object && !is_sans_objet(*child) && !schema::property_keys(schema_, p).empty())
        leaves(*child, p, label, out);
      else
        out.push_back({p, label, child});
    }
  }

  // One line for an item of a list of objects: "Intitulé : Atelier ; Début : 2015-09-01".
  std::string item_line(const Node& item, const std::string& path) const {
    std::vector<Leaf> parts;
    leaves(item, path, "", parts);
    std::string line;
    for (const auto& l : parts) {
      if (!line.empty()) line += en_ ? "; " : " ; ";
      line += l.label + (en_ ? ": " : " : ") + fmt::format("{}", fmt::join(values_of(*l.node, l.path), ", "));
    }
    return line;
  }

  std::vector<std::string> values_of(const Node& n, const std::string& path) const {
    if (is_sans_objet(n))
      return {words::say(words::kSansObjet, o_.lang) + (en_ ? ": " : " : ") + n.members[0].value.text};
    std::vector<std::string> out;
    if (n.kind == Kind::Array) {
      for (const Node& it : n.items)
        out.push_back(it.kind == Kind::Object ? item_line(it, path + "[]") : scalar(it, path + "[]"));
    } else if (n.kind == Kind::Object) {
      out.push_back(item_line(n, path));
    } else {
      out.push_back(scalar(n, path));
    }
    return out;
  }

  std::vector<Leaf> all_leaves() const {
    std::vector<Leaf> out;
    for (const auto& key : schema::property_keys(schema_, ""))
      if (!shown_apart(key))
        if (const Node* n = root_.get(key); n != nullptr && tree::filled(*n)) {
          if (n->kind == Kind::Object && !is_sans_objet(*n)) leaves(*n, key, "", out);
          else out.push_back({key, schema::title_at(schema_, key, en_), n});
        }
    return out;
  }

  // One section per top-level question of the form (action, porteur, besoins, …), with every answer the
  // holder gave, each under the form's question (the schema's title).
  std::vector<Section> sections() const {
    std::vector<Section> out;
    for (const auto& l : all_leaves()) {
      std::string top = l.path.substr(0, l.path.find('.'));
      if (out.empty() || out.back().id != top) {
        Section sec;
        sec.id = top;
        sec.title = schema::title_at(schema_, top, en_);
        out.push_back(std::move(sec));
      }
      Field f;
      f.path = l.path;
      f.label = l.label;
      f.values = values_of(*l.node, l.path);
      if (o_.redact && personal(l.path)) {
        f.values = {redaction_mark(o_.lang)};
        f.redacted = true;
      }
      out.back().fields.push_back(std::move(f));
    }
    return out;
  }

  std::vector<Partner> partners() const {
    std::vector<Partner> out;
    const Node* list = root_.get("partenaires");
    if (list == nullptr || list->kind != Kind::Array) return out;
    for (const Node& p : list->items) {
      auto get = [&](const char* key) {
        const Node* n = p.get(key);
        return n == nullptr ? std::string() : scalar(*n, std::string("partenaires[].") + key);
      };
      std::string contact;
      if (const Node* c = p.get("contact"); c != nullptr && c->kind == Kind::Object) {
        contact = o_.redact ? redaction_mark(o_.lang) : item_line(*c, "partenaires[].contact");
      }
      out.push_back({get("nom"), get("nature"), get("role"), get("departement"), contact});
    }
    return out;
  }

  Budget budget(const calls::Call* call) const {
    Budget b;
    auto lines = [&](const char* path, const char* label_key, const char* detail_key, std::vector<MoneyLine>& into,
                     std::int64_t& total) {
      for (const Node* item : tree::select(root_, path)) {
        MoneyLine l;
        if (const Node* n = item->get(label_key)) l.label = n->text;
        if (const Node* n = item->get(detail_key)) l.detail = scalar(*n, std::string(path) + "." + detail_key);
        if (const Node* n = item->get("date")) l.detail += " (" + values::date_words(n->text, o_.lang) + ")";
        if (const Node* n = item->get("montant")) l.cents = values::to_cents(*n).value_or(0);
        total = values::sum_cents(total, l.cents).value_or(values::kMaxCents);  // within the schema's limits
        into.push_back(std::move(l));
      }
    };
    lines("budget.depenses[]", "libelle", "categorie", b.expenses, b.total_expenses);
    lines("budget.ressources[]", "financeur", "statut", b.resources, b.total_resources);
    if (auto nodes = tree::select(root_, "budget.aide_demandee"); !nodes.empty()) b.aid = values::to_cents(*nodes[0]);
    if (call != nullptr) {
      if (const calls::Rule* cap = calls::aid_cap_rule(*call)) b.cap = values::cents_of(cap->param("max")->number);
      if (b.aid && *b.aid >= 0) {
        auto parts = calls::schedule(*call, *b.aid);
        for (std::size_t i = 0; i < parts.size() && i < call->payments.size(); ++i)
          b.schedule.push_back({call->payments[i].percent, call->payments[i].when.get(o_.lang), parts[i]});
      }
    }
    return b;
  }

  std::vector<RuleCheck> checklist(const calls::Call& call, const std::vector<diag::Diagnostic>& found,
                                   const std::vector<std::pair<std::string, std::string>>& off) const {
    std::vector<RuleCheck> out;
    for (const auto& r : call.rules) {
      RuleCheck c;
      c.code = r.code;
      c.statement = r.statement.get(o_.lang);
      c.source = r.source;
      c.status = rules::applies(call, r, root_) ? Status::Passed : Status::NotApplicable;
      for (const auto& [code, reason] : off)
        if (code == r.code) {  // never shown as passed: the jury must see that it was not checked
          c.status = Status::Off;
          c.messages.push_back(reason);
        }
      for (const auto& d : found) {
        if (d.code != r.code) continue;
        Status s = d.severity == diag::Severity::Error     ? Status::Failed
                   : d.severity == diag::Severity::Warning ? Status::Warning
                                                           : Status::Info;
        if (c.status != Status::Failed && (c.status != Status::Warning || s == Status::Failed)) c.status = s;
        c.messages.push_back(d.line > 0 ? fmt::format("{}:{}: {}", d.line, d.col, d.message) : d.message);
      }
      out.push_back(std::move(c));
    }
    return out;
  }

 private:
  const Node& root_;
  const schema::CompiledSchema& schema_;
  const Options& o_;
  bool en_;
};

// Redaction: who the report must not name, each by its mark. The dossier's reviewers first, by their
// pseudonym (« évaluateur 2 », the R2 of the tables: jurors in their order, then the review files still to
// fill in or broken), then the dossier's own people; `known` (everyone else the repository knows) after.
struct Redaction {
  text::Masker own;
  const text::Masker* known = nullptr;
  void apply(std::string& s, bool organisations = true) const {
    own.apply(s, organisations);
    if (known != nullptr) known->apply(s, organisations);
  }
  void apply(diag::Diagnostic& d, bool organisations = true) const {
    mask(own, d, organisations);
    if (known != nullptr) mask(*known, d, organisations);
  }
};

void redact_jurors(score::Result& r, const Input& in, Redaction& red, i18n::Lang lang) {
  const std::string mark = redaction_mark(lang);
  int n = 0;
  std::vector<std::string> numbered;
  auto name = [&](const std::string& who, const std::string& organisation, const std::string& file, const std::string& pseudonym) {
    if (!who.empty()) red.own.person(who, pseudonym);
    if (!file.empty()) add_review_file(red.own, file, pseudonym);
    if (!organisation.empty()) red.own.organisation(organisation, mark);
  };
  for (const auto& j : r.jurors) {
    name(j.name, j.organisation, j.file, reviewer_pseudonym(++n, lang));
    numbered.push_back(j.file);
  }
  pseudonymise(r.jurors, lang);
  for (const auto& seen : in.reviews)
    if (std::find(numbered.begin(), numbered.end(), seen.file) == numbered.end())
      name(seen.name, seen.organisation, seen.file, reviewer_pseudonym(++n, lang));
}

} // namespace

std::string redaction_mark(i18n::Lang lang) { return i18n::pick({"[masqué]", "[redacted]"}, lang); }

diag::Diagnostic unknown_call(const std::string& file, const Node& root, i18n::Lang lang) {
  diag::Diagnostic d;
  d.code = "SIEG-P001";
  d.file = file;
  const Node* appel = root.get("appel");
  if (appel != nullptr) {
    d.line = appel->pos.line;
    d.col = appel->pos.col;
  }
  d.message = fmt::format(fmt::runtime(i18n::pick({"appel inconnu : « {0} » ; le rapport a besoin des règles de l'appel",
                                                   "unknown call '{0}'; the report needs the call's rules"},
                                                  lang)),
                          appel == nullptr ? std::string() : appel->text);
  d.hint = i18n::pick({"`sieg calls` liste les appels connus ; --call FICHIER en charge un autre",
                       "`sieg calls` lists the known calls; --call FILE loads another"},
                      lang);
  return d;
}

Report build(const Input& in, const Options& o) {
  const Node& root = *in.root;
  const calls::Call* call = in.call;
  Builder builder(root, *in.schema, o);
  Report r;
  r.file = in.file;
  r.id = in.id;
  r.lang = o.lang;
  r.redacted = o.redact;
  r.title = builder.text_at("action.intitule");
  r.call_id = call->id;
  r.call_title = call->title.get(o.lang);
  r.deposit = builder.text_at("date_depot");
  r.sections = builder.sections();
  r.partners = builder.partners();
  r.budget = builder.budget(call);
  r.checklist = builder.checklist(*call, in.found, in.off);
  r.diagnostics = in.found;
  r.is_eligible = in.eligible;
  if (in.failure != nullptr) r.failure = *in.failure;
  r.review_diags = in.review_diags;
  Redaction red;
  red.known = in.known;
  score::Result result = in.score ? *in.score : score::Result{};
  if (o.redact) {
    redact_jurors(result, in, red, o.lang);
    add_dossier_people(red.own, root, *in.schema, redaction_mark(o.lang));
  }
  if (in.score) r.score = std::move(result);
  if (r.score) {
    bool any = false;
    for (const auto& cr : call->criteria) {
      CriterionView v{cr.id, cr.group.get(o.lang), cr.label.get(o.lang), cr.source, {}};
      for (std::size_t i = 0; i < r.score->jurors.size(); ++i) {
        const auto& j = r.score->jurors[i];
        if (j.excluded) continue;
        for (const auto& [id, text] : j.criteria)
          if (id == cr.id) v.opinions.emplace_back(static_cast<int>(i + 1), text);
      }
      any = any || !v.opinions.empty();
      r.criteria.push_back(std::move(v));
    }
    if (!any) r.criteria.clear();
  }
  if (o.redact) {  // nobody named, in any finding, comment, opinion or answer
    for (auto& d : r.review_diags) {
      if (d.code == "SIEG-R010") d.hint = redaction_mark(o.lang);  // the declared conflict's details
      red.apply(d);
    }
    // The dossier's own findings quote its answers: people go, the organisations it names (its funders,
    // « Région Aquitaine ») stay, even when a juror comes from one of them.
    for (auto& d : r.diagnostics) red.apply(d, false);
    for (auto& c : r.checklist)
      for (auto& m : c.messages) red.apply(m, false);
    if (r.failure) red.apply(*r.failure, false);
    if (r.score) {
      for (auto& j : r.score->jurors) {
        for (auto& c : j.criteria) red.apply(c.second);
        red.apply(j.opinion_comment);
      }
      for (auto& m : r.score->markers) {
        for (auto& c : m.comments) red.apply(c);
        red.apply(m.self_text);
      }
      for (auto& d : r.score->diags) {
        if (d.code == "SIEG-R010") d.hint = redaction_mark(o.lang);
        red.apply(d);
      }
    }
    for (auto& c : r.criteria)
      for (auto& op : c.opinions) red.apply(op.second);
    // The dossier's own answers name its funders and partners: organisations stay, people go.
    red.apply(r.title, false);
    for (auto& sec : r.sections)
      for (auto& f : sec.fields)
        if (!f.redacted)
          for (auto& v : f.values) red.apply(v, false);
    for (auto* lines : {&r.budget.expenses, &r.budget.resources})
      for (auto& l : *lines) {
        red.apply(l.label, false);
        red.apply(l.detail, false);
      }
  }
  return r;
}

std::string review_note(const Report& r, i18n::Lang lang) {
  if (!r.score) return "";
  int to_fill = 0;
  bool error = false;
  for (const auto& d : r.review_diags) {
    error = error || d.severity == diag::Severity::Error;
    if (d.code == "SIEG-R017") ++to_fill;
  }
  if (error) return r.score->markers.empty() || r.score->source != score::Source::Jury ? words::say(words::kReviewErrors, lang) : "";
  if (to_fill == 0) return "";
  const i18n::Text& text = r.score->source == score::Source::Jury ? words::kReviewsStillToFill
                           : r.score->markers.empty()                ? words::kReviewsToFill
                                                                     : words::kReviewsToFillSelf;
  return fmt::format(fmt::runtime(words::say(text, lang)), to_fill);
}

} // namespace sieg::report
