// Folding text to compare names as a person would: case, accents and compatibility forms aside, in
// every script (libutf8proc: NFKD, marks stripped, case folded), and the slug of a name for a file.
#pragma once
#include <string>
#include <string_view>

namespace sieg::text {

// "Œuvre Sociale", "ŒUVRE SOCIALE", "oeuvre sociale" -> "oeuvre sociale"; "Straße" -> "strasse";
// "Ελληνικά" -> "ελληνικα"; "МОСКВА" -> "москва"; "ﬁ" -> "fi". Invalid UTF-8 is kept byte for byte
// (lower-cased where ASCII). Letters that Unicode does not decompose but a French reader spells with two
// (œ, æ) or reads without the stroke (ø, ł, đ) are spelt out.
std::string fold(std::string_view s);

// French « de » before a name, elided before a vowel: « de Paul Martin », « d'Anne Roussel », « d'Émile ».
std::string de_name(std::string_view name);

// The key two people's or organisations' names are compared on: fold(), then only letters and digits
// ("Anne-Marie  Dupont" == "anne marie dupont" == "AnneMarie Dupont"). Letters of other scripts are kept
// (as their folded UTF-8 bytes), so two names in Greek never share the empty key.
std::string name_key(std::string_view name);

// A file name for a dossier titled `name`: folded, ASCII letters and digits, words joined by '-', at
// most 80 characters ("Mon Projet Solidaire" -> "mon-projet-solidaire", "Répar'Café" -> "repar-cafe").
// Empty when nothing of the name is ASCII once folded (a title in another script).
std::string slug(std::string_view name);

} // namespace sieg::text
