#include "grid_option.hpp"

#include <fmt/format.h>

#include "diag/render.hpp"
#include "io/read.hpp"
#include "output.hpp"
#include "schema/suggest.hpp"

namespace sieg::cmd {

std::vector<const grids::Grid*> grids_in_force(const pipeline::Repository* repo, std::vector<const grids::Grid*>* own) {
  std::vector<const grids::Grid*> out;
  for (const auto& x : grids::builtin_grids()) out.push_back(&x);
  if (repo == nullptr) return out;
  auto add = [&](const grids::Grid* x) {
    for (const grids::Grid* y : out)
      if (y->id == x->id) return;
    out.push_back(x);
    if (own != nullptr) own->push_back(x);
  };
  if (repo->grid && grids::find_grid(repo->grid->id) == nullptr) add(repo->grid.get());
  for (const auto& [call, x] : repo->own_grids) add(x.get());
  return out;
}

std::optional<grids::Grid> load_grid_option(const std::string& value, const Globals& g, const char* what,
                                            const pipeline::Repository* repo) {
  for (const grids::Grid* x : grids_in_force(repo))
    if (x->id == value) return *x;
  io::Input in = io::read_input(value, g.lang);
  if (in.error) {
    if (in.error->code == "SIEG-IO01") {
      std::vector<std::string> ids;
      for (const grids::Grid* x : grids_in_force(repo)) ids.push_back(x->id);
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
