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

TEST_CASE("ResultCache: an entry comes back whole; a damaged one is a miss") {
  sieg::testing::TempDir dir;
  pipeline::ResultCache cache(dir.path.string() + "/c");
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
  f.diags.push_back(d);
  std::string key = Hasher().add("k").hex();
  CHECK_FALSE(cache.get(key, repo));
  cache.put(key, {f});
  auto back = cache.get(key, repo);
  REQUIRE(back);
  REQUIRE(back->size() == 1);
  const check::FileReport& g = back->front();
  CHECK(g.file == "d.yaml");
  CHECK(g.eligible);
  CHECK(g.call == f.call);
  CHECK(g.total->num == 26);
  CHECK(g.hidden.errors == 3);
  CHECK(g.diags.front().severity == diag::Severity::Warning);
  CHECK(g.diags.front().message == "message « é »");
  CHECK(cache.hits() == 1);
  // Truncated: never trusted.
  std::string path = dir.path.string() + "/c/" + key.substr(0, 2) + "/" + key + ".json";
  std::filesystem::resize_file(path, 30);
  CHECK_FALSE(cache.get(key, repo));
  // Another key's entry under this name: not this entry.
  std::string other = Hasher().add("other").hex();
  cache.put(other, {f});
  std::filesystem::copy_file(dir.path.string() + "/c/" + other.substr(0, 2) + "/" + other + ".json", path,
                             std::filesystem::copy_options::overwrite_existing);
  CHECK_FALSE(cache.get(key, repo));
}
