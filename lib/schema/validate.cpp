// Validating a positioned tree against a compiled schema. Over 400 lines on purpose: one recursive
// visitor over the draft-07 keywords whose messages share its state (the path, the nearest title, the
// output); splitting it by keyword would spread that state across files.
#include "schema/validate.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "schema/format.hpp"
#include "schema/messages.hpp"
#include "schema/suggest.hpp"

namespace sieg::schema {
namespace {

using i18n::pick;
using tree::Kind;
using tree::Node;

constexpr int kMaxDepth = 256;
constexpr std::size_t kMaxPatternInput = 64 * 1024;

std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string number_text(double v) {
  if (std::floor(v) == v && std::fabs(v) < 1e15) return fmt::format("{}", static_cast<long long>(v));
  return fmt::format("{}", v);
}

class Validator {
 public:
  Validator(const ValidateOptions& o, std::vector<diag::Diagnostic>* out) : o_(o), out_(out) {}

  bool check(const Schema* s, const Node& n, const Schema* named, int depth) {
    if (depth > kMaxDepth) return fail("SIEG-S099", n.pos, fmt::format(fmt::runtime(t(msg::kTooDeep)), where(named)));
    if (s->is_bool) {
      if (s->bool_value) return true;
      return fail("SIEG-S022", n.pos, fmt::format(fmt::runtime(t(msg::kFalse)), where(named)));
    }
    if (s->ref != nullptr) return check(s->ref, n, named != nullptr && !named->label(en()).empty() ? named : s->ref, depth + 1);
    const Schema* label = (named != nullptr && !named->label(en()).empty()) ? named : s;

    if (s->types != 0 && !type_ok(s->types, n)) return type_error(s->types, n, label);

    bool ok = true;
    auto step = [&](bool r) {
      if (!r) ok = false;
      return r || out_ != nullptr;  // keep going only when collecting
    };

    if (s->has_enum && !step(check_enum(*s, n, label))) return false;
    if (s->const_value && !tree::equal(*s->const_value, n)) {
      if (!step(fail("SIEG-S005", n.pos,
                     fmt::format(fmt::runtime(t(msg::kConst)), where(label), quote(*s->const_value), quote(n)),
                     hint_of(label))))
        return false;
    }
    switch (n.kind) {
      case Kind::String:
        if (!step(check_string(*s, n, label))) return false;
        break;
      case Kind::Number:
        if (!step(check_number(*s, n, label))) return false;
        break;
      case Kind::Array:
        if (!step(check_array(*s, n, label, depth))) return false;
        break;
      case Kind::Object:
        if (!step(check_object(*s, n, label, depth))) return false;
        break;
      default: break;
    }
    for (const Schema* sub : s->all_of)
      if (!step(check(sub, n, label, depth + 1))) return false;
    if (!s->any_of.empty()) {
      bool any = false;
      for (const Schema* sub : s->any_of)
        if (quiet(sub, n, depth)) {
          any = true;
          break;
        }
      if (!any && !step(fail("SIEG-S019", n.pos, fmt::format(fmt::runtime(t(msg::kAnyOf)), where(label)),
                             closest_form(s->any_of, n, label, depth))))
        return false;
    }
    if (!s->one_of.empty()) {
      std::vector<std::string> matched;
      for (std::size_t i = 0; i < s->one_of.size(); ++i)
        if (quiet(s->one_of[i], n, depth)) matched.push_back(std::to_string(i + 1));
      if (matched.empty()) {
        if (!step(fail("SIEG-S019", n.pos, fmt::format(fmt::runtime(t(msg::kAnyOf)), where(label)),
                       closest_form(s->one_of, n, label, depth))))
          return false;
      } else if (matched.size() > 1) {
        if (!step(fail("SIEG-S019", n.pos,
                       fmt::format(fmt::runtime(t(msg::kOneOfMany)), where(label), fmt::join(matched, ", ")))))
          return false;
      }
    }
    if (s->not_schema != nullptr && quiet(s->not_schema, n, depth)) {
      if (!step(fail("SIEG-S020", n.pos, fmt::format(fmt::runtime(t(msg::kNot)), where(label)), hint_of(label))))
        return false;
    }
    if (s->if_schema != nullptr) {
      const Schema* branch = quiet(s->if_schema, n, depth) ? s->then_schema : s->else_schema;
      if (branch != nullptr && !step(check(branch, n, label, depth + 1))) return false;
    }
    return ok;
  }

