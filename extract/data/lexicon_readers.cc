// LexiconBuilder's readers, one per lexicon file: each checks a row's
// columns and turns it into a record. README.md in extract/lexicon/ is the
// user's side of these rules; keep the two in step.
#include <algorithm>
#include <cctype>
#include <utility>

#include "absl/strings/numbers.h"
#include "extract/data/lexicon_builder.h"
#include "extract/text/surface_fold.h"

namespace kg {
namespace {

const std::vector<std::string_view> kOrganizationKinds = {
    "company", "government", "media", "other"};
const std::vector<std::string_view> kSpacecraftKinds = {
    "station",   "module", "rover",   "lander",
    "satellite", "rocket", "capsule", "other"};
const std::vector<std::string_view> kPlaceKinds = {
    "launch_site", "space_center", "city", "region", "sea", "celestial"};
const std::vector<std::string_view> kRoles = {"astronaut", "cosmonaut"};
const std::vector<std::string_view> kGovernment = {"yes", "no", "either"};

bool Has(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

bool LexiconBuilder::ReadNames(std::string_view file, const TsvRow& row,
                               EntryType type, Entry* e) {
  e->type = type;
  e->source = At(file, row);
  if (row.fields[0].find('|') != std::string::npos) {
    Error(e->source,
          "the canonical column holds one name; other names go in aliases");
    return false;
  }
  if (!AddForms(row.fields[0], FormKind::kCanonical, e)) return false;
  if (e->forms.empty()) {
    Error(e->source, "empty canonical name");
    return false;
  }
  e->name = e->forms[0].text;
  return AddForms(row.fields[1], FormKind::kAlias, e);
}

void LexiconBuilder::ReadCountries(std::string_view text) {
  constexpr std::string_view kFile = "countries.tsv";
  for (const TsvRow& row :
       ReadTsvRows(kFile, text, {"canonical", "aliases", "demonyms", "capital"},
                   &errors_)) {
    Entry e;
    e.labels = {"Country"};
    if (!ReadNames(kFile, row, EntryType::kCountry, &e) ||
        !AddForms(row.fields[2], FormKind::kDemonym, &e) ||
        !AddForms(row.fields[3], FormKind::kCapital, &e)) {
      continue;
    }
    AddEntry(std::move(e));
  }
}

void LexiconBuilder::ReadAgencies(std::string_view text) {
  constexpr std::string_view kFile = "agencies.tsv";
  for (const TsvRow& row :
       ReadTsvRows(kFile, text, {"canonical", "aliases", "country", "labels"},
                   &errors_)) {
    Entry e;
    if (!ReadNames(kFile, row, EntryType::kAgency, &e) ||
        !ParseLabels(e.source, row.fields[3], &e.labels)) {
      continue;
    }
    if (!Has(e.labels, "Organization") || !Has(e.labels, "Agency")) {
      Error(e.source, "an agency's labels must include Organization;Agency");
      continue;
    }
    e.country = row.fields[2];
    AddEntry(std::move(e));
  }
}

void LexiconBuilder::ReadOrganizations(std::string_view text) {
  constexpr std::string_view kFile = "organizations.tsv";
  for (const TsvRow& row :
       ReadTsvRows(kFile, text, {"canonical", "aliases", "kind", "country"},
                   &errors_)) {
    Entry e;
    e.labels = {"Organization"};
    if (!ReadNames(kFile, row, EntryType::kOrganization, &e) ||
        !CheckOneOf(e.source, "kind", row.fields[2], kOrganizationKinds)) {
      continue;
    }
    e.kind = row.fields[2];
    e.country = row.fields[3];
    AddEntry(std::move(e));
  }
}

void LexiconBuilder::ReadSpacecraft(std::string_view text) {
  constexpr std::string_view kFile = "spacecraft.tsv";
  for (const TsvRow& row : ReadTsvRows(
           kFile, text,
           {"canonical", "aliases", "kind", "operator", "family", "since"},
           &errors_)) {
    Entry e;
    e.labels = {"Spacecraft"};
    if (!ReadNames(kFile, row, EntryType::kSpacecraft, &e) ||
        !CheckOneOf(e.source, "kind", row.fields[2], kSpacecraftKinds)) {
      continue;
    }
    e.kind = row.fields[2];
    e.operators = SplitField(row.fields[3], '|');
    e.family = row.fields[4];
    if (!row.fields[5].empty() && (!absl::SimpleAtoi(row.fields[5], &e.since) ||
                                   e.since < 1900 || e.since > 2100)) {
      Error(e.source, "since '" + row.fields[5] + "' is not a year");
      continue;
    }
    AddEntry(std::move(e));
  }
}

void LexiconBuilder::ReadPlaces(std::string_view text) {
  constexpr std::string_view kFile = "places.tsv";
  for (const TsvRow& row :
       ReadTsvRows(kFile, text,
                   {"canonical", "aliases", "kind", "located_in", "operator"},
                   &errors_)) {
    Entry e;
    e.labels = {"Place"};
    if (!ReadNames(kFile, row, EntryType::kPlace, &e) ||
        !CheckOneOf(e.source, "kind", row.fields[2], kPlaceKinds)) {
      continue;
    }
    e.kind = row.fields[2];
    e.located_in = row.fields[3];
    e.operators = SplitField(row.fields[4], '|');
    AddEntry(std::move(e));
  }
}

void LexiconBuilder::ReadTitles(std::string_view text) {
  constexpr std::string_view kFile = "titles.tsv";
  for (const TsvRow& row : ReadTsvRows(
           kFile, text, {"phrase", "labels", "role", "government"}, &errors_)) {
    Title t;
    t.source = At(kFile, row);
    t.phrase = row.fields[0];
    if (SurfaceKey(t.phrase).empty()) {
      Error(t.source, "empty phrase");
      continue;
    }
    if (!ParseLabels(t.source, row.fields[1], &t.labels) ||
        !CheckOneOf(t.source, "government", row.fields[3], kGovernment)) {
      continue;
    }
    if (!Has(t.labels, "Person")) {
      Error(t.source, "a title's labels must include Person");
      continue;
    }
    t.role = row.fields[2];
    if (Has(t.labels, "Astronaut")) {
      if (!CheckOneOf(t.source, "role", t.role, kRoles)) continue;
    } else if (!t.role.empty()) {
      Error(t.source, "a role is given only with the Astronaut label");
      continue;
    }
    t.government = row.fields[3] == "yes"  ? Title::Government::kYes
                   : row.fields[3] == "no" ? Title::Government::kNo
                                           : Title::Government::kEither;
    auto [it, added] = lexicon_.titles_by_key_.try_emplace(
        SurfaceKey(t.phrase), static_cast<uint32_t>(lexicon_.titles_.size()));
    if (!added) {
      Error(t.source, Cat("title \"", t.phrase, "\" is already listed at ",
                          lexicon_.titles_[it->second].source.ToString()));
      continue;
    }
    lexicon_.max_form_words_ =
        std::max(lexicon_.max_form_words_,
                 static_cast<size_t>(
                     std::count(it->first.begin(), it->first.end(), ' ') + 1));
    lexicon_.titles_.push_back(std::move(t));
  }
}

void LexiconBuilder::ReadHonorifics(std::string_view text) {
  constexpr std::string_view kFile = "honorifics.tsv";
  for (const TsvRow& row : ReadTsvRows(
           kFile, text, {"honorific", "expansion", "labels"}, &errors_)) {
    Honorific h;
    h.source = At(kFile, row);
    h.form = row.fields[0];
    h.expansion = row.fields[1];
    if (h.form.empty()) {
      Error(h.source, "empty honorific");
      continue;
    }
    if (!ParseLabels(h.source, row.fields[2], &h.labels)) continue;
    if (!Has(h.labels, "Person")) {
      Error(h.source, "an honorific's labels must include Person");
      continue;
    }
    auto [it, added] = lexicon_.honorifics_by_form_.try_emplace(
        h.form, static_cast<uint32_t>(lexicon_.honorifics_.size()));
    if (!added) {
      Error(h.source, Cat("honorific \"", h.form, "\" is already listed at ",
                          lexicon_.honorifics_[it->second].source.ToString()));
      continue;
    }
    lexicon_.honorifics_.push_back(std::move(h));
  }
}

void LexiconBuilder::ReadAbbreviations(std::string_view text) {
  constexpr std::string_view kFile = "abbreviations.txt";
  for (const TsvRow& row : ReadListRows(kFile, text, &errors_)) {
    LexiconSource at = At(kFile, row);
    const std::string& a = row.fields[0];
    if (a.size() < 2 || a.back() != '.' ||
        a.find_first_of(" \t") != std::string::npos) {
      Error(at, Cat("\"", a,
                    "\" is not an abbreviation: one word ending "
                    "in '.'"));
      continue;
    }
    auto [it, added] = lexicon_.abbreviation_set_.try_emplace(
        a, static_cast<uint32_t>(row.line));
    if (!added) {
      Error(at,
            Cat("\"", a, "\" is already listed at ", kFile, ":", it->second));
      continue;
    }
    lexicon_.abbreviations_.push_back(a);
  }
}

void LexiconBuilder::ReadSentenceStarters(std::string_view text) {
  constexpr std::string_view kFile = "sentence_starters.txt";
  for (const TsvRow& row : ReadListRows(kFile, text, &errors_)) {
    LexiconSource at = At(kFile, row);
    const std::string& w = row.fields[0];
    if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0])) ||
        w.find_first_of(" \t.") != std::string::npos) {
      Error(at,
            Cat("\"", w, "\" is not a sentence starter: one capitalised word"));
      continue;
    }
    auto [it, added] = lexicon_.sentence_starters_.try_emplace(
        w, static_cast<uint32_t>(row.line));
    if (!added) {
      Error(at,
            Cat("\"", w, "\" is already listed at ", kFile, ":", it->second));
    }
  }
}

void LexiconBuilder::ReadOutletWords(std::string_view text) {
  constexpr std::string_view kFile = "outlet_words.txt";
  for (const TsvRow& row : ReadListRows(kFile, text, &errors_)) {
    LexiconSource at = At(kFile, row);
    const std::string& w = row.fields[0];
    const bool domain = w.size() > 1 && w[0] == '.';
    if (w.empty() || w.find_first_of(" \t") != std::string::npos ||
        (!domain && !std::isupper(static_cast<unsigned char>(w[0])))) {
      Error(at, Cat("\"", w,
                    "\" is not an outlet word: one capitalised word or a "
                    "domain ending such as \".com\""));
      continue;
    }
    auto [it, added] =
        lexicon_.outlet_words_.try_emplace(w, static_cast<uint32_t>(row.line));
    if (!added) {
      Error(at,
            Cat("\"", w, "\" is already listed at ", kFile, ":", it->second));
      continue;
    }
    if (domain) lexicon_.outlet_domains_.push_back(w);
  }
}

}  // namespace kg
