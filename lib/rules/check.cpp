// The checks of every rule kind (calls/kinds.hpp) over a dossier whose shape is right: one method per
// kind, one emitter, the rule's conditions ("when").
#include "rules/check.hpp"

#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "rules/messages.hpp"
#include "values/money.hpp"
#include "tree/path.hpp"
#include "schema/lookup.hpp"
#include "schema/suggest.hpp"

namespace sieg::rules {
namespace {

using i18n::pick;
using tree::Kind;
using tree::Node;
using tree::filled;
using tree::missing_pos;
using tree::select;
using values::Cents;
using values::days;
using values::period_end;
using values::to_cents;
using values::format_euros;
using values::parse_date;
using values::add_months;
using values::from_days;

std::size_t chars(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string scalar_text(const Node& n) {
  if (n.kind == Kind::Bool) return n.boolean ? "true" : "false";
  return n.text;
}

class Checker {
 public:
  Checker(const calls::Call& call, const Node& root, const Context& ctx) : call_(call), root_(root), ctx_(ctx) {}

  bool applies_to_dossier(const calls::Rule& r) {
    rule_ = &r;
    return applies(r);
  }

  void run(const calls::Rule& r, std::vector<diag::Diagnostic>& out) {
    rule_ = &r;
    out_ = &out;
    if (!r.when.empty() && !applies(r)) return;
    if (auto check = check_of(r.kind)) (this->*check)();
  }

  // The one place a kind (calls/kinds.cpp) meets its check: a kind missing here never loads a call
  // (rules::checks_kind, asserted for every kind of the table by the unit tests).
  using Check = void (Checker::*)();
  static Check check_of(std::string_view kind) {
    static const std::unordered_map<std::string_view, Check> table = {
        {"required", &Checker::required},
        {"required_any", &Checker::required_any},
        {"min_count", &Checker::min_count},
        {"one_of", &Checker::must_be_among},
        {"none_of", &Checker::must_not_be_among},
        {"all_in", &Checker::all_in},
        {"contains_any", &Checker::contains_any},
        {"max_number", &Checker::max_plain_number},
        {"max_amount", &Checker::max_amount},
        {"min_length", &Checker::min_length},
        {"max_length", &Checker::max_length},
        {"is_true", &Checker::must_be_true},
        {"is_not_true", &Checker::must_not_be_true},
        {"in_region", &Checker::in_region},
        {"some_in_region", &Checker::some_in_region},
        {"date_not_after", &Checker::date_not_after},
        {"period_ends_by", &Checker::period_ends_by},
        {"steps_within_months", &Checker::steps_within_months},
        {"steps_ordered", &Checker::steps_ordered},
        {"steps_in_period", &Checker::steps_in_period},
        {"min_years_since", &Checker::min_years_since},
        {"balanced", &Checker::balanced},
        {"unique", &Checker::unique},
        {"payment_schedule", &Checker::payment_schedule},
        {"aid_covered", &Checker::aid_covered},
        {"final_due", &Checker::final_due},
    };
    auto it = table.find(kind);
    return it == table.end() ? nullptr : it->second;
  }

 private:
  enum class Steps { WithinMonths, Ordered, InPeriod };
  void must_be_among() { one_of(true); }
  void must_not_be_among() { one_of(false); }
  void max_plain_number() { max_number(false); }
  void max_amount() { max_number(true); }
  void min_length() { length(true); }
  void max_length() { length(false); }
  void must_be_true() { boolean(true); }
  void must_not_be_true() { boolean(false); }
  void steps_within_months() { steps(Steps::WithinMonths); }
  void steps_ordered() { steps(Steps::Ordered); }
  void steps_in_period() { steps(Steps::InPeriod); }

  bool en() const { return ctx_.lang == i18n::Lang::En; }
  const std::string& param(const char* name) const { return rule_->param(name)->text; }
  double number(const char* name) const { return rule_->param(name)->number; }
  const std::vector<std::string>& list(const char* name) const { return rule_->param(name)->list; }

  std::string title(const std::string& path) const {
    std::string t = ctx_.schema != nullptr ? schema::title_at(*ctx_.schema, path, en()) : std::string();
    if (t.empty()) return path;
    return en() ? fmt::format("'{}' ({})", t, path) : fmt::format("« {} » ({})", t, path);
  }
  std::string quote(const std::string& s) const { return en() ? "'" + s + "'" : "« " + s + " »"; }
  std::string join(const std::vector<std::string>& v) const { return fmt::format("{}", fmt::join(v, ", ")); }
  // Where a finding about a list's items as a whole goes ("partenaires[].nature": the list), or where it
  // would be when missing.
  tree::Pos list_pos(const std::string& path) const {
    std::string list_path = path.substr(0, path.find("[]"));
    auto lists = select(root_, list_path);
    return lists.empty() ? missing_pos(root_, list_path) : lists[0]->pos;
  }

  template <typename... Args>
  void emit(tree::Pos pos, const i18n::Text& detail, Args&&... args) {
    diag::Diagnostic d;
    d.code = rule_->code;
    d.severity = rule_->severity;
    d.file = ctx_.file;
    d.line = pos.line;
    d.col = pos.col;
    d.message = fmt::format("{}{} {}", rule_->statement.get(ctx_.lang), en() ? ":" : " :",
                            fmt::format(fmt::runtime(pick(detail, ctx_.lang)), std::forward<Args>(args)...));
    std::string fix = rule_->fix.get(ctx_.lang);
    if (!fix.empty() && fix.back() == '.') fix.pop_back();  // a sentence, then « — source »
    d.hint = fmt::format(fmt::runtime(pick(fix.empty() ? msg::kSourceHint : msg::kFixSourceHint, ctx_.lang)), rule_->source, rule_->code, fix);
    out_->push_back(std::move(d));
  }

  bool holds(const calls::Condition& c) const {
    auto nodes = select(root_, c.path);
    switch (c.op) {
      case calls::Condition::Op::Present:
        for (const Node* n : nodes)
          if (filled(*n)) return true;
        return false;
      case calls::Condition::Op::Equals:
        return nodes.size() == 1 && tree::equal(*nodes[0], c.value);
      case calls::Condition::Op::Contains:
        for (const Node* n : nodes)
          if (tree::equal(*n, c.value)) return true;
        return false;
    }
    return false;
  }

  bool applies(const calls::Rule& r) const {
    if (r.when.empty()) return true;
    for (const auto& c : r.when)
      if (holds(c)) return true;
    return false;
  }

  void required() {
    for (const auto& path : list("paths")) {
      auto nodes = select(root_, path);
      bool any = false;
      for (const Node* n : nodes) {
        if (filled(*n)) any = true;
        else emit(n->pos, msg::kMissingOrEmpty, title(path));
      }
      if (nodes.empty() && !any) emit(missing_pos(root_, path), msg::kMissingOrEmpty, title(path));
    }
  }

  void required_any() {
    const auto& paths = list("paths");
    for (const auto& path : paths)
      for (const Node* n : select(root_, path))
        if (filled(*n)) return;
    std::vector<std::string> titles;
    for (const auto& path : paths) titles.push_back(title(path));
    emit(missing_pos(root_, paths.front()), msg::kNoneFilled, join(titles));
  }

  void min_count() {
    const std::string& path = param("path");
    auto nodes = select(root_, path);
    std::size_t n = nodes.size() == 1 && nodes[0]->kind == Kind::Array ? nodes[0]->items.size() : 0;
    auto min = static_cast<std::size_t>(number("min"));
    if (n < min) emit(nodes.empty() ? missing_pos(root_, path) : nodes[0]->pos, msg::kTooFew, title(path), n, min);
  }

  void one_of(bool must_be_in) {
    const std::string& path = param("path");
    auto nodes = select(root_, path);
    const auto& values = list("values");
    if (nodes.empty() || !filled(*nodes[0])) {
      if (must_be_in) emit(missing_pos(root_, path), msg::kMissingOrEmpty, title(path));
      return;
    }
    for (const Node* n : nodes) {
      bool in = std::find(values.begin(), values.end(), scalar_text(*n)) != values.end();
      if (in != must_be_in)
        emit(n->pos, must_be_in ? msg::kNotAllowed : msg::kDiscouraged, title(path), quote(scalar_text(*n)), join(values));
    }
  }

  void all_in() {
    const std::string& path = param("path");
    const auto& values = list("values");
    for (const Node* n : select(root_, path))
      if (std::find(values.begin(), values.end(), scalar_text(*n)) == values.end())
        emit(n->pos, rule_->severity == diag::Severity::Error ? msg::kNotAllowed : msg::kNotAmong, title(path),
             quote(scalar_text(*n)), join(values));
  }

  void contains_any() {
    const std::string& path = param("path");
    const auto& values = list("values");
    auto nodes = select(root_, path);
    for (const Node* n : nodes)
      if (std::find(values.begin(), values.end(), scalar_text(*n)) != values.end()) return;
    emit(list_pos(path), msg::kNoneOf, title(path), join(values));
  }

  void max_number(bool amount) {
    const std::string& path = param("path");
    double max = number("max");
    for (const Node* n : select(root_, path)) {
      if (n->kind != Kind::Number) continue;
      if (amount) {
        Cents v = to_cents(*n).value_or(0), limit = values::cents_of(max).value_or(values::kMaxCents);
        if (v > limit)
          emit(n->pos, msg::kOverMax, title(path), format_euros(v, ctx_.lang), format_euros(limit, ctx_.lang));
      } else if (n->number > max) {
        emit(n->pos, msg::kOverMax, title(path), n->text, fmt::format("{}", max));
      }
    }
  }

  void length(bool minimum) {
    const std::string& path = param("path");
    auto limit = static_cast<std::size_t>(number(minimum ? "min" : "max"));
    for (const Node* n : select(root_, path)) {
      if (n->kind != Kind::String) continue;
      std::size_t c = chars(n->text);
      if (minimum && c < limit) emit(n->pos, msg::kShortText, title(path), c, limit);
      if (!minimum && c > limit) emit(n->pos, msg::kLongText, title(path), c, limit);
    }
  }

  void boolean(bool must_be_true) {
    const std::string& path = param("path");
    auto nodes = select(root_, path);
    bool is_true = nodes.size() == 1 && nodes[0]->kind == Kind::Bool && nodes[0]->boolean;
    if (must_be_true && !is_true) {
      if (nodes.empty()) emit(missing_pos(root_, path), msg::kMissingOrEmpty, title(path));
      else emit(nodes[0]->pos, msg::kMustBeTrue, title(path));
    }
    if (!must_be_true && is_true) emit(nodes[0]->pos, msg::kMustNotBeTrue, title(path));
  }

  void in_region() {
    const std::string& path = param("path");
    const calls::Param* p = rule_->param("departements");
    const auto& allowed = p != nullptr ? p->list : call_.departements;
    auto nodes = select(root_, path);
    bool any = false;
    for (const Node* n : nodes) {
      if (n->kind != Kind::String) continue;
      any = true;
      if (std::find(allowed.begin(), allowed.end(), n->text) == allowed.end())
        emit(n->pos, msg::kOutOfRegion, title(path), quote(n->text), call_.region, join(allowed));
    }
    // A warning rule only names the départements outside (an error rule of the call says when none is given).
    if (!any && rule_->severity == diag::Severity::Error) emit(missing_pos(root_, path), msg::kMissingOrEmpty, title(path));
  }

  void some_in_region() {
    const std::string& path = param("path");
    const calls::Param* p = rule_->param("departements");
    const auto& allowed = p != nullptr ? p->list : call_.departements;
    std::vector<std::string> given;
    for (const Node* n : select(root_, path)) {
      if (n->kind != Kind::String) continue;
      if (std::find(allowed.begin(), allowed.end(), n->text) != allowed.end()) return;
      given.push_back(n->text);
    }
    if (given.empty()) {
      emit(missing_pos(root_, path), msg::kMissingOrEmpty, title(path));
      return;
    }
    emit(list_pos(path), msg::kNoneInRegion, title(path), join(given), call_.region, join(allowed));
  }

  void date_not_after() {
    const Date& limit = *rule_->param("date")->date;
    if (limit < ctx_.today) {
      auto dep = select(root_, "date_depot");
      emit(dep.empty() ? root_.pos : dep[0]->pos, msg::kAfterDeadline, to_string(ctx_.today), to_string(limit));
    }
  }

  struct Period {
    Date start, end;
    tree::Pos pos;
  };
  std::optional<Period> period() const {
    auto start = select(root_, "calendrier.date_debut");
    auto months = select(root_, "calendrier.duree_mois");
    if (start.size() != 1 || months.size() != 1 || months[0]->kind != Kind::Number) return std::nullopt;
    auto d = parse_date(start[0]->text);
    if (!d) return std::nullopt;
    return Period{*d, period_end(*d, static_cast<int>(months[0]->number)), months[0]->pos};
  }

  void period_ends_by() {
    const Date& limit = *rule_->param("date")->date;
    auto p = period();
    if (!p) return;  // no calendar: nothing to check here (a call asks for one with a `required` rule)
    if (limit < p->end) emit(p->pos, msg::kPeriodEnds, to_string(p->start), to_string(p->end), to_string(limit));
  }

  void steps(Steps what) {
    auto p = period();
    if (!p && what != Steps::Ordered) return;  // the calendar itself is checked by other rules
    for (const Node* step : select(root_, "calendrier.etapes[]")) {
      const Node* name = step->get("intitule");
      const Node* b = step->get("debut");
      const Node* e = step->get("fin");
      if (name == nullptr || b == nullptr || e == nullptr) continue;
      auto begin = parse_date(b->text), end = parse_date(e->text);
      if (!begin || !end) continue;
      if (what == Steps::Ordered && *end < *begin)
        emit(b->pos, msg::kStepOrder, quote(name->text), b->text, e->text);
      if (what == Steps::InPeriod && (*begin < p->start || p->end < *end))
        emit(step->pos, msg::kStepOutside, quote(name->text), b->text, e->text, to_string(p->start), to_string(p->end));
      if (what == Steps::WithinMonths) {
        int months = static_cast<int>(number("months"));
        Date limit = period_end(p->start, months);
        if (limit < *end) emit(e->pos, msg::kStepTooLate, quote(name->text), e->text, to_string(limit), months);
      }
    }
  }

  void min_years_since() {
    const std::string& path = param("path");
    auto years = static_cast<int>(number("years"));
    auto nodes = select(root_, path);
    if (nodes.empty() || nodes[0]->kind != Kind::Number) {
      emit(missing_pos(root_, path), msg::kMissingOrEmpty, title(path));
      return;
    }
    int age = ctx_.today.year - static_cast<int>(nodes[0]->number);
    if (age < years) emit(nodes[0]->pos, msg::kTooRecent, title(path), nodes[0]->text, age, ctx_.today.year, years);
  }

  void balanced() {
    const std::string &left = param("left"), &right = param("right");
    auto sum = [&](const std::string& path) {
      std::optional<Cents> total = 0;
      for (const Node* n : select(root_, path)) total = values::sum_cents(total, to_cents(*n).value_or(0));
      return total;
    };
    std::optional<Cents> l = sum(left), r = sum(right);
    std::string lp = left.substr(0, left.find("[]")), rp = right.substr(0, right.find("[]"));
    auto where = select(root_, rp);
    if (!l || !r) {  // unreachable within the schema's limits; an error, never a wrapped total
      emit(where.empty() ? missing_pos(root_, rp) : where[0]->pos, msg::kTotalOutOfRange, title(!l ? lp : rp));
      return;
    }
    if (*l == *r) return;
    emit(where.empty() ? missing_pos(root_, rp) : where[0]->pos, msg::kUnbalanced, title(lp),
         format_euros(*l, ctx_.lang), title(rp), format_euros(*r, ctx_.lang), format_euros(*l - *r, ctx_.lang));
  }

  void unique() {
    const std::string& path = param("path");
    const calls::Param* compare = rule_->param("compare");
    // The items holding the values, to read the sibling field named by `compare`.
    std::string parent = path.substr(0, path.rfind('.'));
    std::string leaf = path.substr(path.rfind('.') + 1);
    auto items = select(root_, parent);
    std::unordered_map<std::string, std::pair<std::size_t, const Node*>> seen;  // folded value -> (index, item)
    std::size_t index = 0;
    for (const Node* item : items) {
      const Node* v = item->get(leaf);
      if (v == nullptr || v->kind != Kind::String) continue;
      ++index;
      std::string key = schema::fold(v->text);
      key.erase(std::remove(key.begin(), key.end(), '_'), key.end());
      auto [it, fresh] = seen.emplace(key, std::make_pair(index, item));
      if (fresh) continue;
      const auto& [first_index, first] = it->second;
      const Node* a = compare != nullptr ? first->get(compare->text) : nullptr;
      const Node* b = compare != nullptr ? item->get(compare->text) : nullptr;
      if (a != nullptr && b != nullptr && !tree::equal(*a, *b))
        emit(v->pos, msg::kDuplicateConflict, quote(v->text), first_index, compare->text, quote(scalar_text(*a)),
             quote(scalar_text(*b)));
      else emit(v->pos, msg::kDuplicate, quote(v->text), first_index);
    }
  }

  void payment_schedule() {
    auto aid = select(root_, "budget.aide_demandee");
    if (aid.empty()) emit(missing_pos(root_, "budget.aide_demandee"), msg::kMissingOrEmpty, title("budget.aide_demandee"));
  }

  // The aid may pay for the expenses of the categories given, made within `months` of the start (an
  // undated expense counts: the forecast accounts cover the first 12 months, AMI Aquitaine §5 field 8).
  void aid_covered() {
    auto aid_nodes = select(root_, "budget.aide_demandee");
    if (aid_nodes.empty() || aid_nodes[0]->kind != Kind::Number) return;  // stated or not: other rules
    Cents aid = to_cents(*aid_nodes[0]).value_or(0);
    const auto& categories = list("categories");
    auto p = period();
    std::optional<Date> limit;
    if (p) limit = period_end(p->start, static_cast<int>(number("months")));
    std::optional<Cents> base = 0;
    std::vector<std::string> left_out;
    for (const Node* item : select(root_, "budget.depenses[]")) {
      const Node* cat = item->get("categorie");
      const Node* amount = item->get("montant");
      const Node* label = item->get("libelle");
      if (cat == nullptr || amount == nullptr) continue;
      std::string name = label != nullptr ? quote(label->text) : cat->text;
      if (std::find(categories.begin(), categories.end(), cat->text) == categories.end()) {
        left_out.push_back(name);
        continue;
      }
      if (const Node* d = item->get("date"); d != nullptr && limit) {
        auto when = parse_date(d->text);
        if (when && (*limit < *when || *when < p->start)) {
          left_out.push_back(fmt::format("{} ({})", name, d->text));
          continue;
        }
      }
      base = values::sum_cents(base, to_cents(*amount).value_or(0));
    }
    if (!base) return;  // beyond what sieg counts exactly: SIEG-E040 says so
    if (aid <= *base) return;
    std::string out = left_out.empty() ? std::string(en() ? "none" : "aucune") : join(left_out);
    emit(aid_nodes[0]->pos, msg::kAidOverEligible, format_euros(aid, ctx_.lang), format_euros(*base, ctx_.lang), out);
  }

  void final_due() {
    auto given = select(root_, "bilan_final.date_remise");
    auto end_nodes = select(root_, "bilan_final.date_fin_convention");
    std::optional<Date> end;
    if (!end_nodes.empty()) end = parse_date(end_nodes[0]->text);
    else if (auto p = period()) end = p->end;
    if (given.empty()) {
      emit(missing_pos(root_, "bilan_final.date_remise"), msg::kMissingOrEmpty, title("bilan_final.date_remise"));
      return;
    }
    auto when = parse_date(given[0]->text);
    if (!when) return;  // the schema reports the date
    if (!end) {
      emit(missing_pos(root_, "bilan_final.date_fin_convention"), msg::kMissingOrEmpty,
           title("bilan_final.date_fin_convention"));
      return;
    }
    int months = static_cast<int>(number("months"));
    Date due = add_months(*end, -months);
    if (due < *when) emit(given[0]->pos, msg::kFinalLate, to_string(*when), to_string(due), to_string(*end), months);
  }

  const calls::Call& call_;
  const Node& root_;
  const Context& ctx_;
  const calls::Rule* rule_ = nullptr;
  std::vector<diag::Diagnostic>* out_ = nullptr;
};

} // namespace

Date reference_date(const tree::Node& dossier, const std::optional<Date>& forced, const Date& today) {
  if (forced) return *forced;
  if (const Node* d = dossier.get("date_depot"); d != nullptr && d->kind == Kind::String)
    if (auto parsed = parse_date(d->text)) return *parsed;
  return today;
}

std::vector<diag::Diagnostic> check(const calls::Call& call, const tree::Node& dossier, const Context& ctx) {
  std::vector<diag::Diagnostic> out;
  Checker c(call, dossier, ctx);
  for (const auto& r : call.rules) c.run(r, out);
  return out;
}

bool checks_kind(std::string_view kind) { return Checker::check_of(kind) != nullptr; }

bool applies(const calls::Call& call, const calls::Rule& rule, const tree::Node& dossier) {
  Context ctx;
  Checker c(call, dossier, ctx);
  return c.applies_to_dossier(rule);
}

} // namespace sieg::rules
