#include "pipeline/cache.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <deque>
#include <mutex>
#include <unordered_map>
#include <filesystem>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "calls/call.hpp"
#include "grids/grid.hpp"
#include "io/read.hpp"
#include "io/write.hpp"
#include "pipeline/evaluate.hpp"
#include "pipeline/modeline.hpp"
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

// Lowest sizes of an encoded FileReport and Diagnostic: counts read from a record are bounded by them.
constexpr std::size_t kMinReport = 4 + 2 + 4 + 1 + 16 + 4 + 20 + 4, kMinDiag = 4 + 1 + 4 + 4 + 4 + 4 + 4;

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
  if (n == 0 || n > payload.size() / kMinReport) throw std::runtime_error("count");
  // Grown as records are read, never sized from a count alone: memory follows the bytes there are.
  std::vector<check::FileReport> out;
  out.reserve(std::min<std::size_t>(n, 64));
  for (std::uint32_t i = 0; i < n; ++i) {
    check::FileReport& f = out.emplace_back();
    f.file = r.str();
    unsigned kind = r.u8(), eligible = r.u8();
    if (kind > 1 || eligible > 1) throw std::runtime_error("flag");
    f.kind = kind == 0 ? check::Kind::Dossier : check::Kind::Review;
    f.eligible = eligible == 1;
    std::string call = r.str();
    if (!call.empty()) {
      if (repo.call && repo.call->id == call) f.call = repo.call.get();
      else f.call = repo.find_call(call);
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
    if (nd > (payload.size() - r.at) / kMinDiag) throw std::runtime_error("diagnostics");
    f.diags.reserve(std::min<std::size_t>(nd, 64));
    for (std::uint32_t j = 0; j < nd; ++j) {
      diag::Diagnostic& d = f.diags.emplace_back();
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

// A record's tag: SipHash-2-4 under this machine's secret (its first half) of the type, then the body.
std::uint64_t tag(const io::Secret& secret, char type, std::string_view body) {
  return io::siphash24(secret.data(), std::string_view(&type, 1), body);
}

void append_record(std::string& out, const io::Secret& secret, char type, std::string_view body) {
  Writer w{std::move(out)};
  w.u8(static_cast<unsigned char>(type));
  w.u32(static_cast<std::uint32_t>(body.size()));
  w.out.append(body.data(), body.size());
  w.u64(tag(secret, type, body));
  out = std::move(w.out);
}

// The folder's mark, in its CACHEDIR.TAG: the secret's other half over a fixed text, so only this
// machine's sieg can write it (the same on every cache folder of the machine: it grants nothing but
// the removal of sieg's own temporary files there; every record is authenticated on its own).
constexpr const char* kTag = "CACHEDIR.TAG";
std::string mark_line(const io::Secret& secret) {
  return "# sieg: " + io::mark(secret, "sieg-cache-folder-1");
}
std::string tag_file(const io::Secret& secret) {
  return "Signature: 8a477f597d28d172789f06886806bc55\n"
         "# This folder is sieg check's result cache, made by sieg on this machine: never commit it.\n" +
         mark_line(secret) + "\n";
}
bool marked(const std::string& dir, const io::Secret& secret) {
  io::Input in = io::read_input(dir + "/" + kTag, i18n::Lang::En, 4096);
  return !in.error && in.bytes == tag_file(secret);
}

// sieg's own names in a cache folder: the tag, the .gitignore, results.bin, and the temporary files of
// their atomic writes ("." NAME "." and six characters).
bool own_name(const std::string& name) {
  for (const char* n : {kTag, ".gitignore", kFile}) {
    if (name == n) return true;
    std::string tmp = std::string(".") + n + ".";
    if (name.size() == tmp.size() + 6 && name.compare(0, tmp.size(), tmp) == 0) return true;
  }
  return false;
}
bool temporary_name(const std::string& name) { return own_name(name) && name[0] == '.' && name != ".gitignore"; }


std::string_view as_view(const Key& k) { return {reinterpret_cast<const char*>(k.data()), k.size()}; }

Key key_at(std::string_view v) {
  Key k{};
  std::memcpy(k.data(), v.data(), k.size());
  return k;
}

using Probe = ResultCache::Probe;

// A link's probes after its two keys: for each, one byte (1: the file was there) and its path.
std::string probes_bytes(const std::vector<Probe>& probes) {
  Writer w;
  for (const auto& [path, there] : probes) {
    w.u8(there ? 1 : 0);
    w.str(path);
  }
  return std::move(w.out);
}
std::vector<Probe> probes_at(std::string_view v) {  // throws on a short record
  std::vector<Probe> out;
  Reader r{v};
  while (r.at < v.size()) {
    unsigned there = r.u8();
    if (there > 1) throw std::runtime_error("bad probe");
    out.emplace_back(r.str(), there == 1);
  }
  return out;
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
    std::vector<Probe> probes;
    std::size_t order = 0;
    bool used = false;
  };
  io::Secret secret{};
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

ResultCache::ResultCache() : state_(std::make_unique<State>()) {}

ResultCache::ResultCache(std::string dir, const io::Secret& secret, const std::string& repo_root)
    : dir_(std::move(dir)), state_(std::make_unique<State>()) {
  state_->secret = secret;
  if (dir_.empty()) return;
  struct stat st {};
  if (::lstat(dir_.c_str(), &st) != 0) {
    if (errno != ENOENT) refused_ = CacheRefusal{{"{0} : illisible", "{0}: cannot be read"}, dir_, ""};
    return;  // made and marked when first written
  }
  if (S_ISLNK(st.st_mode)) {
    refused_ = CacheRefusal{{"{0} est un lien symbolique : sieg n'y lit ni n'y écrit rien",
                             "{0} is a symbolic link: sieg reads and writes nothing there"}, dir_, ""};
    return;
  }
  if (!S_ISDIR(st.st_mode)) {
    refused_ = CacheRefusal{{"{0} n'est pas un dossier", "{0} is not a folder"}, dir_, ""};
    return;
  }
  std::error_code ec;
  if ((!repo_root.empty() && fs::equivalent(dir_, repo_root, ec)) || fs::exists(dir_ + "/sieg.toml", ec) ||
      fs::exists(dir_ + "/.git", ec)) {
    refused_ = CacheRefusal{{"{0} est la racine d'un dépôt : le cache doit être un dossier à lui",
                             "{0} is a repository's root: the cache needs a folder of its own"}, dir_, ""};
    return;
  }
  ours_ = marked(dir_, secret);
  for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    std::error_code e2;
    if (!ours_ || !own_name(name) || !it->is_regular_file(e2) || it->is_symlink(e2)) {
      refused_ = ours_ ? CacheRefusal{{"{0} contient des fichiers que sieg n'a pas écrits ({1})",
                                        "{0} holds files sieg did not write ({1})"}, dir_, name}
                       : CacheRefusal{{"{0} n'a pas été créé par sieg sur cette machine (un cache versionné ou copié "
                                       "n'est jamais repris) ; supprimez-le pour que sieg crée le sien",
                                       "{0} was not made by sieg on this machine (a committed or copied cache is "
                                       "never used); remove it to let sieg make its own"}, dir_, ""};
      return;
    }
  }
  if (ec) refused_ = CacheRefusal{{"{0} : illisible", "{0}: cannot be read"}, dir_, ""};
}
ResultCache::~ResultCache() = default;

std::string ResultCache::file() const { return dir_ + "/" + kFile; }
std::size_t ResultCache::hits() const { return state_->hits; }
std::size_t ResultCache::misses() const { return state_->misses; }
std::size_t ResultCache::unread() const { return state_->unread; }

void ResultCache::load() const {
  if (!enabled()) return;
  std::call_once(state_->loaded, [&] {
    State& s = *state_;
    if (!ours_) return;  // a folder sieg is yet to make and mark: nothing of its own there
    io::Input in = io::read_input(file(), i18n::Lang::En, std::size_t{1} << 31);
    if (in.error || in.bytes.compare(0, kMagic.size(), kMagic) != 0) return;  // none yet, or not ours
    s.data = std::move(in.bytes);
    Reader r{s.data, kMagic.size()};
    try {  // records up to the first that is not sound (a truncated or damaged file)
      while (r.at < s.data.size()) {
        char type = static_cast<char>(r.u8());
        std::string_view body = r.bytes(r.u32());
        if (r.u64() != tag(s.secret, type, body)) break;
        if (type == 'R' && body.size() > 16) s.results.emplace(key_at(body), State::Entry{body.substr(16), s.next++, false});
        else if (type == 'L' && body.size() >= 32) s.links.emplace(key_at(body), State::Link{key_at(body.substr(16)), probes_at(body.substr(32)), s.next++, false});
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
  std::vector<Probe> probes;
  Key key{};
  {
    std::lock_guard<std::mutex> lock(state_->m);
    auto it = state_->links.find(*k);
    if (it == state_->links.end() || state_->results.count(it->second.key) == 0) return std::nullopt;
    probes = it->second.probes;
    key = it->second.key;
  }
  for (const auto& [path, there] : probes)
    if (modeline_resolves(path) != there) return std::nullopt;  // read again: the verdict may differ
  std::lock_guard<std::mutex> lock(state_->m);
  auto it = state_->links.find(*k);
  if (it != state_->links.end()) it->second.used = true;
  return hex_of(key);
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

void ResultCache::link(const std::string& stat_key, const std::string& key, const std::vector<Probe>& probes) const {
  if (!enabled()) return;
  load();
  auto sk = key_of(stat_key), k = key_of(key);
  if (!sk || !k) return;
  std::lock_guard<std::mutex> lock(state_->m);
  State& s = *state_;
  auto it = s.links.find(*sk);
  if (it != s.links.end() && it->second.key == *k && it->second.probes == probes) {
    it->second.used = true;
    return;
  }
  s.links[*sk] = State::Link{*k, probes, s.next++, true};
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
      append_record(out, s.secret, 'R', body);
      flush(false);
    }
    for (const auto& [rank, l] : ls) {
      body.assign(as_view(l->first));
      body += as_view(l->second.key);
      body += probes_bytes(l->second.probes);
      append_record(out, s.secret, 'L', body);
      flush(false);
    }
    flush(true);
  };
  // The folder: made (and marked) by this run, or one sieg made and marked on this machine, vetted when
  // the cache was opened; locked while written, so that two runs take turns and a run's temporary files
  // are never another's.
  std::error_code ec;
  if (!fs::path(dir_).parent_path().empty()) fs::create_directories(fs::path(dir_).parent_path(), ec);
  ::mkdir(dir_.c_str(), 0777);  // EEXIST: found, or made by a run racing this one
  int fd = ::open(dir_.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return;  // a failure to write only costs the next run its hits
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }  // releases the lock
  } closer{fd};
  if (::flock(fd, LOCK_EX) != 0) return;
  if (!marked(dir_, s.secret)) {
    // Unmarked: only an empty folder (made by this run or by a run racing it, or found empty) is marked.
    bool empty = true;
    for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) empty = false;
    if (ec || !empty) return;
    if (io::write_atomically(dir_ + "/" + kTag, tag_file(s.secret), i18n::Lang::En, false)) return;
    (void)io::write_atomically(dir_ + "/.gitignore", "# sieg's cache: never committed\n*\n", i18n::Lang::En, false);
  }
  // Leftovers of runs that were killed while writing: sieg's own temporary files, by their names.
  for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    std::error_code e2;
    if (temporary_name(name) && it->is_regular_file(e2) && !it->is_symlink(e2)) ::unlinkat(fd, name.c_str(), 0);
  }
  (void)io::write_atomically(file(), produce, i18n::Lang::En, /*durable=*/false);
  s.dirty = false;
}

Hasher cache_base(const Repository& repo, const Options& eval, const std::string& version) {
  Hasher h;
  h.add("sieg-check-unit-2")  // 2: the modeline's schema is an input (SIEG-L024)
      .add(version);
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
  // The repository's own calls and their grids, as loaded (a change to a call file re-checks every unit).
  for (const auto& c : repo.own_calls) h.add(c->file).add(calls::to_snapshot(*c));
  for (const auto& [id, g] : repo.own_grids) h.add(id).add(grids::to_snapshot(*g));
  return h;
}

std::string default_cache_dir(const Repository& repo, const char* env) {
  if (env != nullptr && *env != '\0') return env;
  if (!repo.has_config) return "";  // a folder of files is not a repository: nothing written there
  return shown((fs::path(repo.config.root) / ".sieg-cache").string());
}

} // namespace sieg::pipeline
