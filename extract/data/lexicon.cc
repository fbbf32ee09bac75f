#include "extract/data/lexicon.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/data/data_dir.h"
#include "extract/data/lexicon_builder.h"
#include "extract/text/surface_fold.h"

#ifndef KG_SOURCE_DIR
#error "extract/CMakeLists.txt must define KG_SOURCE_DIR"
#endif

namespace kg {

std::string LexiconSource::ToString() const { return Cat(file, ":", line); }

std::string_view EntryTypeName(EntryType type) {
  switch (type) {
    case EntryType::kAgency:
      return "agency";
    case EntryType::kOrganization:
      return "organization";
    case EntryType::kCountry:
      return "country";
    case EntryType::kSpacecraft:
      return "spacecraft";
    case EntryType::kPlace:
      return "place";
  }
  return "?";
}

std::string_view FormKindName(FormKind kind) {
  switch (kind) {
    case FormKind::kCanonical:
      return "canonical name";
    case FormKind::kAlias:
      return "alias";
    case FormKind::kDemonym:
      return "demonym";
    case FormKind::kCapital:
      return "capital";
  }
  return "?";
}

std::vector<LexiconMatch> Lexicon::Matches(std::string_view surface) const {
  std::vector<LexiconMatch> out;
  auto it = forms_by_key_.find(SurfaceKey(surface));
  if (it == forms_by_key_.end()) return out;
  std::string as_written;  // computed only when an exact-case form needs it
  for (const FormRef& ref : it->second) {
    const Entry& entry = entries_[ref.entry];
    const Form& form = entry.forms[ref.form];
    if (form.exact_case) {
      if (as_written.empty()) as_written = SurfaceKey(surface, false);
      if (SurfaceKey(form.text, false) != as_written) continue;
    }
    out.push_back({&entry, &form});
  }
  return out;
}

std::vector<const Entry*> Lexicon::Lookup(std::string_view surface) const {
  std::vector<const Entry*> out;
  for (const LexiconMatch& m : Matches(surface)) {
    if (out.empty() || out.back() != m.entry) out.push_back(m.entry);
  }
  return out;
}

std::vector<const Entry*> Lexicon::LookupExact(std::string_view surface) const {
  std::vector<const Entry*> out;
  for (const LexiconMatch& m : Matches(surface)) {
    if (m.form->text == surface && (out.empty() || out.back() != m.entry)) {
      out.push_back(m.entry);
    }
  }
  return out;
}

const Entry* Lexicon::Find(EntryType type, std::string_view name) const {
  std::string key(EntryTypeName(type));
  key += '\t';
  key += name;
  auto it = entries_by_name_.find(key);
  return it == entries_by_name_.end() ? nullptr : &entries_[it->second];
}

const Title* Lexicon::FindTitle(std::string_view phrase) const {
  auto it = titles_by_key_.find(SurfaceKey(phrase));
  return it == titles_by_key_.end() ? nullptr : &titles_[it->second];
}

std::vector<const EventTrigger*> Lexicon::FindTriggers(
    std::string_view form) const {
  std::vector<const EventTrigger*> out;
  auto it = triggers_by_key_.find(SurfaceKey(form));
  if (it == triggers_by_key_.end()) return out;
  for (uint32_t i : it->second) out.push_back(&triggers_[i]);
  return out;
}

const Honorific* Lexicon::FindHonorific(std::string_view form) const {
  auto it =
      honorifics_by_form_.find(absl::string_view(form.data(), form.size()));
  return it == honorifics_by_form_.end() ? nullptr : &honorifics_[it->second];
}

bool Lexicon::IsAbbreviation(std::string_view token) const {
  return abbreviation_set_.contains(
      absl::string_view(token.data(), token.size()));
}

bool Lexicon::IsSentenceStarter(std::string_view word) const {
  return sentence_starters_.contains(
      absl::string_view(word.data(), word.size()));
}

bool Lexicon::IsOutletWord(std::string_view word) const {
  return outlet_words_.contains(absl::string_view(word.data(), word.size()));
}

size_t Lexicon::Count(EntryType type) const {
  size_t n = 0;
  for (const Entry& e : entries_) n += e.type == type;
  return n;
}

absl::StatusOr<Lexicon> ParseLexicon(
    const std::map<std::string, std::string>& files, std::string_view dir) {
  LexiconBuilder builder(dir);
  return builder.Build(files);
}

absl::StatusOr<Lexicon> LoadLexicon(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const char* name : kLexiconFiles) {
    std::filesystem::path path = std::filesystem::path(dir) / name;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      return absl::NotFoundError(
          Cat(path.string(), ": cannot read lexicon file"));
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) {
      return absl::DataLossError(
          Cat(path.string(), ": error reading lexicon file"));
    }
    files[name] = std::move(buf).str();
  }
  return ParseLexicon(files, dir);
}

std::string DefaultLexiconDir() {
  return DataDir("KG_LEXICON_DIR", "lexicon", "countries.tsv");
}

}  // namespace kg