 private:
  bool en() const { return o_.lang == i18n::Lang::En; }
  const char* t(const i18n::Text& text) const { return pick(text, o_.lang); }

  std::string quote(const Node& n) const {
    std::string p = tree::preview(n);
    if (en() && n.kind == Kind::String) p = "'" + p.substr(3, p.size() - 6) + "'";  // « x » -> 'x'
    return p;
  }

  std::string path_text() const {
    if (path_.empty()) return t(msg::kRoot);
    std::string s;
    for (const auto& seg : path_) {
      if (!seg.empty() && seg[0] == '[') s += seg;
      else s += (s.empty() ? "" : ".") + seg;
    }
    return s;
  }

  // "« Intitulé de l'action » (action.intitule)" or just the path.
  std::string where(const Schema* label) const {
    const std::string& name = label != nullptr ? label->label(en()) : std::string();
    if (name.empty()) return path_text();
    if (path_.empty()) return en() ? fmt::format("'{}'", name) : fmt::format("« {} »", name);
    return en() ? fmt::format("'{}' ({})", name, path_text()) : fmt::format("« {} » ({})", name, path_text());
  }

  std::string hint_of(const Schema* label) const {
    if (label == nullptr) return {};
    for (const Schema* s = label; s != nullptr; s = s->ref) {
      const std::string& h = en() && !s->hint_en.empty() ? s->hint_en : s->hint;
      if (!h.empty()) return h;
    }
    return {};
  }

  // Collecting, and the bound reached: the finding is only counted.
  bool over_bound() {
    if (out_ == nullptr || o_.max_diagnostics == 0 || out_->size() < o_.max_diagnostics) return false;
    if (o_.suppressed != nullptr) ++*o_.suppressed;
    return true;
  }

  bool fail(const char* code, tree::Pos pos, std::string message, std::string hint = {}) {
    if (over_bound()) return false;
    if (out_ != nullptr) {
      diag::Diagnostic d;
      d.code = code;
      d.file = o_.file;
      d.line = pos.line;
      d.col = pos.col;
      d.message = std::move(message);
      d.hint = std::move(hint);
      out_->push_back(std::move(d));
    }
    return false;
  }

  bool quiet(const Schema* s, const Node& n, int depth) {
    Validator v(o_, nullptr);
    v.path_ = path_;
    return v.check(s, n, nullptr, depth + 1);
  }

  std::string closest_form(const std::vector<const Schema*>& forms, const Node& n, const Schema* label, int depth) {
    if (out_ == nullptr) return {};
    std::vector<diag::Diagnostic> best;
    ValidateOptions unbounded = o_;  // a trial: nothing it finds is the file's, nor counted as such
    unbounded.max_diagnostics = 0;
    unbounded.suppressed = nullptr;
    for (const Schema* f : forms) {
      std::vector<diag::Diagnostic> errs;
      Validator v(unbounded, &errs);
      v.path_ = path_;
      v.check(f, n, label, depth + 1);
      // A form whose type fits is closer than one that fails on the type itself.
      auto score = [](const std::vector<diag::Diagnostic>& e) { return e.size() + (e.front().code == "SIEG-S001" ? 1000 : 0); };
      if (!errs.empty() && (best.empty() || score(errs) < score(best))) best = std::move(errs);
    }
    std::string h = hint_of(label);
    if (!h.empty() || best.empty()) return h;
    return fmt::format(fmt::runtime(t(msg::kClosestForm)), best.front().message);
  }

  bool type_ok(unsigned types, const Node& n) const {
    switch (n.kind) {
      case Kind::Null: return types & kNull;
      case Kind::Bool: return types & kBoolean;
      case Kind::Object: return types & kObject;
      case Kind::Array: return types & kArray;
      case Kind::String: return types & kString;
      case Kind::Number:
        if (types & kNumber) return true;
        return (types & kInteger) && tree::is_integral(n) && (!o_.strict_integers || n.integer_literal);
    }
    return false;
  }

