#include "pipeline/cache.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <deque>
#include <mutex>
#include <unordered_map>
#include <filesystem>

#include <cstring>

#include <fmt/format.h>

#include "calls/call.hpp"
#include "grids/grid.hpp"
#include "io/read.hpp"
#include "io/write.hpp"
#include "pipeline/evaluate.hpp"
#include "values/date.hpp"
#include "pipeline/repository.hpp"

namespace sieg::pipeline {
namespace fs = std::filesystem;

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

std::pair<std::uint64_t, std::uint64_t> Hasher::digest() const {
  return {finish(a_ ^ (b_ >> 1)), finish(b_ + 0x632be59bd9b4e019ULL)};
}

std::string Hasher::hex() const {
  auto [a, b] = digest();
  return fmt::format("{:016x}{:016x}", a, b);
}

namespace {

constexpr std::string_view kMagic = "sieg-cache-3\n";  // 3: one file of checksummed binary records
constexpr const char* kFile = "results.bin";

// A key as 16 bytes (the 32 hex digits of Hasher::hex).
using Key = std::array<unsigned char, 16>;
struct KeyHash {
  std::size_t operator()(const Key& k) const {
    std::size_t h;
    std::memcpy(&h, k.data(), sizeof h);
    return h;
  }
};

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::optional<Key> key_of(const std::string& hex) {
  if (hex.size() != 32) return std::nullopt;
  Key k{};
  for (std::size_t i = 0; i < 16; ++i) {
    int hi = hex_digit(hex[2 * i]), lo = hex_digit(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    k[i] = static_cast<unsigned char>(hi * 16 + lo);
  }
  return k;
}

std::string hex_of(const Key& k) {
  static const char* digits = "0123456789abcdef";
  std::string s(32, '0');
  for (std::size_t i = 0; i < 16; ++i) {
    s[2 * i] = digits[k[i] >> 4];
    s[2 * i + 1] = digits[k[i] & 15];
  }
  return s;
}

// Little-endian integers and length-prefixed strings.
struct Writer {
  std::string out;
  void u8(unsigned v) { out += static_cast<char>(v & 0xff); }
  void u32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) u8(v >> (8 * i));
  }
  void u64(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) u8(static_cast<unsigned>(v >> (8 * i)));
  }
  void str(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    out.append(s.data(), s.size());
  }
};

struct Reader {  // throws on anything past the end: the record is not sound
  std::string_view in;
  std::size_t at = 0;
  void need(std::size_t n) const {
    if (n > in.size() - at) throw std::runtime_error("short record");
  }
  unsigned u8() {
    need(1);
    return static_cast<unsigned char>(in[at++]);
  }
  std::uint32_t u32() {
    need(4);
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(in[at + i])) << (8 * i);
    at += 4;
    return v;
  }
  std::uint64_t u64() {
    need(8);
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(in[at + i])) << (8 * i);
    at += 8;
    return v;
  }
  std::string_view bytes(std::size_t n) {
    need(n);
    std::string_view v = in.substr(at, n);
    at += n;
    return v;
  }
  std::string str() { return std::string(bytes(u32())); }
  int i32() { return static_cast<int>(static_cast<std::int32_t>(u32())); }
};

void put_counts(Writer& w, const diag::Counts& c) {
  for (int v : {c.errors, c.warnings, c.infos, c.io_errors, c.eligibility_errors}) w.u32(static_cast<std::uint32_t>(v));
}

diag::Counts get_counts(Reader& r) {
  diag::Counts c;
  c.errors = r.i32();
  c.warnings = r.i32();
  c.infos = r.i32();
  c.io_errors = r.i32();
  c.eligibility_errors = r.i32();
  return c;
}

std::string encode(const std::vector<check::FileReport>& reports) {
  Writer w;
  w.u32(static_cast<std::uint32_t>(reports.size()));
  for (const auto& f : reports) {
    w.str(f.file);
    w.u8(f.kind == check::Kind::Dossier ? 0 : 1);
    w.u8(f.eligible ? 1 : 0);
    w.str(f.call != nullptr ? f.call->id : "");
    w.u8(f.total ? 1 : 0);
    w.u64(f.total ? static_cast<std::uint64_t>(f.total->num) : 0);
    w.u64(f.total ? static_cast<std::uint64_t>(f.total->den) : 0);
    w.str(f.source);
    put_counts(w, f.hidden);
    w.u32(static_cast<std::uint32_t>(f.diags.size()));
    for (const auto& d : f.diags) {
      w.str(d.code);
      w.u8(static_cast<unsigned>(d.severity));
      w.str(d.file);
      w.u32(static_cast<std::uint32_t>(d.line));
      w.u32(static_cast<std::uint32_t>(d.col));
      w.str(d.message);
      w.str(d.hint);
    }
  }
  return std::move(w.out);
}

