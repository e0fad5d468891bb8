// Comparing two organisations' names as an officer would, to find conflicts of interest: the same
// organisation written differently, or one that is plainly part of the other.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace sieg::text {

// The distinctive words of an organisation's name: folded (fold()), split on anything that is not a
// letter or digit, without the words that say what kind of body it is rather than which one — legal
// forms (SAS, SCOP, SCIC, association...), generic words of public bodies (communauté d'agglomération,
// commune, conseil départemental...) and small words (de, du, la, l'...). "Communauté d'agglomération du
// Grand Périgueux" -> {"grand", "perigueux"}. Sorted, without repeats.
std::vector<std::string> distinctive_words(std::string_view name);

enum class OrgMatch { None, Possible, Same };

// Same: equal once folded, spaces and punctuation aside ("SCOP Bâti-Sud" / "scop bati sud").
// Possible: not the same, but one's distinctive words are all among the other's ("Grand Périgueux" /
// "Communauté d'agglomération du Grand Périgueux"; "Emmaüs" / "Emmaüs Connect"), and the shared words
// name the body, not only its territory: « Région Aquitaine » and « France Active Aquitaine » share a
// region's name only (None), « Région Aquitaine » and « Conseil régional d'Aquitaine » are named by it
// alone (Possible). None otherwise, and whenever either name has no distinctive word ("Association"
// alone says nothing).
OrgMatch match_organisations(std::string_view a, std::string_view b);

} // namespace sieg::text
