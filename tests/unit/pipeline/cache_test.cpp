#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "pipeline/cache.hpp"
#include "pipeline/evaluate.hpp"
#include "pipeline/repository.hpp"
#include "../temp_dir.hpp"

using namespace sieg;
using sieg::pipeline::Hasher;

namespace {
const io::Secret kSecret{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
const io::Secret kOther{42};  // another machine's
}

TEST_CASE("Hasher: pieces are delimited, and every byte counts") {
  CHECK(Hasher().add("ab").add("c").hex() != Hasher().add("a").add("bc").hex());
  CHECK(Hasher().add("abc").hex() == Hasher().add("abc").hex());
  CHECK(Hasher().add(std::string(1000, 'x')).hex() != Hasher().add(std::string(999, 'x') + "y").hex());
  CHECK(Hasher().add("").hex() != Hasher().hex());
  CHECK(Hasher().add("a").hex().size() == 32);
}

TEST_CASE("cache_base: another version, language, bound or date is another key") {
  pipeline::Repository repo;
  pipeline::Options o;
  o.today = values::parse_date("2015-05-20");
  std::string base = pipeline::cache_base(repo, o, "0.1.0").hex();
  CHECK(pipeline::cache_base(repo, o, "0.1.0").hex() == base);
  CHECK(pipeline::cache_base(repo, o, "0.1.1").hex() != base);
  pipeline::Options en = o;
  en.lang = i18n::Lang::En;
  CHECK(pipeline::cache_base(repo, en, "0.1.0").hex() != base);
  pipeline::Options bounded = o;
  bounded.max_diagnostics = 10;
  CHECK(pipeline::cache_base(repo, bounded, "0.1.0").hex() != base);
  pipeline::Options later = o;
  later.today = values::parse_date("2015-05-21");  // deadline rules read today
  CHECK(pipeline::cache_base(repo, later, "0.1.0").hex() != base);
}

TEST_CASE("ResultCache: an entry comes back whole, from the file too; a damaged file is read up to the damage") {
  sieg::testing::TempDir dir;
  const std::string folder = dir.path.string() + "/c";
  pipeline::Repository repo;
  check::FileReport f;
  f.file = "d.yaml";
  f.eligible = true;
  f.call = calls::find_call("aquitaine-2015");
  f.total = values::Rational{26, 1};
  f.source = "jury";
  f.hidden.errors = 3;
  diag::Diagnostic d;
  d.code = "SIEG-E005";
  d.severity = diag::Severity::Warning;
  d.file = "d.yaml";
  d.line = 8;
  d.col = 3;
  d.message = "message « é »";
  d.hint = "aide";
  f.diags.push_back(d);
  const std::string key = Hasher().add("k").hex(), other = Hasher().add("other").hex();
  const std::string stat = Hasher().add("stat").hex();
  auto same = [&](const std::optional<std::vector<check::FileReport>>& back) {
    REQUIRE(back);
    REQUIRE(back->size() == 1);
    const check::FileReport& g = back->front();
    CHECK(g.file == "d.yaml");
    CHECK(g.kind == check::Kind::Dossier);
    CHECK(g.eligible);
    CHECK(g.call == f.call);
    CHECK(g.total->num == 26);
    CHECK(g.total->den == 1);
    CHECK(g.source == "jury");
    CHECK(g.hidden.errors == 3);
    REQUIRE(g.diags.size() == 1);
    CHECK(g.diags.front().code == "SIEG-E005");
    CHECK(g.diags.front().severity == diag::Severity::Warning);
    CHECK(g.diags.front().line == 8);
    CHECK(g.diags.front().col == 3);
    CHECK(g.diags.front().message == "message « é »");
    CHECK(g.diags.front().hint == "aide");
  };
  {
    pipeline::ResultCache cache(folder, kSecret, "");
    CHECK_FALSE(cache.get(key, repo));
    CHECK_FALSE(cache.content_key(stat));
    cache.put(key, {f});
    cache.put(other, {f});
    cache.link(stat, key);
    same(cache.get(key, repo));
    CHECK(cache.content_key(stat) == key);
    CHECK(cache.hits() == 1);
    CHECK(cache.misses() == 1);
    cache.save(10);
  }
  std::uintmax_t size = std::filesystem::file_size(folder + "/results.bin");
  {
    pipeline::ResultCache cache(folder, kSecret, "");  // a later run: from the file
    CHECK(cache.content_key(stat) == key);
    same(cache.get(key, repo));
    same(cache.get(other, repo));
  }
  {
    // The bound: the entries used by the run first (`other` is used, `key` not).
    pipeline::ResultCache cache(folder, kSecret, "");
    CHECK(cache.get(other, repo));
    cache.put(Hasher().add("third").hex(), {f});
    cache.save(2);
    pipeline::ResultCache later(folder, kSecret, "");
    CHECK(later.get(other, repo));
    CHECK(later.get(Hasher().add("third").hex(), repo));
    CHECK_FALSE(later.get(key, repo));
    CHECK_FALSE(later.content_key(stat));  // a link to an entry dropped goes with it
  }
  {
    // Truncated in its last record: the records before it are kept, the last is not trusted.
    pipeline::ResultCache cache(folder, kSecret, "");
    cache.put(key, {f});
    cache.save(10);
    size = std::filesystem::file_size(folder + "/results.bin");
    std::filesystem::resize_file(folder + "/results.bin", size - 3);
    pipeline::ResultCache later(folder, kSecret, "");  // written: key (this run's), then other and third (read)
    CHECK(later.get(key, repo));
    CHECK(later.get(other, repo));
    CHECK_FALSE(later.get(Hasher().add("third").hex(), repo));
  }
  {
    // A byte changed anywhere in a record: that record and the rest are not trusted.
    pipeline::ResultCache cache(folder, kSecret, "");
    cache.put(key, {f});
    cache.save(10);
    std::string bytes;
    {
      std::ifstream in(folder + "/results.bin", std::ios::binary);
      bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    auto at = bytes.find("message");
    REQUIRE(at != std::string::npos);
    bytes[at] = 'M';
    {
      std::ofstream out(folder + "/results.bin", std::ios::binary | std::ios::trunc);
      out << bytes;
    }
    pipeline::ResultCache later(folder, kSecret, "");
    CHECK_FALSE(later.get(other, repo));  // the first record was changed
    CHECK(later.misses() == 1);
  }
  {
    // Not a cache file of this format: nothing trusted, and the next save replaces it.
    {
      std::ofstream out(folder + "/results.bin", std::ios::binary | std::ios::trunc);
      out << "sieg-cache-2\n{}";
    }
    pipeline::ResultCache cache(folder, kSecret, "");
    CHECK_FALSE(cache.get(other, repo));
    cache.put(other, {f});
    cache.save(10);
    pipeline::ResultCache later(folder, kSecret, "");
    same(later.get(other, repo));
  }
  {
    // A key that is not 32 hex digits is never found nor stored.
    pipeline::ResultCache cache(folder, kSecret, "");
    cache.put("xyz", {f});
    CHECK_FALSE(cache.get("xyz", repo));
  }
}

namespace {
check::FileReport clean_report() {
  check::FileReport f;
  f.file = "d.yaml";
  f.eligible = true;
  f.call = calls::find_call("aquitaine-2015");
  return f;
}
}  // namespace

TEST_CASE("ResultCache: a folder or a record written with another machine's secret is never trusted") {
  sieg::testing::TempDir dir;
  const std::string folder = dir.path.string() + "/c", key = Hasher().add("k").hex();
  pipeline::Repository repo;
  {
    pipeline::ResultCache forger(folder, kOther, "");  // sieg's public format, another secret
    REQUIRE(forger.enabled());
    forger.put(key, {clean_report()});
    forger.save(10);
    pipeline::ResultCache again(folder, kOther, "");
    CHECK(again.get(key, repo));  // the forger's own sieg takes it back: the test can fail
  }
  {
    pipeline::ResultCache mine(folder, kSecret, "");  // the folder as a pull request commits it
    REQUIRE(mine.refused());
    CHECK(std::string(mine.refused()->why.en).find("was not made by sieg on this machine") != std::string::npos);
    CHECK_FALSE(mine.enabled());
    CHECK_FALSE(mine.get(key, repo));
    mine.save(10);  // writes nothing
  }
  // With this machine's mark copied in (from a cache its owner once committed), the records still fail.
  const std::string forged = sieg::testing::read_file(folder + "/results.bin");
  std::filesystem::remove_all(folder);
  {
    pipeline::ResultCache mine(folder, kSecret, "");
    mine.put(Hasher().add("other").hex(), {clean_report()});
    mine.save(10);
  }
  std::ofstream(folder + "/results.bin", std::ios::binary | std::ios::trunc) << forged;
  pipeline::ResultCache mine(folder, kSecret, "");
  CHECK(mine.enabled());
  CHECK_FALSE(mine.get(key, repo));
  CHECK(mine.misses() == 1);
}

TEST_CASE("ResultCache: counts in a record are bounded by the bytes there are") {
  sieg::testing::TempDir dir;
  const std::string folder = dir.path.string() + "/c", key = Hasher().add("k").hex();
  pipeline::Repository repo;
  {
    pipeline::ResultCache cache(folder, kSecret, "");
    cache.put(Hasher().add("x").hex(), {clean_report()});
    cache.save(10);
  }
  // A record signed with the right secret whose report count is 2^32-1 and whose diagnostic count is huge.
  std::string body;
  for (int i = 0; i < 16; ++i) body += static_cast<char>(std::stoi(key.substr(2 * i, 2), nullptr, 16));
  body += std::string("\xff\xff\xff\xff", 4) + std::string(4 << 20, '\0');
  std::string tagged = "R" + body;
  std::uint64_t t = io::siphash24(kSecret.data(), tagged);
  std::string file = "sieg-cache-3\nR";
  for (int i = 0; i < 4; ++i) file += static_cast<char>((body.size() >> (8 * i)) & 0xff);
  file += body;
  for (int i = 0; i < 8; ++i) file += static_cast<char>((t >> (8 * i)) & 0xff);
  std::ofstream(folder + "/results.bin", std::ios::binary | std::ios::trunc) << file;
  pipeline::ResultCache cache(folder, kSecret, "");
  CHECK_FALSE(cache.get(key, repo));
}

TEST_CASE("ResultCache: only a folder of sieg's own; only sieg's own temporary files are ever deleted") {
  sieg::testing::TempDir dir;
  namespace fs = std::filesystem;
  const std::string root = dir.path.string();
  pipeline::Repository repo;
  const std::string key = Hasher().add("k").hex();
  auto why = [](const pipeline::ResultCache& c) { return c.refused() ? std::string(c.refused()->why.en) : std::string(); };
  // A symbolic link (to .git/objects, say): refused, the target untouched.
  sieg::testing::write_file(root + "/objects/24/abc", "git object");
  fs::create_symlink(root + "/objects", root + "/link");
  {
    pipeline::ResultCache c(root + "/link", kSecret, "");
    CHECK(why(c).find("symbolic link") != std::string::npos);
    c.put(key, {clean_report()});
    c.save(10);
  }
  CHECK(fs::exists(root + "/objects/24/abc"));
  CHECK_FALSE(fs::exists(root + "/objects/results.bin"));
  // The repository's root, and any folder holding sieg.toml or .git: refused, no .gitignore written.
  sieg::testing::write_file(root + "/repo/sieg.toml", "");
  {
    pipeline::ResultCache c(root + "/repo", kSecret, root + "/repo");
    CHECK(why(c).find("repository's root") != std::string::npos);
    c.save(10);
  }
  CHECK_FALSE(fs::exists(root + "/repo/.gitignore"));
  // A folder of dossiers, with sub-folders named like the old cache's: refused, nothing deleted.
  sieg::testing::write_file(root + "/dossiers/24/a.yaml", "x");
  sieg::testing::write_file(root + "/dossiers/b.yaml", "x");
  {
    pipeline::ResultCache c(root + "/dossiers", kSecret, root + "/repo");
    CHECK(why(c).find("was not made by sieg") != std::string::npos);
    c.put(key, {clean_report()});
    c.save(10);
  }
  CHECK(fs::exists(root + "/dossiers/24/a.yaml"));
  CHECK_FALSE(fs::exists(root + "/dossiers/results.bin"));
  CHECK_FALSE(fs::exists(root + "/dossiers/.gitignore"));
  // An empty folder is made sieg's: marked, with its .gitignore.
  fs::create_directories(root + "/empty");
  {
    pipeline::ResultCache c(root + "/empty", kSecret, "");
    CHECK(c.enabled());
    c.put(key, {clean_report()});
    c.save(10);
  }
  CHECK(sieg::testing::read_file(root + "/empty/CACHEDIR.TAG").rfind("Signature: 8a477f597d28d172789f06886806bc55\n", 0) == 0);
  CHECK(sieg::testing::read_file(root + "/empty/.gitignore") == "# sieg's cache: never committed\n*\n");
  // sieg's own: a killed write's temporary file goes on the next save; a file of another goes nowhere,
  // and the folder is refused while it is there.
  sieg::testing::write_file(root + "/empty/.results.bin.AbC123", "half");
  {
    pipeline::ResultCache c(root + "/empty", kSecret, "");
    CHECK(c.enabled());
    CHECK(c.get(key, repo));
    c.put(Hasher().add("more").hex(), {clean_report()});
    c.save(10);
  }
  CHECK_FALSE(fs::exists(root + "/empty/.results.bin.AbC123"));
  sieg::testing::write_file(root + "/empty/notes.txt", "mine");
  {
    pipeline::ResultCache c(root + "/empty", kSecret, "");
    CHECK(why(c) == "{0} holds files sieg did not write ({1})");
    CHECK(c.refused()->file == "notes.txt");
    c.save(10);
  }
  CHECK(fs::exists(root + "/empty/notes.txt"));
}

TEST_CASE("ResultCache: a link's probes (a modeline's schema) are re-checked on lookup, from the file too") {
  sieg::testing::TempDir dir;
  const std::string folder = dir.path.string() + "/c", schema = dir.path.string() + "/s.json";
  check::FileReport f;
  f.file = "d.yaml";
  const std::string key = Hasher().add("k").hex(), stat = Hasher().add("stat").hex();
  const std::string stat2 = Hasher().add("stat 2").hex();
  {
    pipeline::ResultCache cache(folder, kSecret, "");
    cache.put(key, {f});
    cache.link(stat, key, {{schema, false}});  // recorded while the schema was missing
    cache.link(stat2, key, {{schema, false}, {dir.path.string(), false}});
    CHECK(cache.content_key(stat) == key);
    cache.save(10);
  }
  std::ofstream(schema) << "{}";
  {
    pipeline::ResultCache cache(folder, kSecret, "");
    CHECK_FALSE(cache.content_key(stat));  // it is there now: read the file again
    CHECK(cache.content_key(stat2) == std::nullopt);
  }
  std::filesystem::remove(schema);
  {
    pipeline::ResultCache cache(folder, kSecret, "");
    CHECK(cache.content_key(stat) == key);
    CHECK(cache.content_key(stat2) == key);  // a folder is not a schema: still "missing"
  }
}
