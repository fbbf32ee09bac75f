// Person names without a cue: a run of capitalised words that opens with a
// given name (lexicon/given_names.tsv) and holds no word of an
// organization's or a place's name (rules/cues.txt [name_head]) is a person,
// wherever it stands: "on May 3 Ivan Petrov, then first deputy head, said",
// "in place of Ivan Petrov". The type (Official, Astronaut) comes later from
// the phrase around it, through the pattern rules. Nor is a run holding a
// signature word ("... Prof", "... Internet") or a plural noun for people
// ("Rich Individuals").
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "extract/pipeline.h"

namespace kg {

namespace {

// A name of two to four words: longer runs are headlines or titles of works.
constexpr int kMaxNameWords = 4;

}  // namespace

int DocExtraction::GivenNameLine(int t) const {
  std::string_view w = Tok(t);
  // An acronym is no given name ("EVA", "KAI") unless the whole run is in
  // capitals, as in a headline ("YURI GAGARIN").
  auto all_caps = [&](int u) {
    std::string_view v = Tok(u);
    if (v.size() < 2) return false;
    for (char c : v) {
      if (absl::ascii_islower(static_cast<unsigned char>(c))) return false;
    }
    return true;
  };
  if (all_caps(t) &&
      (t + 1 >= static_cast<int>(units_.tokens.size()) || !all_caps(t + 1))) {
    return 0;
  }
  if (int line = x_.given_names_.Line(w)) return line;
  // "Jean-Jacques", "Hazzaa-AlMansoori": the part before the hyphen; not
  // in a people's adjective ("Franco-Swedish").
  size_t hyphen = w.find('-');
  if (hyphen != std::string_view::npos && hyphen > 1 && !DemonymCompound(t)) {
    return x_.given_names_.Line(w.substr(0, hyphen));
  }
  return 0;
}

bool DocExtraction::HyphenatedKnownNames(int t) const {
  std::string_view w = Tok(t);
  if (w.find('-') == std::string_view::npos) return false;
  size_t begin = 0;
  while (begin <= w.size()) {
    size_t end = w.find('-', begin);
    if (end == std::string_view::npos) end = w.size();
    if (lex_.Matches(w.substr(begin, end - begin)).empty()) return false;
    begin = end + 1;
  }
  return true;
}

bool DocExtraction::DemonymCompound(int t) const {
  std::string_view w = Tok(t);
  const size_t hyphen = w.rfind('-');
  if (hyphen == std::string_view::npos || hyphen == 0) return false;
  for (const LexiconMatch& m : lex_.Matches(w.substr(hyphen + 1))) {
    if (m.form->kind == FormKind::kDemonym) return true;
  }
  return false;
}

// "O'Hara", "McArthur": a word opening with a [surname_prefix] and a
// capital after it.
bool DocExtraction::IrishOrScottishSurname(int t) const {
  std::string_view w = Tok(t);
  return w.size() > 3 &&
         x_.cues_.Is(Cue::kSurnamePrefix, token_keys_[t].substr(0, 2)) &&
         absl::ascii_isupper(static_cast<unsigned char>(w[2]));
}

// The given-name line of the word after token t when t is a Chinese family
// name ("Nie Haisheng", "Wang Yaping"); 0 otherwise.
int DocExtraction::ChineseGivenNameAfterFamilyName(int t) const {
  if (!x_.cues_.Is(Cue::kChineseFamilyName, token_keys_[t])) return 0;
  return x_.given_names_.Line(Tok(t + 1));
}

bool DocExtraction::HasNameHead(int t0, int t1) const {
  for (int t = t0; t < t1; ++t) {
    const std::string& k = token_keys_[t];
    if (x_.cues_.Is(Cue::kNameHead, k) || x_.cues_.Is(Cue::kSignatureWord, k) ||
        x_.cues_.Is(Cue::kPeopleNoun, k)) {
      return true;
    }
  }
  return false;
}

void DocExtraction::PersonNames(int s) {
  std::vector<Item>& items = items_[s];
  // A nickname in quotation marks inside a name, 'Robert "Hoot" Gibson',
  // 'Charles "Pete" Conrad': one name, the nickname left out of it.
  for (int i = 0; i + 4 < static_cast<int>(items.size()); ++i) {
    const Item& first = items[i];
    const Item& open = items[i + 1];
    const Item& nick = items[i + 2];
    const Item& close = items[i + 3];
    const Item& last = items[i + 4];
    if (first.cls != kClsName || first.mention >= 0 ||
        GivenNameLine(first.t0) == 0 || !units_.tokens[open.t0].quote ||
        !units_.tokens[close.t0].quote || nick.t1 - nick.t0 != 1 ||
        !units_.tokens[nick.t0].upper || last.cls != kClsName ||
        last.mention >= 0 || last.t1 - last.t0 > 2) {
      continue;
    }
    MergeItems(s, i, i + 5);
  }
  for (int i = 0; i < static_cast<int>(items.size()); ++i) {
    Item& it = items[i];
    if (it.cls != kClsName || it.mention >= 0) continue;
    const int words = it.t1 - it.t0;
    if (words < 2) continue;
    // "Writer Kathy Sawyer reported": the capital of a sentence's first
    // word makes no name of it when a given name follows.
    if (it.t0 == units_.sentences[s].first && words >= 3 &&
        GivenNameLine(it.t0) == 0 && GivenNameLine(it.t0 + 1) > 0) {
      SplitItem(s, i, {it.t0 + 1});
      items[i].cls = kClsWord;
      continue;  // the name is the next item
    }
    if (words > kMaxNameWords) continue;
    // "J. Kelly Beatty", "F. Scott Fitzgerald": initials before the given
    // name, which still has a surname after it.
    int given_at = it.t0;
    while (given_at + 2 < it.t1 && Tok(given_at).size() == 2 &&
           absl::ascii_isupper(static_cast<unsigned char>(Tok(given_at)[0])) &&
           Tok(given_at)[1] == '.') {
      ++given_at;
    }
    const int line = GivenNameLine(given_at);
    std::string why;
    if (line > 0) {
      why = absl::StrCat("a run opening with a given name (",
                         x_.given_names_.Source(line), ")");
    } else if (words <= 3 && IrishOrScottishSurname(it.t1 - 1) &&
               !AllCaps(it.t0)) {
      why = absl::StrCat("a run ending in a surname of people (",
                         x_.cues_.Source(Cue::kSurnamePrefix,
                                         token_keys_[it.t1 - 1].substr(0, 2)),
                         ")");
    } else if (int given = words == 2 && !AllCaps(it.t0)
                               ? ChineseGivenNameAfterFamilyName(it.t0)
                               : 0) {
      // "Nie Haisheng": the family name first.
      why = absl::StrCat(
          "a Chinese family name (",
          x_.cues_.Source(Cue::kChineseFamilyName, token_keys_[it.t0]),
          ") before a given name (", x_.given_names_.Source(given), ")");
    } else {
      continue;
    }
    if (HasNameHead(it.t0 + 1, it.t1)) continue;
    EnsureMention(s, i, "Person", why);
    person_surnames_.insert(token_keys_[it.t1 - 1]);
    // Still a NAME for the rules that read the phrase around it.
    it.cls = kClsName | kClsPerson;
  }
}

// "Butch Wilmore and Suni Williams came back", "NASA's Anne McClain and
// Nichole Ayers": a run of two or three capitalised words joined by "and"
// to a person's name is a person's name too, whatever its given name (run
// after the rules, which find people by their titles). A comma is no join:
// "Bill Higgins, Beam Jockey" signs a message.
void DocExtraction::CoordinatedNames(int s) {
  std::vector<Item>& items = items_[s];
  const int n = static_cast<int>(items.size());
  auto person_at = [&](int i) {
    return i >= 0 && i < n && items[i].mention >= 0 &&
           mentions_[items[i].mention].label == "Person";
  };
  auto joins = [&](int i) {
    if (i < 0 || i >= n || items[i].t1 - items[i].t0 != 1) return false;
    return token_keys_[items[i].t0] == "and";
  };
  for (int i = 0; i < n; ++i) {
    Item& it = items[i];
    if (it.cls != kClsName || it.mention >= 0) continue;
    const int words = it.t1 - it.t0;
    if (words < 2 || words > 3 || HasNameHead(it.t0, it.t1)) continue;
    bool caps = true;  // a headline's or an acronym's words are no name
    for (int t = it.t0; t < it.t1; ++t) caps &= !AllCaps(t);
    if (!caps) continue;
    if (!(joins(i - 1) && person_at(i - 2)) &&
        !(joins(i + 1) && person_at(i + 2))) {
      continue;
    }
    EnsureMention(s, i, "Person", "a name joined by 'and' to a person's name");
    it.cls = kClsName | kClsPerson;
  }
}

}  // namespace kg