std::vector<check::FileReport> decode(std::string_view payload, const Repository& repo) {
  Reader r{payload};
  std::uint32_t n = r.u32();
  if (n == 0 || n > payload.size()) throw std::runtime_error("count");
  std::vector<check::FileReport> out(n);
  for (auto& f : out) {
    f.file = r.str();
    unsigned kind = r.u8(), eligible = r.u8();
    if (kind > 1 || eligible > 1) throw std::runtime_error("flag");
    f.kind = kind == 0 ? check::Kind::Dossier : check::Kind::Review;
    f.eligible = eligible == 1;
    std::string call = r.str();
    if (!call.empty()) {
      if (repo.call && repo.call->id == call) f.call = repo.call.get();
      else f.call = calls::find_call(call);
      if (f.call == nullptr) throw std::runtime_error("call");  // a call file's, not this repository's
    }
    unsigned has_total = r.u8();
    auto num = static_cast<long long>(r.u64()), den = static_cast<long long>(r.u64());
    if (has_total > 1 || (has_total == 1 && den <= 0)) throw std::runtime_error("total");
    if (has_total == 1) {
      values::Rational t;
      t.num = num;
      t.den = den;
      f.total = t;
    }
    f.source = r.str();
    f.hidden = get_counts(r);
    std::uint32_t nd = r.u32();
    if (nd > payload.size()) throw std::runtime_error("diagnostics");
    f.diags.resize(nd);
    for (auto& d : f.diags) {
      d.code = r.str();
      unsigned sev = r.u8();
      if (sev > 2) throw std::runtime_error("severity");
      d.severity = static_cast<diag::Severity>(sev);
      d.file = r.str();
      d.line = r.i32();
      d.col = r.i32();
      d.message = r.str();
      d.hint = r.str();
    }
  }
  if (r.at != payload.size()) throw std::runtime_error("trailing bytes");
  return out;
}

std::uint64_t checksum(char type, std::string_view body) {
  return Hasher().add(std::string_view(&type, 1)).add(body).digest().first;
}

void append_record(std::string& out, char type, std::string_view body) {
  Writer w{std::move(out)};
  w.u8(static_cast<unsigned char>(type));
  w.u32(static_cast<std::uint32_t>(body.size()));
  w.out.append(body.data(), body.size());
  w.u64(checksum(type, body));
  out = std::move(w.out);
}

std::string_view as_view(const Key& k) { return {reinterpret_cast<const char*>(k.data()), k.size()}; }

Key key_at(std::string_view v) {
  Key k{};
  std::memcpy(k.data(), v.data(), k.size());
  return k;
}

} // namespace

struct ResultCache::State {
  struct Entry {
    std::string_view payload;  // into `data` or `added`
    std::size_t order = 0;     // position in the file read (added entries: after them)
    bool used = false;         // looked up or added by this run
  };
  struct Link {
    Key key{};
    std::size_t order = 0;
    bool used = false;
  };
  std::once_flag loaded;
  std::string data;  // the file as read
  std::deque<std::string> added;  // payloads of this run (a deque: views stay valid)
  std::mutex m;
  std::unordered_map<Key, Entry, KeyHash> results;
  std::unordered_map<Key, Link, KeyHash> links;  // stat key -> content key
  std::size_t next = 0;
  bool dirty = false;
  std::atomic<std::size_t> hits{0}, misses{0}, unread{0};
};

ResultCache::ResultCache(std::string dir) : dir_(std::move(dir)), state_(std::make_unique<State>()) {}
ResultCache::~ResultCache() = default;

std::string ResultCache::file() const { return dir_ + "/" + kFile; }
std::size_t ResultCache::hits() const { return state_->hits; }
std::size_t ResultCache::misses() const { return state_->misses; }
std::size_t ResultCache::unread() const { return state_->unread; }

void ResultCache::load() const {
  if (!enabled()) return;
  std::call_once(state_->loaded, [&] {
    State& s = *state_;
    io::Input in = io::read_input(file(), i18n::Lang::En, std::size_t{1} << 31);
    if (in.error || in.bytes.compare(0, kMagic.size(), kMagic) != 0) return;  // none yet, or not ours
    s.data = std::move(in.bytes);
    Reader r{s.data, kMagic.size()};
    try {  // records up to the first that is not sound (a truncated or damaged file)
      while (r.at < s.data.size()) {
        char type = static_cast<char>(r.u8());
        std::string_view body = r.bytes(r.u32());
        if (r.u64() != checksum(type, body)) break;
        if (type == 'R' && body.size() > 16) s.results.emplace(key_at(body), State::Entry{body.substr(16), s.next++, false});
        else if (type == 'L' && body.size() == 32) s.links.emplace(key_at(body), State::Link{key_at(body.substr(16)), s.next++, false});
        else break;
      }
    } catch (const std::exception&) {
    }
  });
}

std::optional<std::string> ResultCache::content_key(const std::string& stat_key) const {
  if (!enabled()) return std::nullopt;
  load();
  auto k = key_of(stat_key);
  if (!k) return std::nullopt;
  std::lock_guard<std::mutex> lock(state_->m);
  auto it = state_->links.find(*k);
  if (it == state_->links.end() || state_->results.count(it->second.key) == 0) return std::nullopt;
  it->second.used = true;
  return hex_of(it->second.key);
}

