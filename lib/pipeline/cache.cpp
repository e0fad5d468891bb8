#include "pipeline/cache.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <cstring>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "calls/call.hpp"
#include "grids/grid.hpp"
#include "io/read.hpp"
#include "io/write.hpp"
#include "pipeline/evaluate.hpp"
#include "values/date.hpp"
#include "pipeline/repository.hpp"

namespace sieg::pipeline {
namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

constexpr const char* kFormat = "sieg-cache-2";  // 2: counts carry eligibility errors

json to_json(const diag::Counts& c) { return {c.errors, c.warnings, c.infos, c.io_errors, c.eligibility_errors}; }

diag::Counts counts_of(const json& j) {
  diag::Counts c;
  c.errors = j.at(0).get<int>();
  c.warnings = j.at(1).get<int>();
  c.infos = j.at(2).get<int>();
  c.io_errors = j.at(3).get<int>();
  c.eligibility_errors = j.at(4).get<int>();
  return c;
}

json to_json(const check::FileReport& f) {
  json ds = json::array();
  for (const auto& d : f.diags)
    ds.push_back({d.code, static_cast<int>(d.severity), d.file, d.line, d.col, d.message, d.hint});
  json j{{"file", f.file},
         {"kind", f.kind == check::Kind::Dossier ? 0 : 1},
         {"diags", ds},
         {"eligible", f.eligible},
         {"call", f.call != nullptr ? json(f.call->id) : json(nullptr)},
         {"source", f.source},
         {"hidden", to_json(f.hidden)}};
  j["total"] = f.total ? json{f.total->num, f.total->den} : json(nullptr);
  return j;
}

check::FileReport report_of(const json& j, const Repository& repo) {
  check::FileReport f;
  f.file = j.at("file").get<std::string>();
  f.kind = j.at("kind").get<int>() == 0 ? check::Kind::Dossier : check::Kind::Review;
  for (const auto& d : j.at("diags")) {
    diag::Diagnostic x;
    x.code = d.at(0).get<std::string>();
    int sev = d.at(1).get<int>();
    if (sev < 0 || sev > 2) throw std::runtime_error("severity");
    x.severity = static_cast<diag::Severity>(sev);
    x.file = d.at(2).get<std::string>();
    x.line = d.at(3).get<int>();
    x.col = d.at(4).get<int>();
    x.message = d.at(5).get<std::string>();
    x.hint = d.at(6).get<std::string>();
    f.diags.push_back(std::move(x));
  }
  f.eligible = j.at("eligible").get<bool>();
  if (!j.at("call").is_null()) {
    std::string id = j.at("call").get<std::string>();
    if (repo.call && repo.call->id == id) f.call = repo.call.get();
    else f.call = calls::find_call(id);
    if (f.call == nullptr) throw std::runtime_error("call");  // a call file's, not this repository's
  }
  f.source = j.at("source").get<std::string>();
  f.hidden = counts_of(j.at("hidden"));
  if (!j.at("total").is_null()) {
    values::Rational r;
    r.num = j.at("total").at(0).get<long long>();
    r.den = j.at("total").at(1).get<long long>();
    if (r.den <= 0) throw std::runtime_error("total");
    f.total = r;
  }
  return f;
}

} // namespace

namespace {
std::uint64_t fold(std::uint64_t x, std::uint64_t y) {
  Hasher::U128 r = static_cast<Hasher::U128>(x) * y;
  return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
}
std::uint64_t finish(std::uint64_t h) {  // MurmurHash3's fmix64
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 33);
}
} // namespace

void Hasher::word(std::uint64_t w) {
  a_ = fold(a_ ^ w, 0x9e3779b97f4a7c15ULL);
  b_ = fold(b_ ^ w, 0xd6e8feb86659fd93ULL) + w;
}

Hasher& Hasher::add(std::string_view piece) {
  word(piece.size());
  std::size_t i = 0;
  for (; i + 8 <= piece.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, piece.data() + i, 8);
    word(w);
  }
  if (i < piece.size()) {
    std::uint64_t w = 0;
    std::memcpy(&w, piece.data() + i, piece.size() - i);
    word(w ^ (0xffULL << 56));
  }
  return *this;
}

