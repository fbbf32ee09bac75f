#include "extract/data/lexicon_builder.h"

#include <algorithm>
#include <utility>

#include "absl/strings/ascii.h"
#include "extract/text/surface_fold.h"

namespace kg {
namespace {

const std::vector<std::string_view> kKnownLabels = {
    "Organization", "Agency", "Person",  "Official",  "Astronaut",
    "Country",      "Place",  "Mission", "Spacecraft"};

// SCHEMA.md's event kinds with the CAMEO root code each political kind
// carries; "" for operational kinds, "*" for "other", which may carry any
// root code or none.
const std::vector<std::pair<std::string_view, std::string_view>> kEventKinds = {
    {"sanctions", "16"},      {"expulsion", "17"},
    {"annexation", "19"},     {"election_interference", "17"},
    {"poisoning", "18"},      {"military_strike", "19"},
    {"armed_conflict", "19"}, {"weapons_test", "15"},
    {"meeting", "04"},        {"agreement", "05"},
    {"statement", "01"},      {"launch", ""},
    {"docking", ""},          {"landing", ""},
    {"deorbit", ""},          {"visit", ""},
    {"symposium", ""},        {"other", "*"}};

bool Contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

bool IsCameoRoot(std::string_view code) {
  if (code.size() != 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' ||
      code[1] > '9')
    return false;
  return code >= "01" && code <= "20";
}

std::string_view FileOf(EntryType type) {
  switch (type) {
    case EntryType::kAgency:
      return "agencies.tsv";
    case EntryType::kOrganization:
      return "organizations.tsv";
    case EntryType::kCountry:
      return "countries.tsv";
    case EntryType::kSpacecraft:
      return "spacecraft.tsv";
    case EntryType::kPlace:
      return "places.tsv";
  }
  return "?";
}

size_t WordCount(std::string_view key) {
  return key.empty() ? 0 : std::count(key.begin(), key.end(), ' ') + 1;
}

}  // namespace

void LexiconBuilder::ReadTriggers(std::string_view text) {
  constexpr std::string_view kFile = "event_triggers.tsv";
  for (const TsvRow& row :
       ReadTsvRows(kFile, text, {"trigger", "forms", "kind", "cameo", "notes"},
                   &errors_)) {
    EventTrigger t;
    t.source = At(kFile, row);
    t.trigger = row.fields[0];
    t.kind = row.fields[2];
    t.cameo = row.fields[3];
    t.notes = row.fields[4];
    if (SurfaceKey(t.trigger).empty()) {
      Error(t.source, "empty trigger");
      continue;
    }
    auto kind = std::find_if(kEventKinds.begin(), kEventKinds.end(),
                             [&](const auto& k) { return k.first == t.kind; });
    if (kind == kEventKinds.end()) {
      std::vector<std::string_view> kinds;
      for (const auto& k : kEventKinds) kinds.push_back(k.first);
      CheckOneOf(t.source, "event kind", t.kind, kinds);
      continue;
    }
    if (!t.cameo.empty() && !IsCameoRoot(t.cameo)) {
      Error(t.source,
            Cat("\"", t.cameo, "\" is not a CAMEO root code (01 to 20)"));
      continue;
    }
    if (kind->second.empty() && !t.cameo.empty()) {
      Error(t.source, Cat("kind \"", t.kind, "\" takes no CAMEO code"));
      continue;
    }
    if (kind->second != "*" && !kind->second.empty() &&
        t.cameo != kind->second) {
      Error(t.source, Cat("kind \"", t.kind, "\" has CAMEO root \"",
                          kind->second, "\", not \"", t.cameo, "\""));
      continue;
    }
    t.forms.push_back(t.trigger);
    bool ok = true;
    for (std::string& form : SplitField(row.fields[1], '|')) {
      if (SurfaceKey(form).empty()) {
        Error(t.source, Cat("empty form in \"", row.fields[1], "\""));
        ok = false;
        break;
      }
      if (!Contains(t.forms, form)) t.forms.push_back(std::move(form));
    }
    if (!ok) continue;
    const uint32_t index = static_cast<uint32_t>(lexicon_.triggers_.size());
    for (const std::string& form : t.forms) {
      std::string key = SurfaceKey(form);
      std::vector<uint32_t>& refs = lexicon_.triggers_by_key_[key];
      if (refs.empty() || refs.back() != index) refs.push_back(index);
      lexicon_.max_form_words_ =
          std::max(lexicon_.max_form_words_, WordCount(key));
    }
    lexicon_.triggers_.push_back(std::move(t));
  }
}

LexiconSource LexiconBuilder::At(std::string_view file,
                                 const TsvRow& row) const {
  return {std::string(file), row.line};
}

void LexiconBuilder::Error(const LexiconSource& at, std::string_view message) {
  errors_.Add(at.file, at.line, message);
}

bool LexiconBuilder::CheckOneOf(const LexiconSource& at, std::string_view what,
                                std::string_view value,
                                const std::vector<std::string_view>& allowed) {
  if (std::find(allowed.begin(), allowed.end(), value) != allowed.end())
    return true;
  Error(at, Cat("unknown ", what, " \"", value, "\" (expected one of ",
                Join(allowed, ", "), ")"));
  return false;
}

bool LexiconBuilder::ParseLabels(const LexiconSource& at,
                                 std::string_view field,
                                 std::vector<std::string>* labels) {
  bool ok = true;
  for (std::string& label : SplitField(field, ';')) {
    if (!CheckOneOf(at, "label", label, kKnownLabels)) {
      ok = false;
    } else if (!Contains(*labels, label)) {
      labels->push_back(std::move(label));
    }
  }
  return ok;
}

bool LexiconBuilder::AddForms(std::string_view field, FormKind kind,
                              Entry* entry) {
  for (std::string& item : SplitField(field, '|')) {
    Form form;
    form.kind = kind;
    std::string_view text = item;
    while (!text.empty() && (text.front() == '=' || text.front() == '~')) {
      (text.front() == '=' ? form.exact_case : form.ambiguous) = true;
      text.remove_prefix(1);
    }
    if (text.empty() || SurfaceKey(text).empty()) {
      Error(entry->source,
            Cat("empty ", FormKindName(kind), " in \"", field, "\""));
      return false;
    }
    form.text = std::string(text);
    entry->forms.push_back(std::move(form));
  }
  return true;
}

void LexiconBuilder::AddEntry(Entry entry) {
  const uint32_t index = static_cast<uint32_t>(lexicon_.entries_.size());
  std::vector<std::string> seen_keys;
  std::vector<uint32_t> seen_forms;  // the form of each seen key
  for (uint32_t f = 0; f < entry.forms.size(); ++f) {
    const Form& form = entry.forms[f];
    std::string key = SurfaceKey(form.text);
    auto seen = std::find(seen_keys.begin(), seen_keys.end(), key);
    if (seen != seen_keys.end()) {
      // Said twice by one row: once, in lower case too when written so.
      if (absl::AsciiStrToLower(form.text) == form.text) {
        entry.forms[seen_forms[seen - seen_keys.begin()]].lower_case_too = true;
      }
      continue;
    }
    seen_keys.push_back(key);
    seen_forms.push_back(f);
    std::vector<Lexicon::FormRef>& refs = lexicon_.forms_by_key_[key];
    bool clash = false;
    for (const Lexicon::FormRef& ref : refs) {
      const Entry& other = lexicon_.entries_[ref.entry];
      const Form& other_form = other.forms[ref.form];
      if (other.source.file != entry.source.file) continue;
      if (form.ambiguous && other_form.ambiguous) continue;
      Error(entry.source, Cat("\"", form.text, "\" already names \"",
                              other.name, "\" (", other.source.ToString(),
                              "); mark it '~' in both rows if it names both"));
      clash = true;
      break;
    }
    if (clash) continue;
    refs.push_back({index, f});
    lexicon_.max_form_words_ =
        std::max(lexicon_.max_form_words_, WordCount(key));
  }
  std::string name_key(EntryTypeName(entry.type));
  name_key += '\t';
  name_key += entry.name;
  lexicon_.entries_by_name_.try_emplace(std::move(name_key), index);
  lexicon_.entries_.push_back(std::move(entry));
}

void LexiconBuilder::CheckReference(const Entry& from, std::string_view column,
                                    std::string_view name,
                                    const std::vector<EntryType>& types) {
  for (EntryType type : types) {
    if (lexicon_.Find(type, name) != nullptr) return;
  }
  std::vector<std::string> files;
  for (EntryType type : types) files.emplace_back(FileOf(type));
  std::string message =
      Cat(column, " \"", name, "\" is not a canonical name in ",
          Join(files, " or "));
  for (const Entry* candidate : lexicon_.Lookup(name)) {
    if (std::find(types.begin(), types.end(), candidate->type) != types.end()) {
      message += Cat(" (did you mean \"", candidate->name, "\"?)");
      break;
    }
  }
  Error(from.source, message);
}

void LexiconBuilder::CheckReferences() {
  const std::vector<EntryType> orgs = {EntryType::kAgency,
                                       EntryType::kOrganization};
  for (const Entry& e : lexicon_.entries_) {
    if (!e.country.empty()) {
      CheckReference(e, "country", e.country, {EntryType::kCountry});
    }
    for (const std::string& op : e.operators) {
      CheckReference(e, "operator", op, orgs);
    }
    if (!e.family.empty()) {
      if (e.family == e.name) {
        Error(e.source, "an entry cannot be its own family");
      } else {
        CheckReference(e, "family", e.family, {EntryType::kSpacecraft});
      }
    }
    if (!e.located_in.empty()) {
      CheckReference(e, "located_in", e.located_in,
                     {EntryType::kPlace, EntryType::kCountry});
    }
  }
}

absl::StatusOr<Lexicon> LexiconBuilder::Build(
    const std::map<std::string, std::string>& files) {
  auto text = [&](std::string_view name) -> std::string_view {
    return files.at(std::string(name));
  };
  for (const char* name : kLexiconFiles) {
    if (!files.contains(name)) errors_.Add(name, 0, "missing lexicon file");
  }
  if (!errors_.empty()) return errors_.ToStatus();
  ReadCountries(text("countries.tsv"));
  ReadAgencies(text("agencies.tsv"));
  ReadOrganizations(text("organizations.tsv"));
  ReadSpacecraft(text("spacecraft.tsv"));
  ReadPlaces(text("places.tsv"));
  // A row left out for an error would make every reference to it an error
  // too; references are checked once the rows themselves are clean.
  if (errors_.empty()) CheckReferences();
  ReadTitles(text("titles.tsv"));
  ReadHonorifics(text("honorifics.tsv"));
  ReadTriggers(text("event_triggers.tsv"));
  ReadAbbreviations(text("abbreviations.txt"));
  ReadSentenceStarters(text("sentence_starters.txt"));
  ReadOutletWords(text("outlet_words.txt"));
  absl::Status status = errors_.ToStatus();
  if (!status.ok()) return status;
  return std::move(lexicon_);
}

}  // namespace kg
