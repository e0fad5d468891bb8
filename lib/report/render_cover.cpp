#include <fmt/format.h>

#include "report/escape.hpp"
#include "report/render.hpp"
#include "values/display.hpp"

namespace sieg::report {

std::string render_cover(const CoverPage& c, i18n::Lang l) {
  using i18n::pick;
  auto say = [&](const i18n::Text& t) { return std::string(pick(t, l)); };
  std::string out = fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", l == i18n::Lang::Fr ? "fr" : "en");
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"sieg\">\n";
  out += fmt::format("<title>{} — {}</title>\n<style>\n{}</style>\n</head>\n<body class=\"cover\">\n",
                     html(say({"Dossiers à évaluer", "Dossiers to review"})), html(c.reviewer), stylesheet());
  out += "<header>\n";
  for (const auto& call : c.calls) out += "<p class=\"call\">" + html(call) + "</p>\n";
  out += fmt::format("<h1>{}</h1>\n<p class=\"meta\"><span><strong>{}</strong></span>", html(say({"Dossiers à évaluer", "Dossiers to review"})),
                     html(c.reviewer));
  if (!c.organisation.empty()) out += "<span>" + html(c.organisation) + "</span>";
  out += "</p>\n</header>\n";
  int to_do = 0;
  for (const auto& d : c.dossiers) to_do += d.state == "to_do" || d.state == "to_fix" ? 1 : 0;
  std::string lead = fmt::format(fmt::runtime(pick({"{0} dossier(s) vous sont confiés, {1} à évaluer.", "{0} dossier(s) are given to you, {1} to review."}, l)),
                                 c.dossiers.size(), to_do);
  out += "<p class=\"lead\">" + html(lead) + "</p>\n";
  if (!c.deadline.empty())
    out += "<p class=\"deadline\"><strong>" +
           html(fmt::format(fmt::runtime(pick({"À rendre au plus tard le {0}.", "To send back by {0}."}, l)), values::date_words(c.deadline, l))) +
           "</strong></p>\n";
  out += fmt::format("<table class=\"cover\">\n<tr><th>{}</th><th>{}</th><th>{}</th></tr>\n", html(say({"Dossier", "Dossier"})),
                     html(say({"À lire", "To read"})), html(say({"À remplir", "To fill in"})));
  for (const auto& d : c.dossiers) {
    std::string state = d.state == "done"       ? say({"faite", "done"})
                        : d.state == "excluded" ? say({"écartée (conflit d'intérêts)", "left out (conflict of interest)"})
                        : d.state == "to_fix"   ? say({"à corriger : l'agent instructeur vous dira quoi", "to fix: the officer will tell you what"})
                                                : "";
    std::string fill = state;
    if (!d.form.empty())
      fill = fmt::format("<a href=\"{0}\">{0}</a><br><span class=\"source\">{1} {2}</span>", html(d.form), html(say({"ou le fichier", "or the file"})),
                         html(d.review)) +
             (state.empty() ? "" : "<br>" + html(state));
    else
      fill = html(state);
    out += fmt::format("<tr><td>{}<br><span class=\"source\">{}</span></td><td>{}</td><td>{}</td></tr>\n", html(d.title.empty() ? d.id : d.title),
                       html(d.id), html(d.report), fill);
  }
  out += "</table>\n";
  out += "<h2>" + html(say({"Comment faire", "How to"})) + "</h2>\n<ol>\n";
  out += "<li>" + html(say({"Lisez le rapport de chaque dossier : le projet tel que le porteur l'a présenté, sa note d'auto-évaluation et "
                             "les règles de l'appel. Les notes des autres membres du jury n'y figurent pas.",
                             "Read each dossier's report: the project as its carrier presented it, its self-assessment and the call's "
                             "rules. The other jurors' levels are not in it."})) +
         "</li>\n";
  out += "<li>" + html(say({"Ouvrez le formulaire d'évaluation du dossier dans un navigateur (sans connexion) : un niveau par repère, "
                             "votre avis, la déclaration de conflit d'intérêts ; le bouton « Télécharger » donne le fichier à renvoyer.",
                             "Open the dossier's review form in a browser (no connection needed): a level per marker, your opinion, "
                             "the conflict-of-interest statement; the « Download » button gives the file to send back."})) +
         "</li>\n";
  out += "<li>" + html(say({"Si vous êtes lié au porteur ou à un partenaire, dites-le dans l'évaluation : elle sera écartée de la note.",
                             "If you are linked to the carrier or a partner, say so in the review: it will be left out of the score."})) +
         "</li>\n";
  out += "<li>" + html(say({"Renvoyez les fichiers d'évaluation (.yaml) à l'agent instructeur.", "Send the review files (.yaml) back to the officer."})) +
         "</li>\n</ol>\n";
  out += "<footer>" + html(say({"Produit par sieg à partir des dossiers et de la composition du jury du dépôt.",
                                 "Made by sieg from the repository's dossiers and jury."})) +
         "</footer>\n</body>\n</html>\n";
  return out;
}

} // namespace sieg::report
