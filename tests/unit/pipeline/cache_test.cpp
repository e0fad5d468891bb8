#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "pipeline/cache.hpp"
#include "pipeline/evaluate.hpp"
#include "pipeline/repository.hpp"
#include "../temp_dir.hpp"

using namespace sieg;
using sieg::pipeline::Hasher;

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
    pipeline::ResultCache cache(folder);
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
    pipeline::ResultCache cache(folder);  // a later run: from the file
    CHECK(cache.content_key(stat) == key);
    same(cache.get(key, repo));
    same(cache.get(other, repo));
  }
  {
    // The bound: the entries used by the run first (`other` is used, `key` not).
    pipeline::ResultCache cache(folder);
    CHECK(cache.get(other, repo));
    cache.put(Hasher().add("third").hex(), {f});
    cache.save(2);
    pipeline::ResultCache later(folder);
    CHECK(later.get(other, repo));
    CHECK(later.get(Hasher().add("third").hex(), repo));
    CHECK_FALSE(later.get(key, repo));
    CHECK_FALSE(later.content_key(stat));  // a link to an entry dropped goes with it
  }
  {
    // Truncated in its last record: the records before it are kept, the last is not trusted.
    pipeline::ResultCache cache(folder);
    cache.put(key, {f});
    cache.save(10);
    size = std::filesystem::file_size(folder + "/results.bin");
    std::filesystem::resize_file(folder + "/results.bin", size - 3);
    pipeline::ResultCache later(folder);  // written: key (this run's), then other and third (read)
    CHECK(later.get(key, repo));
    CHECK(later.get(other, repo));
    CHECK_FALSE(later.get(Hasher().add("third").hex(), repo));
  }
  {
    // A byte changed anywhere in a record: that record and the rest are not trusted.
    pipeline::ResultCache cache(folder);
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
    pipeline::ResultCache later(folder);
    CHECK_FALSE(later.get(other, repo));  // the first record was changed
    CHECK(later.misses() == 1);
  }
  {
    // Not a cache file of this format: nothing trusted, and the next save replaces it.
    {
      std::ofstream out(folder + "/results.bin", std::ios::binary | std::ios::trunc);
      out << "sieg-cache-2\n{}";
    }
    pipeline::ResultCache cache(folder);
    CHECK_FALSE(cache.get(other, repo));
    cache.put(other, {f});
    cache.save(10);
    pipeline::ResultCache later(folder);
    same(later.get(other, repo));
  }
  {
    // A key that is not 32 hex digits is never found nor stored.
    pipeline::ResultCache cache(folder);
    cache.put("xyz", {f});
    CHECK_FALSE(cache.get("xyz", repo));
  }
}
