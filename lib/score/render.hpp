// Renderings of scores: one dossier in detail, or a table of several; text, Markdown, CSV, JSON.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "i18n/lang.hpp"
#include "score/csv.hpp"
#include "score/score.hpp"

namespace sieg::score {

std::string render_text(const Result& r, i18n::Lang lang);
std::string render_markdown(const Result& r, i18n::Lang lang);
// CSV (score/csv.hpp: for scripts or spreadsheets), one row per marker.
std::string render_csv(const Result& r, const CsvStyle& style);
std::string render_json(const Result& r);
// The JSON value of one result (render_json prints it; reports embed it).
nlohmann::ordered_json result_json(const Result& r);

// Several dossiers: one row each, per-marker levels in CSV; reviewers' leniency below the table.
std::string render_table_text(const std::vector<Result>& rs, i18n::Lang lang);
std::string render_table_markdown(const std::vector<Result>& rs, i18n::Lang lang);
std::string render_table_csv(const std::vector<Result>& rs, const CsvStyle& style);
std::string render_table_json(const std::vector<Result>& rs);

// Shared by the renderers.
std::string percent_text(const Result& r, bool french);    // "70.4" ("70,4")
std::string source_text(const Result& r, i18n::Lang lang);  // "jury (3)", "auto-évaluation", "—"
std::string csv_field(const std::string& s, char sep);

} // namespace sieg::score
