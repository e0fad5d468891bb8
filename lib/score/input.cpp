// The typed view of a dossier that scoring needs: id, title, call, carrier, partners, self-assessments.
#include "score/score.hpp"
#include "values/money.hpp"

#include "schema/suggest.hpp"

namespace sieg::score {
namespace {

std::string text(const tree::Node* n) { return n != nullptr && n->kind == tree::Kind::String ? n->text : ""; }

std::string stem(const std::string& file) {
  std::string base = file.substr(file.find_last_of('/') == std::string::npos ? 0 : file.find_last_of('/') + 1);
  for (const char* ext : {".yaml", ".yml"}) {
    std::string e = ext;
    if (base.size() > e.size() && base.compare(base.size() - e.size(), e.size(), e) == 0)
      return base.substr(0, base.size() - e.size());
  }
  return base;
}

} // namespace

DossierInput dossier_input(const tree::Node& root, const std::string& file) {
  DossierInput d;
  d.file = file;
  d.id = stem(file);
  if (const tree::Node* a = root.get("action")) d.title = text(a->get("intitule"));
  d.call = text(root.get("appel"));
  if (const tree::Node* p = root.get("porteur")) {
    d.carrier = text(p->get("nom"));
    d.siret = text(p->get("siret"));
  }
  if (const tree::Node* ps = root.get("partenaires"))
    for (const auto& p : ps->items) d.partners.push_back(text(p.get("nom")));
  d.self = self_assessments(root);
  if (const tree::Node* b = root.get("budget"))
    if (const tree::Node* a = b->get("aide_demandee")) d.aid = values::to_cents(*a);
  return d;
}

} // namespace sieg::score
