#include "config/config.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fnmatch.h>

#include <fmt/format.h>

#include "schema/suggest.hpp"
#include "text/fold.hpp"
#include "values/date.hpp"
#include "values/money.hpp"
#include "tomlread/reader.hpp"

namespace sieg::config {
namespace fs = std::filesystem;

namespace {
const i18n::Text kUnknownCode{"code « {0} » inconnu", "unknown code '{0}'"};
const i18n::Text kDidYouMean{"vouliez-vous dire « {0} » ?", "did you mean '{0}'?"};
const i18n::Text kSeverity{"« {0} » : error, warning ou info attendu", "'{0}': error, warning or info expected"};
const i18n::Text kReason{"une raison est obligatoire pour désactiver un contrôle (reason = \"…\")",
                         "a reason is mandatory to turn a check off (reason = \"…\")"};
const i18n::Text kList{"une liste de tables [[off]]", "a list of tables [[off]]"};
const i18n::Text kTooManyCalls{"calls : {0} fichiers au plus", "calls: at most {0} files"};
const i18n::Text kNoMatch{"le motif « {0} » ne correspond à aucun code", "pattern '{0}' matches no code"};
const i18n::Text kOffGlob{"[[off]] nomme un code à la fois (« {0} » est un motif) : chaque contrôle désactivé a sa raison",
                          "[[off]] names one code at a time ('{0}' is a pattern): each check turned off has its reason"};

void check_code(tomlread::Reader& r, const toml::node& where, const std::string& code,
                const std::vector<std::string>& known) {
  if (is_code_glob(code)) {
    if (std::none_of(known.begin(), known.end(), [&](const std::string& k) { return fnmatch(code.c_str(), k.c_str(), 0) == 0; }))
      r.error(where, kNoMatch, code);
    return;
  }
  if (std::find(known.begin(), known.end(), code) != known.end()) return;
  std::string message = fmt::format(fmt::runtime(i18n::pick(kUnknownCode, r.lang())), code);
  if (auto near = schema::closest(code, known))
    message += (r.lang() == i18n::Lang::Fr ? " ; " : "; ") + fmt::format(fmt::runtime(i18n::pick(kDidYouMean, r.lang())), *near);
  r.error(where.source(), message);
}
// A rule code (or a pattern of them) that the built-in calls do not know, in a sieg.toml that lists calls
// of its own: theirs to define.
bool pending(const Config& c, const std::string& code, const std::vector<std::string>& known) {
  if (c.calls.empty() || code.rfind("SIEG-E", 0) != 0) return false;
  if (is_code_glob(code))
    return std::none_of(known.begin(), known.end(), [&](const std::string& k) { return fnmatch(code.c_str(), k.c_str(), 0) == 0; });
  return std::find(known.begin(), known.end(), code) == known.end();
}
} // namespace

std::vector<diag::Diagnostic> check_pending_codes(const Config& config, const std::vector<std::string>& known, i18n::Lang lang) {
  std::vector<diag::Diagnostic> out;
  for (const auto& p : config.pending_codes) {
    std::string message;
    if (is_code_glob(p.code)) {
      if (std::any_of(known.begin(), known.end(), [&](const std::string& k) { return fnmatch(p.code.c_str(), k.c_str(), 0) == 0; }))
        continue;
      message = fmt::format(fmt::runtime(i18n::pick(kNoMatch, lang)), p.code);
    } else {
      if (std::find(known.begin(), known.end(), p.code) != known.end()) continue;
      message = fmt::format(fmt::runtime(i18n::pick(kUnknownCode, lang)), p.code);
      if (auto near = schema::closest(p.code, known))
        message += (lang == i18n::Lang::Fr ? " ; " : "; ") + fmt::format(fmt::runtime(i18n::pick(kDidYouMean, lang)), *near);
    }
    diag::Diagnostic d;
    d.code = "SIEG-T001";
    d.file = config.file;
    d.line = p.line;
    d.col = p.col;
    d.message = std::move(message);
    out.push_back(std::move(d));
  }
  return out;
}

namespace {
const i18n::Text kTables{"une liste de tables [[{0}]]", "a list of tables [[{0}]]"};
const i18n::Text kTwiceJuror{"« {0} » est déjà dans le jury (ligne {1})", "'{0}' is in the jury already (line {1})"};
const i18n::Text kReviewsOutside{"reviews = « {0} » : un dossier du dépôt, relatif au dossier de sieg.toml, est attendu (sieg ne lit rien hors du dépôt)",
                                 "reviews = '{0}': a folder of the repository, relative to sieg.toml's folder, is expected (sieg reads nothing outside the repository)"};
const i18n::Text kDate{"une date AAAA-MM-JJ", "a date YYYY-MM-DD"};
const i18n::Text kEuros{"un montant positif en euros, deux décimales au plus (200000)", "a positive amount in euros, at most two decimals (200000)"};
const i18n::Text kNotJuror{"« {0} » n'est pas dans le jury ([[jury]])", "'{0}' is not in the jury ([[jury]])"};

std::vector<const toml::table*> tables(tomlread::Reader& r, const toml::table& doc, const char* key) {
  std::vector<const toml::table*> out;
  const toml::node* n = doc.get(key);
  if (n == nullptr) return out;
  const toml::array* a = n->as_array();
  if (a == nullptr) {
    r.error(*n, kTables, key);
    return out;
  }
  for (auto&& e : *a) {
    if (const toml::table* t = e.as_table()) out.push_back(t);
    else r.error(e, kTables, key);
  }
  return out;
}

std::vector<Pin> read_pins(tomlread::Reader& r, const toml::table& doc, const Config& c) {
  std::vector<Pin> out;
  for (const toml::table* t : tables(r, doc, "assign")) {
    r.check_keys(*t, {"dossier", "reviewer"});
    Pin p;
    p.line = static_cast<int>(t->source().begin.line);
    if (auto s = r.string(*t, "dossier", true)) p.dossier = *s;
    if (auto s = r.string(*t, "reviewer", true)) {
      p.reviewer = *s;
      if (find_juror(c, p.reviewer) == nullptr) r.error(*t->get("reviewer"), kNotJuror, p.reviewer);
    }
    out.push_back(std::move(p));
  }
  return out;
}

// [[jury]], reviews_per_dossier, review_deadline and [[assign]] (man 5 sieg.toml, "The jury").
void read_jury(tomlread::Reader& r, const toml::table& doc, Config& c) {
  for (const toml::table* t : tables(r, doc, "jury")) {
    r.check_keys(*t, {"name", "organisation", "email", "capacity", "conflicts"});
    Juror j;
    j.line = static_cast<int>(t->source().begin.line);
    if (auto s = r.string(*t, "name", true)) j.name = *s;
    if (auto s = r.string(*t, "organisation", true)) j.organisation = *s;
    if (auto s = r.string(*t, "email", false)) j.email = *s;
    if (const toml::node* n = t->get("capacity"))
      if (auto v = r.integer(*n, "capacity", 1, 10000)) j.capacity = static_cast<int>(*v);
    if (const toml::node* n = t->get("conflicts")) j.conflicts = r.strings(*n, "conflicts");
    if (!j.name.empty()) {  // one lookup per juror: 32 000 entries in linear time
      auto [it, fresh] = c.jury_index.try_emplace(text::name_key(j.name), c.jury.size());
      if (!fresh) r.error(*t->get("name"), kTwiceJuror, j.name, c.jury[it->second].line);
    }
    c.jury.push_back(std::move(j));
  }
  if (const toml::node* n = doc.get("reviews_per_dossier"))
    if (auto v = r.integer(*n, "reviews_per_dossier", 1, 100)) c.reviews_per_dossier = static_cast<int>(*v);
  if (const toml::node* n = doc.get("review_deadline")) {  // 2015-10-15, bare (a TOML date) or quoted
    std::string s;
    if (auto d = n->value<toml::date>()) s = fmt::format("{:04}-{:02}-{:02}", d->year, d->month, d->day);
    else if (auto t = n->value<std::string>()) s = *t;
    if (values::parse_date(s)) c.review_deadline = s;
    else r.wrong_type(*n, "review_deadline", kDate);
  }
  c.assign = read_pins(r, doc, c);
  if (const toml::node* n = doc.get("envelope")) {  // euros: 200000 or 200000.50
    std::optional<values::Cents> cents;
    if (auto i = n->value_exact<std::int64_t>()) {
      if (*i > 0 && *i <= values::kMaxCents / 100) cents = *i * 100;
    } else if (auto d = n->value_exact<double>()) {
      cents = values::cents_of(*d);
      if (cents && (*cents <= 0 || std::abs(static_cast<double>(*cents) - *d * 100) > 1e-6 * std::max(1.0, *d))) cents.reset();
    }
    if (cents) c.envelope = *cents;
    else r.wrong_type(*n, "envelope", kEuros);
  }
}
} // namespace

LoadResult load_config(const std::string& text, const std::string& file, i18n::Lang lang,
                       const std::vector<std::string>& known) {
  return load_config(text, file, lang, [&] { return known; });
}

bool is_code_glob(const std::string& key) { return key.find_first_of("*?[") != std::string::npos; }

std::optional<diag::Severity> severity_for(const Config& config, const std::string& code) {
  if (auto it = config.severity.find(code); it != config.severity.end()) return it->second;
  const std::pair<const std::string, diag::Severity>* best = nullptr;
  for (const auto& entry : config.severity)
    if (is_code_glob(entry.first) && fnmatch(entry.first.c_str(), code.c_str(), 0) == 0 &&
        (best == nullptr || entry.first.size() > best->first.size()))
      best = &entry;
  if (best == nullptr) return std::nullopt;
  return best->second;
}

LoadResult load_config(const std::string& text, const std::string& file, i18n::Lang lang,
                       const KnownCodes& known_codes) {
  std::optional<std::vector<std::string>> known_list;
  auto known = [&]() -> const std::vector<std::string>& {
    if (!known_list) known_list = known_codes();
    return *known_list;
  };
  LoadResult out;
  tomlread::Reader r(file, lang, "SIEG-T001", out.diags);
  auto parsed = r.parse(text);
  if (!parsed) return out;
  const toml::table& doc = *parsed;
  r.check_keys(doc, {"call", "calls", "grid", "dossiers", "reviews", "severity", "off", "jury", "reviews_per_dossier", "review_deadline",
                     "assign", "envelope"});
  Config c;
  c.file = file;
  c.root = fs::path(file).parent_path().string();
  if (c.root.empty()) c.root = ".";
  if (auto s = r.string(doc, "call", false)) c.call = *s;
  if (auto s = r.string(doc, "grid", false)) c.grid = *s;
  if (const toml::node* n = doc.get("calls")) {
    c.calls = r.strings(*n, "calls");
    if (c.calls.size() > kMaxCallFiles) r.error(*n, kTooManyCalls, kMaxCallFiles);
  }
  if (const toml::node* n = doc.get("dossiers")) c.dossiers = r.strings(*n, "dossiers");
  if (auto s = r.string(doc, "reviews", false)) {
    // Resolved once, here: a folder inside the repository, which every command reads alike (sieg reads
    // nothing outside sieg.toml's folder).
    fs::path p(*s);
    bool escapes = p.is_absolute() || s->empty();
    int depth = 0;
    for (const auto& part : p.lexically_normal()) {
      if (part == "..") --depth;
      else if (part != "." && !part.empty()) ++depth;
      escapes = escapes || depth < 0;
    }
    if (escapes) r.error(*doc.get("reviews"), kReviewsOutside, *s);
    else c.reviews = *s;
  }
  if (const toml::node* n = doc.get("severity")) {
    if (const toml::table* t = n->as_table()) {
      for (auto&& [k, v] : *t) {
        std::string code(k.str());
        if (pending(c, code, known())) c.pending_codes.push_back({code, static_cast<int>(v.source().begin.line), static_cast<int>(v.source().begin.column)});
        else check_code(r, v, code, known());
        auto s = v.value<std::string>();
        if (s == std::optional<std::string>("error")) c.severity[code] = diag::Severity::Error;
        else if (s == std::optional<std::string>("warning")) c.severity[code] = diag::Severity::Warning;
        else if (s == std::optional<std::string>("info")) c.severity[code] = diag::Severity::Info;
        else r.error(v, kSeverity, code);
      }
    } else {
      r.wrong_type(*n, "severity", {"une table code = \"error\"|\"warning\"|\"info\"", "a table code = \"error\"|\"warning\"|\"info\""});
    }
  }
  if (const toml::node* n = doc.get("off")) {
    const toml::array* a = n->as_array();
    if (a == nullptr) r.wrong_type(*n, "off", kList);
    else
      for (auto&& e : *a) {
        const toml::table* t = e.as_table();
        if (t == nullptr) {
          r.wrong_type(e, "off", kList);
          continue;
        }
        r.check_keys(*t, {"code", "reason"});
        Off o;
        if (auto s = r.string(*t, "code", true)) {
          o.code = *s;
          if (is_code_glob(o.code)) r.error(*t->get("code"), kOffGlob, o.code);
          else if (pending(c, o.code, known()))
            c.pending_codes.push_back({o.code, static_cast<int>(t->get("code")->source().begin.line),
                                       static_cast<int>(t->get("code")->source().begin.column)});
          else check_code(r, *t->get("code"), o.code, known());
        }
        auto reason = r.string(*t, "reason", false);
        if (!reason || reason->find_first_not_of(" \t") == std::string::npos) r.error(*t, kReason);
        else o.reason = *reason;
        c.off.push_back(std::move(o));
      }
  }
  read_jury(r, doc, c);
  if (out.diags.empty()) out.config = std::move(c);
  return out;
}

PinsResult load_assignments(const std::string& text, const std::string& file, i18n::Lang lang, const Config& config) {
  PinsResult out;
  tomlread::Reader r(file, lang, "SIEG-T001", out.diags);
  auto parsed = r.parse(text);
  if (!parsed) return out;
  r.check_keys(*parsed, {"assign"});
  out.pins = read_pins(r, *parsed, config);
  return out;
}

const Juror* find_juror(const Config& config, const std::string& name) {
  std::string key = text::name_key(name);
  if (!config.jury_index.empty()) {  // as loaded
    auto it = config.jury_index.find(key);
    return it == config.jury_index.end() ? nullptr : &config.jury[it->second];
  }
  for (const auto& j : config.jury)  // a Config built by hand (tests)
    if (text::name_key(j.name) == key) return &j;
  return nullptr;
}

std::optional<std::string> find_config(const std::string& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  if (ec) return std::nullopt;
  for (;;) {
    fs::path candidate = dir / "sieg.toml";
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

bool glob_match(const std::string& pattern, const std::string& path) {
  auto split = [](const std::string& s) {
    std::vector<std::string> parts;
    std::size_t i = 0;
    while (i <= s.size()) {
      std::size_t j = s.find('/', i);
      parts.push_back(s.substr(i, j == std::string::npos ? std::string::npos : j - i));
      if (j == std::string::npos) break;
      i = j + 1;
    }
    return parts;
  };
  auto p = split(pattern), s = split(path);
  // Segment matching with '**' as any number of segments (backtracking on the last '**').
  std::size_t pi = 0, si = 0, star_p = std::string::npos, star_s = 0;
  while (si < s.size()) {
    if (pi < p.size() && p[pi] == "**") {
      star_p = pi++;
      star_s = si;
    } else if (pi < p.size() && fnmatch(p[pi].c_str(), s[si].c_str(), FNM_PERIOD) == 0) {
      ++pi;
      ++si;
    } else if (star_p != std::string::npos) {
      pi = star_p + 1;
      si = ++star_s;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == "**") ++pi;
  return pi == p.size();
}

Config default_config(const std::string& root) {
  Config c;
  c.root = root;
  return c;
}

namespace {
std::string shown(const fs::path& p) {
  std::string s = p.lexically_normal().generic_string();
  if (s.rfind("./", 0) == 0) s = s.substr(2);
  return s.empty() ? "." : s;
}
} // namespace

std::string reviews_dir(const Config& c) {
  // Asked for every file of a listing: the last answer is kept per thread.
  thread_local std::string last_root, last_reviews, last;
  if (!last.empty() && c.root == last_root && c.reviews == last_reviews) return last;
  last = shown(fs::path(c.root) / c.reviews);
  last_root = c.root;
  last_reviews = c.reviews;
  return last;
}

const std::vector<std::string>& init_dossier_globs() {
  static const std::vector<std::string> globs{"dossiers/**/*.yaml", "dossiers/**/*.yml"};
  return globs;
}

std::string default_config_text(const std::string& call_id, const std::string& grid_id, const std::string& call_file) {
  std::string globs;
  for (const auto& g : init_dossier_globs()) globs += (globs.empty() ? "\"" : ", \"") + g + "\"";
  return fmt::format(R"(# sieg.toml — configuration of this repository of submissions (man 5 sieg.toml).
# sieg finds this file by walking up from the current folder.

# The call every dossier answers, and the grid it is scored on.
call = "{0}"
{1}

# Where dossiers and reviews live, relative to this file.
dossiers = [{2}]
reviews = "evaluations"

# The jury's work (man 5 sieg.toml): how many reviews each dossier gets, by when, and the call's budget
# against which the minutes (sieg report --minutes) set the aid granted. Remove the '# ' to use one.
# reviews_per_dossier = 3
# review_deadline = 2026-06-30
# envelope = 120000

# Tables come last (a key after a table belongs to it).
# The jury: one [[jury]] per reviewer; sieg assign shares the dossiers out, leaving out conflicts of
# interest (the same organisation as the carrier or a partner, or declared here by dossier id).
# [[jury]]
# name = "Anne Roussel"
# organisation = "Région Occitanie"
# email = "anne.roussel@example.org"
# capacity = 6
# conflicts = ["mon-projet"]

# A review given by hand, whatever sieg assign would choose (sieg assign keeps it):
# [[assign]]
# dossier = "mon-projet"
# reviewer = "Anne Roussel"

# Severity overrides, by code or pattern (sieg explain CODE):
# [severity]
# SIEG-E016 = "error"

# Checks turned off: each needs a reason, which sieg check shows. There is no way to silence a
# check inside a dossier: the jury sees every finding.
# [[off]]
# code = "SIEG-E025"
# reason = "Les priorités régionales ne s'appliquent pas à cette session."
)",
                     call_id,
                     call_file.empty() ? fmt::format("grid = \"{}\"", grid_id)
                                       : fmt::format("# The repository's own calls (man 5 sieg-call); its grid is the call's own.\n"
                                                     "calls = [\"{}\"]",
                                                     call_file),
                     globs);
}

} // namespace sieg::config