std::string Hasher::hex() const {
  return fmt::format("{:016x}{:016x}", finish(a_ ^ (b_ >> 1)), finish(b_ + 0x632be59bd9b4e019ULL));
}

std::string ResultCache::path_of(const std::string& key) const { return dir_ + "/" + key.substr(0, 2) + "/" + key + ".json"; }

std::optional<std::vector<check::FileReport>> ResultCache::get(const std::string& key, const Repository& repo) const {
  if (!enabled()) return std::nullopt;
  std::ifstream in(path_of(key), std::ios::binary);
  if (!in) {
    ++misses_;
    return std::nullopt;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  try {
    json doc = json::parse(ss.str());
    if (doc.at("format").get<std::string>() != kFormat || doc.at("key").get<std::string>() != key)
      throw std::runtime_error("not this entry");
    std::vector<check::FileReport> out;
    for (const auto& r : doc.at("reports")) out.push_back(report_of(r, repo));
    if (out.empty()) throw std::runtime_error("empty");
    ++hits_;
    return out;
  } catch (const std::exception&) {  // truncated, corrupt, foreign: computed again and rewritten
    ++misses_;
    return std::nullopt;
  }
}

void ResultCache::put(const std::string& key, const std::vector<check::FileReport>& reports) const {
  if (!enabled()) return;
  std::error_code ec;
  fs::create_directories(fs::path(path_of(key)).parent_path(), ec);
  if (!fs::exists(dir_ + "/.gitignore", ec)) (void)io::write_atomically(dir_ + "/.gitignore", "# sieg's cache: never committed\n*\n", i18n::Lang::En);
  json rs = json::array();
  for (const auto& r : reports) rs.push_back(to_json(r));
  json doc{{"format", kFormat}, {"key", key}, {"reports", rs}};
  (void)io::write_atomically(path_of(key), doc.dump(-1, ' ', false, json::error_handler_t::replace), i18n::Lang::En,
                             /*durable=*/false);
}

void ResultCache::prune(std::size_t keep) const {
  if (!enabled()) return;
  std::vector<std::pair<fs::file_time_type, fs::path>> entries;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code e2;
    if (it->is_regular_file(e2) && it->path().extension() == ".json") entries.emplace_back(it->last_write_time(e2), it->path());
  }
  if (entries.size() <= keep) return;
  std::sort(entries.begin(), entries.end());
  for (std::size_t i = 0; i + keep < entries.size(); ++i) fs::remove(entries[i].second, ec);
}

Hasher cache_base(const Repository& repo, const Options& eval, const std::string& version) {
  Hasher h;
  h.add("sieg-check-unit-1").add(version);
  h.add(eval.lang == i18n::Lang::Fr ? "fr" : "en").add(std::to_string(eval.max_diagnostics));
  h.add(eval.date ? values::to_string(*eval.date) : "-");
  h.add(values::to_string(eval.today ? *eval.today : values::today_paris()));
  h.add(repo.reviews_override ? *repo.reviews_override : "-");
  if (auto c = repo.config_file()) h.add(*c).add(io::read_input(*c, i18n::Lang::En).bytes);
  else h.add("no sieg.toml");
  for (const std::string* data : {&repo.config.call, &repo.config.grid}) {
    h.add(*data);
    if (!data->empty() && calls::find_call(*data) == nullptr && grids::find_grid(*data) == nullptr)
      h.add(io::read_input(shown((fs::path(repo.config.root) / *data).string()), i18n::Lang::En).bytes);
  }
  return h;
}

std::string default_cache_dir(const Repository& repo, const char* env) {
  if (env != nullptr && *env != '\0') return env;
  if (!repo.has_config) return "";  // a folder of files is not a repository: nothing written there
  return shown((fs::path(repo.config.root) / ".sieg-cache").string());
}

} // namespace sieg::pipeline
