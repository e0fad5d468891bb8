// The shape check of one dossier: bytes -> guarded loader -> schema -> diagnostics in file order.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "diag/render.hpp"
#include "i18n/lang.hpp"
#include "schema/schema.hpp"

namespace sieg::validate {

struct Context {
  i18n::Lang lang = i18n::Lang::Fr;
  const schema::CompiledSchema* dossier_schema = nullptr;
};

// Reads and checks `path` ("-" = standard input).
diag::FileResult validate_file(const std::string& path, const Context& ctx);

// Checks bytes already read; `name` is how diagnostics name the file.
diag::FileResult validate_bytes(std::string_view bytes, const std::string& name, const Context& ctx);

// schemas/dossier.schema.json as embedded in the binary, compiled once.
std::shared_ptr<const schema::CompiledSchema> builtin_dossier_schema();

} // namespace sieg::validate