std::optional<std::vector<check::FileReport>> ResultCache::get(const std::string& key, const Repository& repo, bool unread) const {
  if (!enabled()) return std::nullopt;
  load();
  State& s = *state_;
  auto k = key_of(key);
  std::string_view payload;
  {
    std::lock_guard<std::mutex> lock(s.m);
    auto it = k ? s.results.find(*k) : s.results.end();
    if (it != s.results.end()) payload = it->second.payload;
  }
  if (payload.empty()) {
    ++s.misses;
    return std::nullopt;
  }
  try {
    auto out = decode(payload, repo);
    std::lock_guard<std::mutex> lock(s.m);
    auto it = s.results.find(*k);
    if (it != s.results.end()) it->second.used = true;
    ++s.hits;
    if (unread) ++s.unread;
    return out;
  } catch (const std::exception&) {  // foreign or damaged: computed again and rewritten
    std::lock_guard<std::mutex> lock(s.m);
    s.results.erase(*k);
    s.dirty = true;
    ++s.misses;
    return std::nullopt;
  }
}

void ResultCache::put(const std::string& key, const std::vector<check::FileReport>& reports) const {
  if (!enabled()) return;
  load();
  auto k = key_of(key);
  if (!k || reports.empty()) return;
  std::string payload = encode(reports);
  std::lock_guard<std::mutex> lock(state_->m);
  State& s = *state_;
  s.added.push_back(std::move(payload));
  s.results[*k] = State::Entry{s.added.back(), s.next++, true};
  s.dirty = true;
}

void ResultCache::link(const std::string& stat_key, const std::string& key) const {
  if (!enabled()) return;
  load();
  auto sk = key_of(stat_key), k = key_of(key);
  if (!sk || !k) return;
  std::lock_guard<std::mutex> lock(state_->m);
  State& s = *state_;
  auto it = s.links.find(*sk);
  if (it != s.links.end() && it->second.key == *k) {
    it->second.used = true;
    return;
  }
  s.links[*sk] = State::Link{*k, s.next++, true};
  s.dirty = true;
}

void ResultCache::save(std::size_t keep) const {
  if (!enabled()) return;
  load();
  State& s = *state_;
  std::lock_guard<std::mutex> lock(s.m);
  if (!s.dirty) return;
  // This run's entries first, then the others in the order they were read, up to `keep`.
  std::vector<std::pair<std::pair<bool, std::size_t>, const std::pair<const Key, State::Entry>*>> rs;
  rs.reserve(s.results.size());
  for (const auto& e : s.results) rs.push_back({{!e.second.used, e.second.order}, &e});
  std::sort(rs.begin(), rs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  if (rs.size() > keep) rs.resize(keep);
  std::unordered_map<Key, bool, KeyHash> kept;
  for (const auto& [rank, e] : rs) kept.emplace(e->first, true);
  // Links to a kept entry, this run's first; twice as many as entries at most (a file's stat changes
  // with every fresh clone, its content does not).
  std::vector<std::pair<std::pair<bool, std::size_t>, const std::pair<const Key, State::Link>*>> ls;
  for (const auto& l : s.links)
    if (kept.count(l.second.key) != 0) ls.push_back({{!l.second.used, l.second.order}, &l});
  std::sort(ls.begin(), ls.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  if (ls.size() > 2 * keep) ls.resize(2 * keep);
  // Written in pieces of about 1 MiB: the file is never held twice in memory.
  io::Producer produce = [&](const std::function<void(std::string_view)>& put) {
    std::string out(kMagic);
    auto flush = [&](bool last) {
      if (out.size() >= (1u << 20) || (last && !out.empty())) {
        put(out);
        out.clear();
      }
    };
    std::string body;
    for (const auto& [rank, e] : rs) {
      body.assign(as_view(e->first));
      body.append(e->second.payload.data(), e->second.payload.size());
      append_record(out, 'R', body);
      flush(false);
    }
    for (const auto& [rank, l] : ls) {
      body.assign(as_view(l->first));
      body += as_view(l->second.key);
      append_record(out, 'L', body);
      flush(false);
    }
    flush(true);
  };
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (!fs::exists(dir_ + "/.gitignore", ec)) (void)io::write_atomically(dir_ + "/.gitignore", "# sieg's cache: never committed\n*\n", i18n::Lang::En);
  // The folders of one file per entry (format 2) go: this file replaces them.
  for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    std::error_code e2;
    if (name.size() == 2 && hex_digit(name[0]) >= 0 && hex_digit(name[1]) >= 0 && it->is_directory(e2)) fs::remove_all(it->path(), e2);
  }
  (void)io::write_atomically(file(), produce, i18n::Lang::En, /*durable=*/false);
  s.dirty = false;
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