  std::string expected(unsigned types) const {
    std::vector<std::string> names;
    if (types & kString) names.push_back(t(msg::kExpString));
    if (types & kInteger && !(types & kNumber)) names.push_back(t(msg::kExpInteger));
    if (types & kNumber) names.push_back(t(msg::kExpNumber));
    if (types & kBoolean) names.push_back(t(msg::kExpBool));
    if (types & kArray) names.push_back(t(msg::kExpArray));
    if (types & kObject) names.push_back(t(msg::kExpObject));
    if (types & kNull) names.push_back(t(msg::kExpNull));
    return fmt::format("{}", fmt::join(names, t(msg::kOr)));
  }

  std::string found(const Node& n) const {
    switch (n.kind) {
      case Kind::Null: return t(msg::kFoundNull);
      case Kind::Bool: return fmt::format(fmt::runtime(t(msg::kFoundBool)), n.boolean ? "true" : "false");
      case Kind::Object: return t(msg::kFoundObject);
      case Kind::Array: return t(msg::kFoundArray);
      case Kind::Number: return fmt::format(fmt::runtime(t(msg::kFoundNumber)), n.text);
      case Kind::String: return fmt::format(fmt::runtime(t(msg::kFoundString)), quote(n));
    }
    return {};
  }

  // d{1,3}(.ddd)+
  static bool thousands_dots(const std::string& s) {
    std::vector<std::size_t> groups{0};
    for (char c : s) {
      if (c == '.') groups.push_back(0);
      else ++groups.back();
    }
    if (groups.size() < 2 || groups[0] < 1 || groups[0] > 3) return false;
    return std::all_of(groups.begin() + 1, groups.end(), [](std::size_t g) { return g == 3; });
  }

  // A hint that says how to write what was meant.
  std::string type_hint(unsigned types, const Node& n) const {
    auto f = [&](const i18n::Text& text, const std::string& arg) { return fmt::format(fmt::runtime(t(text)), arg); };
    if (n.kind == Kind::Null)
      return t(!path_.empty() && !path_.back().empty() && path_.back()[0] == '[' ? msg::kHintEmptyItem : msg::kHintEmpty);
    if ((types & (kNumber | kInteger)) && n.kind == Kind::String) {
      bool integer = false;
      if (n.quoted && tree::is_json_number(n.text, integer) && (integer || (types & kNumber)))
        return f(msg::kHintUnquote, n.text);
      std::string digits, s = n.text;
      bool comma = false, other = false;
      for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c >= '0' && c <= '9') digits += c;
        else if (c == ',' || c == '.') {
          comma = comma || c == ',';
          digits += '.';
        } else if (c == ' ' || c == '_' || c == '\'') continue;
        else if (s.compare(i, 3, "\xE2\x82\xAC") == 0) i += 2;             // €
        else if (s.compare(i, 2, "\xC2\xA0") == 0) i += 1;                 // no-break space
        else if (s.compare(i, 3, "\xE2\x80\xAF") == 0) i += 2;             // narrow no-break space
        else other = true;
      }
      // 1.250.000: thousands dots (a single group, 28.000, is a number: check_number answers it).
      if (!other && !comma && std::count(digits.begin(), digits.end(), '.') > 1 && thousands_dots(digits))
        return f(msg::kHintThousands, without_dots(digits));
      if (!other && !digits.empty() && std::count(digits.begin(), digits.end(), '.') <= 1) {
        if (digits.size() > 1 && digits[0] == '0' && digits[1] != '.') {
          std::size_t nz = digits.find_first_not_of('0');
          return f(msg::kHintLeadingZero, nz == std::string::npos ? "0" : digits.substr(nz));
        }
        if (comma) return f(msg::kHintDecimalPoint, digits);
        return f(msg::kHintDigits, digits);
      }
      return {};
    }
    if ((types & kInteger) && n.kind == Kind::Number)
      return tree::is_integral(n) ? f(msg::kHintWholeNumber, number_text(n.number)) : t(msg::kHintNotWhole);
    if ((types & kString) && (n.kind == Kind::Number || n.kind == Kind::Bool)) return f(msg::kHintQuote, n.text);
    if ((types & kBoolean) && n.kind == Kind::String) {
      std::string l = fold(n.text);
      for (const char* w : {"yes", "no", "oui", "non", "on", "off", "y", "n", "vrai", "faux", "true", "false"})
        if (l == w) return t(msg::kHintBool);
    }
    if ((types & kArray) && (n.kind == Kind::String || n.kind == Kind::Number)) return t(msg::kHintList);
    return {};
  }

