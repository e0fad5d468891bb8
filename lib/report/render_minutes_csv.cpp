// The minutes for the finance team (sieg report --minutes DIR -o decisions.csv, --excel): one row per
// dossier with its carrier, SIRET, decision, the aid asked and granted and each instalment of its call's
// payment schedule with what triggers it; then the totals, and the envelope with what is left of it.
#include <algorithm>

#include "report/minutes.hpp"
#include "score/csv.hpp"
#include <fmt/format.h>

#include "values/money.hpp"

namespace sieg::report {
namespace {

std::string euros(std::optional<values::Cents> c, bool french) { return c ? score::cents_cell(*c, french) : ""; }

} // namespace

std::string render_minutes_csv(const Minutes& m, const score::CsvStyle& st) {
  const bool fr = st.lang == i18n::Lang::Fr;
  std::size_t instalments = 0;
  for (const auto& g : m.grids)
    for (const auto& e : g.entries) instalments = std::max(instalments, e.schedule.size());
  std::vector<std::string> head{st.header("dossier", {"dossier", "dossier"}),
                                st.header("title", {"intitulé", "title"}),
                                st.header("carrier", {"porteur", "carrier"}),
                                st.header("siret", {"SIRET", "SIRET"}),
                                st.header("decision", {"décision", "decision"}),
                                st.header("aid_requested", {"aide demandée", "aid requested"}),
                                st.header("aid_granted", {"montant accordé", "amount granted"})};
  for (std::size_t k = 1; k <= instalments; ++k) {
    head.push_back(st.excel ? fmt::format(fmt::runtime(i18n::pick({"versement {0}", "instalment {0}"}, st.lang)), k)
                            : fmt::format("instalment_{}", k));
    head.push_back(st.excel ? fmt::format(fmt::runtime(i18n::pick({"versement {0} : échéance", "instalment {0}: when"}, st.lang)), k)
                            : fmt::format("instalment_{}_when", k));
  }
  std::string out = st.start() + st.row(head);
  values::Cents asked_total = 0, granted_total = 0;
  std::vector<values::Cents> parts(instalments, 0);
  for (const auto& g : m.grids)
    for (const auto& e : g.entries) {
      const score::DossierInput& d = e.entry.result.dossier;
      std::optional<values::Cents> granted;
      std::string decision;
      if (e.decision) {
        decision = st.excel ? decision::outcome_label(e.decision->outcome, st.lang) : decision::outcome_key(e.decision->outcome);
        if (e.decision->outcome == decision::Outcome::Retained) granted = e.decision->granted;
      }
      std::vector<std::string> c{d.id, d.title, d.carrier, d.siret, decision, euros(d.aid, fr), euros(granted, fr)};
      for (std::size_t k = 0; k < instalments; ++k) {
        if (k < e.schedule.size()) {
          const Instalment& in = e.schedule[k];
          c.push_back(euros(in.cents, fr));
          c.push_back(fmt::format("{}{} {}", in.percent, fr ? "\u202f%" : "%", in.when));
          parts[k] += in.cents;
        } else {
          c.push_back("");
          c.push_back("");
        }
      }
      if (d.aid) asked_total += *d.aid;
      if (granted) granted_total += *granted;
      out += st.row(c);
    }
  std::vector<std::string> total{st.excel ? i18n::pick({"Total", "Total"}, st.lang) : "total", "", "", "", "",
                                 euros(asked_total, fr), euros(granted_total, fr)};
  for (std::size_t k = 0; k < instalments; ++k) {
    total.push_back(euros(parts[k], fr));
    total.push_back("");
  }
  out += st.row(total);
  if (m.envelope) {  // the envelope, then what is left of it, in the column of the amounts granted
    auto line = [&](const i18n::Text& label, const char* id, values::Cents amount) {
      std::vector<std::string> row{st.excel ? std::string(i18n::pick(label, st.lang)) : id, "", "", "", "", "", euros(amount, fr)};
      row.resize(head.size());
      out += st.row(row);
    };
    line({"Enveloppe", "Envelope"}, "envelope", *m.envelope);
    line({"Reste de l'enveloppe", "Envelope left"}, "envelope_left", *m.envelope - granted_total);
  }
  return out;
}

} // namespace sieg::report
