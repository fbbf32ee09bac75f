#include "extract/extractor.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "extract/corpus/corpus_graph.h"
#include "extract/data/name_shape.h"
#include "extract/text/strings.h"
#include "extract/text/surface_fold.h"
#include "extract/text/text_units.h"
#include "graph/status_macros.h"
#include "re2/re2.h"

namespace kg {

namespace {

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read ", path));
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A word list file: one entry per line, '#' comments; case-folded.
absl::StatusOr<absl::flat_hash_set<std::string>> ReadWordList(
    const std::string& path) {
  KG_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  absl::flat_hash_set<std::string> words;
  for (std::string_view line : SplitView(text, "\n")) {
    line = TrimView(line);
    if (line.empty() || line[0] == '#') continue;
    words.insert(SurfaceKey(line));
  }
  return words;
}

absl::StatusOr<std::vector<std::unique_ptr<NameShape>>> ReadShapes(
    const std::string& path) {
  KG_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  std::vector<std::unique_ptr<NameShape>> shapes;
  std::string errors;
  int line_no = 0;
  bool header = true;
  for (std::string_view line : SplitView(text, "\n", false)) {
    ++line_no;
    std::string_view t = TrimView(line);
    if (t.empty() || t[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string_view> f = SplitView(line, "\t", false);
    if (f.size() < 3 || f.size() > 5) {
      absl::StrAppend(&errors, path, ":", line_no,
                      ": expected 3 to 5 tab-separated fields\n");
      continue;
    }
    auto shape = std::make_unique<NameShape>();
    RE2::Options options;
    options.set_log_errors(false);
    shape->re = std::make_unique<RE2>(std::string(TrimView(f[0])), options);
    if (!shape->re->ok()) {
      absl::StrAppend(&errors, path, ":", line_no,
                      ": bad pattern: ", shape->re->error(), "\n");
      continue;
    }
    shape->label = std::string(TrimView(f[1]));
    shape->kind = std::string(TrimView(f[2]));
    if (shape->label != "Mission" && shape->label != "Spacecraft" &&
        shape->label != "Place" && shape->label != "Organization") {
      absl::StrAppend(
          &errors, path, ":", line_no,
          ": label must be Mission, Spacecraft, Place or Organization\n");
      continue;
    }
    bool bad_context = false;
    if (f.size() == 5 && !TrimView(f[4]).empty()) {
      shape->canonical = std::string(TrimView(f[4]));
      std::string error;
      if (!shape->re->CheckRewriteString(shape->canonical, &error)) {
        absl::StrAppend(&errors, path, ":", line_no,
                        ": bad canonical name: ", error, "\n");
        continue;
      }
    }
    if (f.size() >= 4) {
      for (std::string_view name : SplitView(TrimView(f[3]), " ", true)) {
        bool found = false;
        for (int c = 0; c < kCueCount; ++c) {
          if (CueName(static_cast<Cue>(c)) == name) {
            shape->context.push_back(static_cast<Cue>(c));
            found = true;
          }
        }
        if (!found) {
          absl::StrAppend(&errors, path, ":", line_no, ": unknown cue list '",
                          std::string(name), "' in the context column\n");
          bad_context = true;
        }
      }
    }
    if (bad_context) continue;
    shape->source = absl::StrCat("names.tsv:", line_no);
    shapes.push_back(std::move(shape));
  }
  if (!errors.empty()) {
    errors.pop_back();
    return absl::InvalidArgumentError(errors);
  }
  return shapes;
}

// Every key a match of `form` passes through as MatchAt extends it token
// by token: up to each space, and up to each place where the text's
// tokenizer cuts a word ("Europe" | "'s", "Soyuz" | "-" | "2.1a").
void AddPrefixes(absl::flat_hash_set<std::string>& prefixes,
                 std::string_view form) {
  std::string key = SurfaceKey(form);
  prefixes.insert(key);
  auto cut_before = [](char c) {
    return c == ' ' || c == '\'' || c == '-' || c == '(' || c == ')' ||
           c == '&' || c == ',';
  };
  auto cut_after = [](char c) { return c == '-' || c == '(' || c == '&'; };
  for (size_t pos = 1; pos < key.size(); ++pos) {
    const bool curly = key.compare(pos, 3, "\u2019") == 0;  // ’
    if (cut_before(key[pos]) || cut_after(key[pos - 1]) || curly) {
      std::string prefix = key.substr(0, pos);
      while (!prefix.empty() && prefix.back() == ' ') prefix.pop_back();
      prefixes.insert(std::move(prefix));
    }
  }
}

}  // namespace

Extractor::~Extractor() = default;

absl::StatusOr<std::unique_ptr<Extractor>> Extractor::Load(
    const std::string& lexicon_dir, const std::string& rules_dir) {
  std::unique_ptr<Extractor> x(new Extractor());
  KG_ASSIGN_OR_RETURN(x->lexicon_, LoadLexicon(lexicon_dir));
  KG_ASSIGN_OR_RETURN(x->rules_, LoadRules(rules_dir));
  KG_ASSIGN_OR_RETURN(x->shapes_, ReadShapes(rules_dir + "/names.tsv"));
  KG_ASSIGN_OR_RETURN(x->stopwords_,
                      ReadWordList(rules_dir + "/stopwords.txt"));
  KG_ASSIGN_OR_RETURN(x->speech_verbs_,
                      ReadWordList(rules_dir + "/speech_verbs.txt"));
  KG_ASSIGN_OR_RETURN(x->cues_, Cues::Load(rules_dir + "/cues.txt"));
  KG_ASSIGN_OR_RETURN(x->given_names_,
                      GivenNames::Load(lexicon_dir + "/given_names.tsv"));
  RE2::Options options;
  options.set_log_errors(false);
  x->shape_set_ = std::make_unique<RE2::Set>(options, RE2::ANCHOR_BOTH);
  for (const auto& shape : x->shapes_) {
    std::string error;
    if (x->shape_set_->Add(shape->re->pattern(), &error) < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(rules_dir, "/", shape->source, ": ", error));
    }
  }
  if (!x->shape_set_->Compile()) {
    return absl::ResourceExhaustedError("name shapes: too large to compile");
  }
  for (size_t i = 0; i < x->rules_.size(); ++i) {
    for (const std::string& w : x->rules_[i].start_words) {
      x->rules_by_start_word_[w].push_back(static_cast<int>(i));
    }
  }
  for (const Entry& e : x->lexicon_.entries()) {
    for (const Form& f : e.forms) AddPrefixes(x->prefixes_, f.text);
    if (!e.family.empty()) x->families_.insert(e.family);
  }
  for (const Title& t : x->lexicon_.titles()) {
    AddPrefixes(x->prefixes_, t.phrase);
    AddPrefixes(x->prefixes_, t.phrase + "s");  // "mission specialists"
  }
  for (const EventTrigger& t : x->lexicon_.triggers()) {
    for (const std::string& f : t.forms) AddPrefixes(x->prefixes_, f);
  }
  return x;
}

}  // namespace kg
