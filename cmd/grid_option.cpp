#include "grid_option.hpp"

#include <fmt/format.h>

#include "diag/render.hpp"
#include "io/read.hpp"
#include "output.hpp"
#include "schema/suggest.hpp"

namespace sieg::cmd {

std::optional<grids::Grid> load_grid_option(const std::string& value, const Globals& g, const char* what) {
  if (const grids::Grid* b = grids::find_grid(value)) return *b;
  io::Input in = io::read_input(value, g.lang);
  if (in.error) {
    if (in.error->code == "SIEG-IO01") {
      std::vector<std::string> ids;
      for (const auto& x : grids::builtin_grids()) ids.push_back(x.id);
      std::string msg = fmt::format(fmt::runtime(i18n::pick({"sieg : erreur : {2} : ni une grille connue ({1}) ni un fichier : {0}\n",
                                                             "sieg: error: {2}: neither a known grid ({1}) nor a file: {0}\n"},
                                                            g.lang)),
                                    value, fmt::join(ids, ", "), what);
      if (auto near = schema::closest(value, ids))
        msg += fmt::format(fmt::runtime(i18n::pick({"  = aide : vouliez-vous dire « {0} » ?\n", "  = help: did you mean '{0}'?\n"}, g.lang)),
                           *near);
      write(stderr, msg);
    } else {
      write(stderr, diag::render_text(*in.error, g.lang, false));
    }
    return std::nullopt;
  }
  auto loaded = grids::load_grid(in.bytes, value, g.lang);
  for (const auto& d : loaded.diags) write(stderr, diag::render_text(d, g.lang, false));
  return loaded.grid;
}

} // namespace sieg::cmd
