#include <fmt/format.h>

#include "report/escape.hpp"
#include "report/render.hpp"
#include "report/words.hpp"
#include "values/display.hpp"

namespace sieg::report {

std::string render_reviewer(const ReviewerPage& r, const std::string& site_title, i18n::Lang l) {
  using i18n::pick;
  std::string out = fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", l == i18n::Lang::Fr ? "fr" : "en");
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"sieg\">\n";
  out += fmt::format("<title>{} — {}</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n", html(r.name), html(site_title));
  out += fmt::format("<nav><a href=\"index.html\">{}</a></nav>\n", html(pick({"← Classement", "← Ranking"}, l)));
  out += fmt::format("<header>\n<h1>{}</h1>\n<p class=\"call\">{}</p>\n</header>\n", html(r.name), html(r.organisation));
  std::string summary = fmt::format(fmt::runtime(pick({"{0} dossier(s) confié(s), {1} fait(s), {2} à faire.", "{0} dossier(s) given, {1} done, {2} to do."}, l)),
                                    r.dossiers.size(), r.done, r.dossiers.size() - static_cast<std::size_t>(r.done));
  if (!r.deadline.empty())
    summary += " " + fmt::format(fmt::runtime(pick({"Date limite : {0}.", "Deadline: {0}."}, l)), values::date_words(r.deadline, l));
  if (r.late) summary += " " + std::string(pick({"En retard.", "Late."}, l));
  out += "<p class=\"reviewer-summary\"" + std::string(r.late ? " data-late=\"true\"" : "") + ">" + html(summary) + "</p>\n";
  out += fmt::format("<table class=\"reviewer\">\n<tr><th>{}</th><th>{}</th></tr>\n", html(pick({"Dossier", "Dossier"}, l)),
                     html(pick({"Évaluation", "Review"}, l)));
  for (const auto& d : r.dossiers) {
    std::string name = d.title.empty() ? d.id : d.title;
    std::string cell = d.page.empty() ? html(name) : fmt::format("<a href=\"./{}\">{}</a>", html(d.page), html(name));
    std::string state = d.state == "done" ? pick({"faite", "done"}, l)
                        : d.state == "excluded" ? pick({"écartée (conflit d'intérêts)", "left out (conflict of interest)"}, l)
                        : d.state == "to_fix"   ? pick({"à corriger (sieg validate dit pourquoi)", "to fix (sieg validate says why)"}, l)
                                                : pick({"à faire", "to do"}, l);
    out += fmt::format("<tr data-dossier=\"{}\" data-state=\"{}\"><td>{}<br><span class=\"source\">{}</span></td><td>{}</td></tr>\n", html(d.id),
                       html(d.state), cell, html(d.id), html(state));
  }
  out += "</table>\n<footer>" + html(words::say(words::kGeneratedSite, l)) + "</footer>\n</body>\n</html>\n";
  return out;
}

} // namespace sieg::report