  bool type_error(unsigned types, const Node& n, const Schema* label) {
    std::string hint = type_hint(types, n);
    if (hint.empty()) hint = hint_of(label);
    return fail("SIEG-S001", n.pos, fmt::format(fmt::runtime(t(msg::kType)), where(label), expected(types), found(n)),
                hint);
  }

  bool check_enum(const Schema& s, const Node& n, const Schema* label) {
    for (const auto& v : s.enum_values)
      if (tree::equal(v, n)) return true;
    std::vector<std::string> names, strings;
    for (const auto& v : s.enum_values) {
      if (v.kind == Kind::Null) continue;  // an empty value allowed (a file still to fill in): not a choice to offer
      names.push_back(v.kind == Kind::String ? v.text : tree::preview(v));
      if (v.kind == Kind::String) strings.push_back(v.text);
    }
    std::string hint;
    if (n.kind == Kind::String)
      if (auto c = closest(n.text, strings)) hint = fmt::format(fmt::runtime(t(msg::kDidYouMean)), *c);
    if (hint.empty()) hint = hint_of(label);
    return fail("SIEG-S004", n.pos,
                fmt::format(fmt::runtime(t(msg::kEnum)), where(label), quote(n), fmt::join(names, ", ")), hint);
  }

  bool check_string(const Schema& s, const Node& n, const Schema* label) {
    bool ok = true;
    std::size_t len = code_points(n.text);
    if (s.min_length && len < *s.min_length) {
      ok = fail("SIEG-S006", n.pos, fmt::format(fmt::runtime(t(msg::kMinLength)), where(label), len, *s.min_length),
                hint_of(label));
      if (!out_) return false;
    }
    if (s.max_length && len > *s.max_length) {
      ok = fail("SIEG-S007", n.pos, fmt::format(fmt::runtime(t(msg::kMaxLength)), where(label), len, *s.max_length),
                hint_of(label));
      if (!out_) return false;
    }
    // A date's pattern is for editors; sieg's own calendar check (S009) says more, once.
    bool bad_date = s.format == "date" && !is_date(n.text);
    if (s.pattern && !bad_date) {
      if (n.text.size() > kMaxPatternInput) {
        ok = fail("SIEG-S008", n.pos, fmt::format(fmt::runtime(t(msg::kPatternTooLong)), where(label), n.text.size()));
      } else if (!s.pattern->search(n.text)) {
        // The raw pattern only when no hint says the form in words (a holder cannot read a regex).
        std::string hint = hint_of(label);
        ok = fail("SIEG-S008", n.pos,
                  hint.empty() ? fmt::format(fmt::runtime(t(msg::kPattern)), where(label), quote(n), s.pattern_source)
                               : fmt::format(fmt::runtime(t(msg::kPatternHinted)), where(label), quote(n)),
                  hint);
      }
      if (!ok && !out_) return false;
    }
    if (bad_date)
      ok = fail("SIEG-S009", n.pos, fmt::format(fmt::runtime(t(msg::kDate)), where(label), quote(n)), hint_of(label));
    else if (s.format == "email" && !is_email(n.text))
      ok = fail("SIEG-S009", n.pos, fmt::format(fmt::runtime(t(msg::kEmail)), where(label), quote(n)), hint_of(label));
    return ok;
  }

  static std::string without_dots(const std::string& s) {
    std::string out;
    for (char c : s)
      if (c != '.') out += c;
    std::size_t nz = out.find_first_not_of('0');
    return nz == std::string::npos ? "0" : out.substr(nz);
  }

  // k when d is 10^-k (0.1, 0.01, ...), for k from 1 to 6.
  static std::optional<int> decimal_places(double d) {
    double p = 0.1;
    for (int k = 1; k <= 6; ++k, p /= 10)
      if (std::fabs(d - p) <= p * 1e-12) return k;
    return std::nullopt;
  }

