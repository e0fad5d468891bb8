// CSV for scripts and for spreadsheets. Both follow the language: French uses ';' and a decimal comma
// (as LibreOffice and Excel expect in a French locale), English ',' and a decimal point; UTF-8, RFC 4180
// quoting, CRLF, one header row per file.
// - for scripts (the default): headers are stable ids (marker_id, total, place_beneficiaires...);
// - for spreadsheets (--excel): a UTF-8 byte-order mark (without it, Excel reads « numÃ©riques »),
//   headers in the output language (marker labels), and a cell that starts with = + - @ TAB or CR is
//   prefixed with ' so a spreadsheet never runs it as a formula. CSV for scripts is raw: the values as
//   they are, for programs (never open it in a spreadsheet: use --excel).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "i18n/lang.hpp"
#include "score/score.hpp"
#include "values/display.hpp"

namespace sieg::score {

struct CsvStyle {
  i18n::Lang lang = i18n::Lang::En;
  bool excel = false;

  char separator() const { return lang == i18n::Lang::Fr ? ';' : ','; }
  // The start of the file: the byte-order mark for spreadsheets.
  std::string start() const { return excel ? "\xEF\xBB\xBF" : ""; }
  // A header: the id for scripts, the label in the output language for spreadsheets.
  std::string header(const std::string& id, const i18n::Text& label) const {
    return excel ? std::string(i18n::pick(label, lang)) : id;
  }
  std::string marker_header(const std::string& id, const i18n::Localized& label) const { return excel ? label.get(lang) : id; }
  // A yes/no cell: true / false for scripts, « oui » / « non » (yes / no) for a spreadsheet.
  std::string flag(bool b) const { return excel ? values::yes_no(b, lang) : (b ? "true" : "false"); }
  // One row, quoted as needed.
  std::string row(const std::vector<std::string>& cells) const;
};

// A column per marker over several grids: every marker id once, in the order first met, with its label.
struct MarkerColumns {
  std::vector<std::string> ids;
  std::vector<i18n::Localized> labels;
  void add(const grids::Grid& g);
  std::size_t index(const std::string& id) const;  // ids.size() when absent
};

// The columns both tables (score, rank) share, from a dossier's aid to its score: aid_requested, source,
// reviews, reviewers, opinions, total, max, percent — headers and one dossier's cells.
std::vector<std::string> scoring_headers(const CsvStyle& style);
std::vector<std::string> scoring_cells(const Result& r, const CsvStyle& style);
// A column per marker: headers, and one dossier's levels (empty where its grid has no such marker).
void add_marker_headers(const MarkerColumns& m, const CsvStyle& style, std::vector<std::string>& head);
void add_marker_cells(const MarkerColumns& m, const Result& r, const CsvStyle& style, std::vector<std::string>& cells);

// "jury", "self" or "none": where a total comes from, as scripts read it.
const char* source_id(const Result& r);
// The same in a cell: the id for scripts, words for a spreadsheet (« jury », « auto-évaluation », « aucun »).
std::string source_cell(const Result& r, const CsvStyle& style);

// The officer's columns for a dossier: aid requested (euros, two decimals), the reviewers kept, their
// opinions (" / " between them, in the same order).
std::string aid_cell(const DossierInput& d, bool french);
// An amount in a cell: euros with two decimals, without separators ("30000,00" in French).
std::string cents_cell(std::int64_t cents, bool french);
std::string reviewers_cell(const Result& r);
std::string opinions_cell(const Result& r, const CsvStyle& style);

} // namespace sieg::score
