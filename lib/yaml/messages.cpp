#include "yaml/messages.hpp"

#include <cstring>

namespace sieg::yaml {

std::string syntax_message(const std::string& m, i18n::Lang lang) {
  // yaml-cpp's messages (yaml-cpp/exceptions.h, ErrorMsg); some end with a detail after ": ".
  static const struct {
    const char* en;
    const char* fr;
  } table[] = {
      {"end of map not found", "fin de table introuvable"},
      {"end of map flow not found", "accolade fermante « } » introuvable"},
      {"end of sequence not found", "fin de liste introuvable"},
      {"end of sequence flow not found", "crochet fermant « ] » introuvable"},
      {"illegal map value", "valeur de table mal placée (deux-points inattendu)"},
      {"illegal map key", "clé de table mal placée"},
      {"illegal block entry", "élément de liste « - » mal placé"},
      {"illegal flow end", "fermeture « ] » ou « } » inattendue"},
      {"illegal tab when looking for indentation", "tabulation dans l'indentation"},
      {"illegal EOF in scalar", "fin de fichier dans une valeur (guillemet non refermé ?)"},
      {"illegal character in scalar", "caractère interdit dans une valeur"},
      {"illegal document indicator in scalar", "marqueur de document (--- ou ...) dans une valeur"},
      {"unknown token", "élément inconnu"},
      {"unknown escape character: ", "séquence d'échappement inconnue : "},
      {"invalid unicode: ", "caractère Unicode invalide : "},
      {"bad character found while scanning hex number", "caractère invalide dans un nombre hexadécimal"},
      {"cannot assign multiple anchors to the same node", "plusieurs ancres sur un même nœud"},
      {"cannot assign multiple tags to the same node", "plusieurs étiquettes sur un même nœud"},
      {"alias not found after *", "nom d'alias manquant après *"},
      {"anchor not found after &", "nom d'ancre manquant après &"},
      {"the referenced anchor is not defined", "l'ancre référencée n'est pas définie"},
      {"unexpected character in block scalar", "caractère inattendu dans un bloc de texte"},
      {"cannot set zero indentation for a block scalar", "indentation nulle interdite pour un bloc de texte"},
  };
  std::string prefix = lang == i18n::Lang::Fr ? "syntaxe YAML : " : "YAML syntax: ";
  if (lang == i18n::Lang::En) return prefix + m;
  for (const auto& e : table) {
    std::size_t n = std::strlen(e.en);
    if (m.compare(0, n, e.en) == 0 && (m.size() == n || e.en[n - 1] == ' ')) return prefix + e.fr + m.substr(n);
  }
  return prefix + m;
}

} // namespace sieg::yaml