  bool check_number(const Schema& s, const Node& n, const Schema* label) {
    bool ok = true;
    double v = n.number;
    auto bound = [&](bool bad, const char* code, const i18n::Text& text, double limit) {
      if (!bad) return true;
      ok = fail(code, n.pos, fmt::format(fmt::runtime(t(text)), where(label), n.text, number_text(limit)),
                hint_of(label));
      return out_ != nullptr;
    };
    if (s.minimum && !bound(v < *s.minimum, "SIEG-S010", msg::kMinimum, *s.minimum)) return false;
    if (s.exclusive_minimum && !bound(v <= *s.exclusive_minimum, "SIEG-S010", msg::kExclusiveMinimum, *s.exclusive_minimum))
      return false;
    if (s.maximum && !bound(v > *s.maximum, "SIEG-S011", msg::kMaximum, *s.maximum)) return false;
    if (s.exclusive_maximum && !bound(v >= *s.exclusive_maximum, "SIEG-S011", msg::kExclusiveMaximum, *s.exclusive_maximum))
      return false;
    if (s.multiple_of) {
      double q = v / *s.multiple_of;
      bool multiple = std::isfinite(q) && std::fabs(q - std::round(q)) <= 1e-9 * std::max(1.0, std::fabs(q));
      // 0.1, 0.01...: a decimal literal is exact, so count its decimals (12.345 is not a multiple of 0.01,
      // however close the binary quotient).
      // Written decimals count, zeros included: 28.000 is as often a French « 28 000 » as 28.
      if (auto places = decimal_places(*s.multiple_of); places && n.text.find_first_of("eE") == std::string::npos) {
        std::size_t dot = n.text.find('.');
        std::size_t decimals = dot == std::string::npos ? 0 : n.text.size() - dot - 1;
        if (decimals > static_cast<std::size_t>(*places)) {
          // 28.000, 1.500: a French thousands dot (one to three digits before it, three after).
          bool thousands = decimals == 3 && dot >= 1 && dot <= 3 + (n.text[0] == '-' ? 1u : 0u);
          std::string hint = thousands ? fmt::format(fmt::runtime(t(msg::kHintThousands)), without_dots(n.text)) : hint_of(label);
          ok = fail("SIEG-S012", n.pos, fmt::format(fmt::runtime(t(msg::kDecimals)), where(label), n.text, decimals, *places), hint);
          return ok;
        }
        multiple = true;
      }
      if (!multiple && !bound(true, "SIEG-S012", msg::kMultipleOf, *s.multiple_of)) return false;
    }
    return ok;
  }

  bool check_array(const Schema& s, const Node& n, const Schema* label, int depth) {
    bool ok = true;
    std::size_t size = n.items.size();
    auto keep = [&](bool r) {
      if (!r) ok = false;
      return r || out_ != nullptr;
    };
    if (s.min_items && size < *s.min_items &&
        !keep(fail("SIEG-S013", n.pos, fmt::format(fmt::runtime(t(msg::kMinItems)), where(label), size, *s.min_items),
                   hint_of(label))))
      return false;
    if (s.max_items && size > *s.max_items &&
        !keep(fail("SIEG-S014", n.pos, fmt::format(fmt::runtime(t(msg::kMaxItems)), where(label), size, *s.max_items),
                   hint_of(label))))
      return false;
    if (s.unique_items) {
      for (std::size_t i = 1; i < size; ++i)
        for (std::size_t j = 0; j < i; ++j)
          if (tree::equal(n.items[i], n.items[j])) {
            if (!keep(fail("SIEG-S015", n.items[i].pos,
                           fmt::format(fmt::runtime(t(msg::kUnique)), where(label), i + 1, j + 1), hint_of(label))))
              return false;
            j = i;  // one report per repeated item
          }
    }
    for (std::size_t i = 0; i < size; ++i) {
      const Schema* item = nullptr;
      if (s.items_is_tuple) item = i < s.items_tuple.size() ? s.items_tuple[i] : s.additional_items;
      else item = s.items;
      if (item == nullptr) continue;
      path_.push_back(fmt::format("[{}]", i + 1));
      bool r = check(item, n.items[i], item, depth + 1);
      path_.pop_back();
      if (!keep(r)) return false;
    }
    if (s.contains != nullptr) {
      bool any = false;
      for (const auto& item : n.items)
        if (quiet(s.contains, item, depth)) {
          any = true;
          break;
        }
      if (!any && !keep(fail("SIEG-S016", n.pos, fmt::format(fmt::runtime(t(msg::kContains)), where(label)),
                             hint_of(label))))
        return false;
    }
    return ok;
  }

