// sieg validate FILE...: shape of each dossier, with compiler-style diagnostics.
#include <memory>
#include <set>

#include <fmt/format.h>

#include "calls/dossier_schema.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "diag/render.hpp"
#include "io/read.hpp"
#include "output.hpp"
#include "values/date.hpp"
#include "pipeline/evaluate.hpp"
#include "schema/builtin.hpp"

namespace sieg::cmd {
namespace {

struct Options {
  std::vector<std::string> files;
  std::string format = "text";
  std::string schema_path;
  std::string call;  // an id of a built-in call, or a call file
  std::string date;
  bool shape_only = false;
  bool quiet = false;
  std::size_t max_errors = 50;
};

int run_validate(const Options& o, const Globals& g) {
  std::shared_ptr<const schema::CompiledSchema> schema;
  if (o.schema_path.empty()) {
    schema = schema::builtin_dossier_schema();
  } else {
    io::Input in = io::read_input(o.schema_path, g.lang);
    if (in.error) {
      write(stderr, diag::render_text(*in.error, g.lang, false));
      return kExitUsage;
    }
    auto compiled = schema::compile_text(in.bytes);
    if (!compiled.schema) {
      for (const auto& e : compiled.errors) write(stderr, fmt::format("sieg: {}: {}\n", o.schema_path, e));
      return kExitUsage;
    }
    schema = compiled.schema;
  }
  pipeline::Options po = pipeline_options(g);
  po.max_diagnostics = o.max_errors;
  po.schema = o.schema_path.empty() ? nullptr : schema.get();  // with --schema, every file is checked against it
  po.eligibility = !o.shape_only;
  std::optional<CallChoice> forced;
  std::shared_ptr<const schema::CompiledSchema> forced_schema;
  if (!o.call.empty()) {
    auto here = open_repo(".", g, "");
    if (!here) return kExitUsage;
    forced = call_option(o.call, *here, g);
    if (!forced) return kExitUsage;
    po.call = forced->call.get();
    if (po.schema == nullptr && here->find_call(forced->call->id) != forced->call.get()) {
      // A call file of its own: the dossiers answer its questions, and name it in `appel`.
      std::vector<const calls::Call*> with = {forced->call.get()};
      for (const auto& c : here->own_calls) with.push_back(c.get());
      forced_schema = schema::compile_text(calls::dossier_schema_text(with)).schema;
      po.call_schema = forced_schema.get();
      po.grid = forced->grid.get();  // its grid (maybe a file beside it): self-assessments are checked on it
    }
  }
  bool date_ok = true;
  po.date = date_option(o.date, g, date_ok);
  if (!date_ok) return kExitUsage;
  if (!g.config_file.empty() && !open_repo(".", g, "")) return kExitUsage;

  // Each file in the repository it belongs to: the nearest sieg.toml up from its folder.
  pipeline::Repositories repos(settings_of(g, ""), g.lang);
  std::vector<diag::FileResult> results;
  std::vector<diag::Diagnostic> all;
  std::set<std::string> configs;
  int stdin_uses = 0;
  for (const auto& f : o.files) {
    if (f == "-" && ++stdin_uses > 1) continue;  // standard input can be read once
    std::vector<diag::Diagnostic> config_diags;
    auto repo = repos.for_file(f, config_diags);
    print_diags(config_diags, g);
    if (!repo) return kExitUsage;
    if (auto c = repo->config_file()) configs.insert(*c);
    pipeline::Evaluation e;
    if (f == "-") {
      io::Input in = io::read_input(f, g.lang);
      if (in.error) e.diags.push_back(*in.error);
      else e = pipeline::evaluate_file_bytes(in.bytes, f, *repo, po);
    } else {
      e = pipeline::evaluate_file(f, *repo, po);
    }
    results.push_back({f, e.diags, std::nullopt, e.hidden});
    if (e.kind == pipeline::Kind::Dossier && e.shape_ok && !o.shape_only) results.back().eligible = e.eligible;
    all.insert(all.end(), e.diags.begin(), e.diags.end());
  }
  diag::Counts c = diag::count(all);
  for (const auto& r : results) c.add(r.hidden);
  if (o.format == "json") {
    write(stdout, diag::render_json(results));
  } else {
    bool colour = use_colour(g.color, stdout);
    std::string out;
    for (const auto& r : results) {
      for (const auto& d : r.diagnostics)
        if (!o.quiet || d.severity == diag::Severity::Error) out += diag::render_text(d, g.lang, colour);
      out += diag::render_more(r.file, r.hidden, g.lang);
    }
    if (!o.quiet) {
      out += diag::render_summary(static_cast<int>(results.size()), c, g.lang, colour);
      for (const auto& cf : configs) out += config_note(cf, g.lang);
    }
    write(stdout, out);
  }
  return exit_code(c);
}

} // namespace

Command validate_command() {
  Command c;
  c.name = "validate";
  c.summary = {"vérifie la forme et l'éligibilité de dossiers", "check the shape and eligibility of dossiers"};
  c.setup = [](CLI::App& app, i18n::Lang lang) {
    auto o = std::make_shared<Options>();
    app.add_option("files", o->files,
                   i18n::pick({"dossiers YAML (ou évaluations du jury) à vérifier ; « - » lit l'entrée standard",
                               "YAML dossiers (or jury reviews) to check; '-' reads standard input"},
                              lang))
        ->required()
        ->type_name("FILE");
    app.add_option("--format", o->format,
                   i18n::pick({"sortie : text (diagnostics façon compilateur) ou json",
                               "output: text (compiler-style diagnostics) or json"},
                              lang))
        ->check(CLI::IsMember({"text", "json"}));
    app.add_option("--call", o->call,
                   i18n::pick({"appliquer les règles de cet appel (identifiant, ou fichier d'appel) au lieu de celui "
                               "que nomme le dossier",
                               "apply the rules of this call (an id, or a call file) instead of the one the dossier names"},
                              lang))
        ->type_name("ID|PATH");
    add_date_option(app, o->date, lang);
    add_quiet_option(app, o->quiet, lang);
    add_max_errors_option(app, o->max_errors, lang);
    app.add_flag("--shape-only", o->shape_only,
                 i18n::pick({"vérifier seulement la forme (schéma), pas l'éligibilité",
                             "check only the shape (schema), not eligibility"},
                            lang));
    app.add_option("--schema", o->schema_path,
                   i18n::pick({"schéma JSON à utiliser au lieu de celui intégré à sieg",
                               "JSON Schema to use instead of the one built into sieg"},
                              lang))
        ->type_name("PATH");
    app.footer(i18n::pick(
        {"Vérifie la forme (schéma JSON), puis les règles d'éligibilité de l'appel (voir sieg calls).\n"
         "Codes de sortie : 0 aucun dossier en erreur (avertissements permis), 1 au moins une erreur dans un "
         "dossier,\n2 usage ou E/S (fichier introuvable, dossier, illisible, boucle de liens...).\n"
         "Limite : 4 Mio par fichier. Voir man sieg-validate et man 5 sieg-dossier.",
         "Checks the shape (JSON Schema), then the call's eligibility rules (see sieg calls).\n"
         "Exit codes: 0 no dossier in error (warnings allowed), 1 an error in at least one dossier,\n"
         "2 usage or I/O (missing file, directory, unreadable, symlink loop...).\n"
         "Limit: 4 MiB per file. See man sieg-validate and man 5 sieg-dossier."},
        lang));
    return std::function<int(const Globals&)>([o](const Globals& g) { return run_validate(*o, g); });
  };
  return c;
}

} // namespace sieg::cmd
