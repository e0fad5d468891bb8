#include "validate/validate_file.hpp"

#include <algorithm>
#include <stdexcept>

#include "io/read.hpp"
#include "rules/check.hpp"
#include "score/review.hpp"
#include "resources/resources.hpp"
#include "schema/validate.hpp"
#include "yaml/loader.hpp"

namespace sieg::validate {

std::vector<diag::Diagnostic> check_eligibility(const calls::Call& call, const tree::Node& root, const std::string& name,
                                                const Context& ctx) {
  rules::Context rc;
  rc.file = name;
  rc.lang = ctx.lang;
  rc.today = rules::reference_date(root, ctx.date);
  rc.schema = ctx.dossier_schema;
  return rules::check(call, root, rc);
}

std::vector<diag::Diagnostic> validate_tree(const tree::Node& root, const std::string& name, const Context& ctx) {
  if (ctx.dossier_schema == nullptr) return {};
  schema::ValidateOptions opts;
  opts.file = name;
  opts.lang = ctx.lang;
  auto found = schema::validate(*ctx.dossier_schema, root, opts);
  // Eligibility rules read typed values: they run only on a dossier whose shape is right.
  if (found.empty() && ctx.eligibility) {
    const calls::Call* call = ctx.call;
    if (call == nullptr)
      if (const tree::Node* appel = root.get("appel"); appel != nullptr && appel->kind == tree::Kind::String)
        call = calls::find_call(appel->text);
    if (call != nullptr) found = check_eligibility(*call, root, name, ctx);
  }
  // File order; for one position, the order the checks found them.
  std::stable_sort(found.begin(), found.end(), [](const diag::Diagnostic& a, const diag::Diagnostic& b) {
    return a.line != b.line ? a.line < b.line : a.col < b.col;
  });
  return found;
}

bool looks_like_review(const tree::Node& root) {
  return root.kind == tree::Kind::Object && root.get("evaluateur") != nullptr && root.get("niveaux") != nullptr &&
         root.get("appel") == nullptr && root.get("action") == nullptr;
}

diag::FileResult validate_bytes(std::string_view bytes, const std::string& name, const Context& ctx) {
  diag::FileResult r{name, {}};
  yaml::LoadResult loaded = yaml::load(bytes, name, ctx.lang);
  r.diagnostics = std::move(loaded.diags);
  if (!loaded.root) return r;
  if (ctx.recognise_reviews && looks_like_review(*loaded.root)) {  // a jury review: its own schema
    schema::ValidateOptions opts;
    opts.file = name;
    opts.lang = ctx.lang;
    for (auto& d : schema::validate(*score::builtin_review_schema(), *loaded.root, opts)) r.diagnostics.push_back(std::move(d));
    return r;
  }
  for (auto& d : validate_tree(*loaded.root, name, ctx)) r.diagnostics.push_back(std::move(d));
  return r;
}

diag::FileResult validate_file(const std::string& path, const Context& ctx) {
  io::Input in = io::read_input(path, ctx.lang);
  if (in.error) return diag::FileResult{path, {*in.error}};
  return validate_bytes(in.bytes, path, ctx);
}

std::shared_ptr<const schema::CompiledSchema> builtin_dossier_schema() {
  static const std::shared_ptr<const schema::CompiledSchema> compiled = [] {
    auto text = resources::find("dossier.schema.json");
    if (!text) throw std::logic_error("dossier.schema.json is not embedded");
    auto r = schema::compile_text(std::string(*text));
    if (!r.schema) throw std::logic_error("embedded dossier.schema.json does not compile: " + r.errors.front());
    return r.schema;
  }();
  return compiled;
}

} // namespace sieg::validate