  bool check_object(const Schema& s, const Node& n, const Schema* label, int depth) {
    bool ok = true;
    auto keep = [&](bool r) {
      if (!r) ok = false;
      return r || out_ != nullptr;
    };
    for (const auto& key : s.required) {
      if (n.get(key) != nullptr) continue;
      const Schema* prop = s.property(key);
      path_.push_back(key);
      std::string what = where(prop);
      path_.pop_back();
      if (!keep(fail("SIEG-S002", n.pos, fmt::format(fmt::runtime(t(msg::kRequired)), what),
                     fmt::format(fmt::runtime(t(msg::kRequiredHint)), key))))
        return false;
    }
    std::size_t count = n.members.size();
    if (s.min_properties && count < *s.min_properties &&
        !keep(fail("SIEG-S017", n.pos,
                   fmt::format(fmt::runtime(t(msg::kMinProperties)), where(label), count, *s.min_properties))))
      return false;
    if (s.max_properties && count > *s.max_properties &&
        !keep(fail("SIEG-S017", n.pos,
                   fmt::format(fmt::runtime(t(msg::kMaxProperties)), where(label), count, *s.max_properties))))
      return false;
    for (const auto& m : n.members) {
      if (s.property_names != nullptr) {
        Node key;
        key.kind = Kind::String;
        key.text = m.key;
        key.pos = m.key_pos;
        if (!quiet(s.property_names, key, depth) &&
            !keep(fail("SIEG-S021", m.key_pos, fmt::format(fmt::runtime(t(msg::kPropertyName)), where(label), m.key))))
          return false;
      }
      path_.push_back(m.key);
      bool matched = false;
      bool r = true;
      if (const Schema* p = s.property(m.key)) {
        matched = true;
        r = check(p, m.value, p, depth + 1) && r;
      }
      for (const auto& pp : s.pattern_properties)
        if ((r || out_) && pp.re.search(m.key)) {
          matched = true;
          r = check(pp.schema, m.value, pp.schema, depth + 1) && r;
        }
      if (!matched && s.additional_properties != nullptr && (r || out_)) {
        const Schema* ap = s.additional_properties;
        if (ap->is_bool && !ap->bool_value) r = unknown_key(s, m, label);
        else r = check(ap, m.value, ap, depth + 1) && r;
      }
      path_.pop_back();
      if (!keep(r)) return false;
    }
    for (const auto& dep : s.dependencies) {
      if (n.get(dep.property) == nullptr) continue;
      for (const auto& other : dep.required)
        if (n.get(other) == nullptr &&
            !keep(fail("SIEG-S018", n.pos,
                       fmt::format(fmt::runtime(t(msg::kDependency)), where(label), dep.property, other))))
          return false;
      if (dep.schema != nullptr && !keep(check(dep.schema, n, label, depth + 1))) return false;
    }
    return ok;
  }

  bool unknown_key(const Schema& s, const tree::Member& m, const Schema* label) {
    if (over_bound()) return false;  // before the suggestion, the costly part
    std::vector<std::string> keys;
    for (const auto& [k, sub] : s.properties) keys.push_back(k);
    std::string hint;
    if (auto c = closest(m.key, keys)) hint = fmt::format(fmt::runtime(t(msg::kDidYouMean)), *c);
    else if (!keys.empty() && keys.size() <= 12)
      hint = fmt::format(fmt::runtime(t(msg::kAllowedKeys)), fmt::join(keys, ", "));
    path_.pop_back();
    std::string in = where(label);
    path_.push_back(m.key);
    return fail("SIEG-S003", m.key_pos, fmt::format(fmt::runtime(t(msg::kUnknownKey)), tree::cut(m.key), in), hint);
  }

  const ValidateOptions& o_;
  std::vector<diag::Diagnostic>* out_;
  std::vector<std::string> path_;
};

} // namespace

std::vector<diag::Diagnostic> validate(const CompiledSchema& schema, const Node& instance,
                                       const ValidateOptions& options) {
  std::vector<diag::Diagnostic> out;
  Validator v(options, &out);
  v.check(schema.root(), instance, nullptr, 0);
  return out;
}

bool is_valid(const CompiledSchema& schema, const Node& instance, const ValidateOptions& options) {
  Validator v(options, nullptr);
  return v.check(schema.root(), instance, nullptr, 0);
}

} // namespace sieg::schema
