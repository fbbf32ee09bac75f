// The clauses of a sentence around an event trigger: past verbs, clauses a
// conjunction opens, gapped conjuncts ("A is to fly on X, and B on Y"), a
// trigger's subject, and the names that only say whose a person is.
#include <algorithm>
#include <cctype>

#include "absl/strings/match.h"
#include "extract/pipeline.h"

namespace kg {

// "launched", "flew": a regular "-ed" form or an irregular past of
// rules/cues.txt [past_verb].
bool DocExtraction::IsPastVerb(int t) const {
  const std::string& w = token_keys_[t];
  return (w.size() > 4 && w.ends_with("ed")) || x_.cues_.Is(Cue::kPastVerb, w);
}

// ", and NASA astronaut Jonny Kim is to launch ...": a comma and a
// conjunction that open a clause of their own (a verb follows within a few
// words), not the last member of a list ("A, B, and C").
bool DocExtraction::PastVerbAfterSubject(int t) const {
  const Unit& u = units_.tokens[t];
  if (!u.word || u.upper || t == 0 || !IsPastVerb(t)) return false;
  const Unit& before = units_.tokens[t - 1];
  const std::string& b = token_keys_[t - 1];
  return (before.word && before.upper && !InQuote(t - 1)) ||
         x_.cues_.Is(Cue::kPersonPronoun, b) || b == "they" || b == "we";
}

// Whether item i of sentence s, an organization or a country, stands before
// an astronaut's name with a title or a possessive between ("NASA astronaut
// X", "NASA's X", "Russian cosmonaut X"), or after any person's name with
// "of" ("X of Roscosmos"). (Before an official's name, the state or agency
// often is a party: "U.S. President Joe Biden announced sanctions"; with
// `any_person` it counts as modifying the official too.)
bool DocExtraction::ModifiesAPerson(int s, int i, bool any_person) const {
  const std::vector<Item>& items = items_[s];
  const Item& it = items[i];
  if (it.mention < 0) return false;
  const std::string& label = mentions_[it.mention].label;
  if (label != "Organization" && label != "Country") return false;
  // "Mikhail Kornienko of Roscosmos", "Alan Stern of the Southwest Research
  // Institute": after a person, with "of", the person's affiliation.
  int j = i - 1;
  if (j >= 0 && items[j].key == "the") --j;
  if (j >= 1 && items[j].key == "of" && items[j - 1].mention >= 0) {
    const Mention& m = mentions_[items[j - 1].mention];
    if (m.label == "Person") return true;
  }
  bool linked = false;
  for (int j = i + 1; j < static_cast<int>(items.size()) && j <= i + 3; ++j) {
    const Item& next = items[j];
    if (next.mention >= 0) {
      const Mention& m = mentions_[next.mention];
      return linked && m.label == "Person" &&
             (any_person || m.extra.count("Astronaut"));
    }
    if (next.cls & kClsTitle) {
      linked = true;
    } else if (next.key == "'s" || next.key == "\u2019s") {
      linked = true;
    } else {
      return false;
    }
  }
  return false;
}

// Whether `a`, before the trigger, is its subject: the last name before
// it, or one joined to it by "and" ("NASA and SpaceX launched"), with only
// auxiliaries and adverbs between ("Roscosmos has successfully launched",
// "NASA plans to launch").
bool DocExtraction::SubjectOfTrigger(const EventArgs& args,
                                     const Arg& a) const {
  auto end_of = [&](const Arg& x) {
    const Mention& m = mentions_[x.mention];
    return m.t0 == x.t ? m.t1 : x.t + 1;
  };
  size_t i = 0;
  while (i < args.left.size() && args.left[i].t != a.t) ++i;
  if (i == args.left.size()) return false;
  for (; i + 1 < args.left.size(); ++i) {
    for (int u = end_of(args.left[i]); u < args.left[i + 1].t; ++u) {
      if (token_keys_[u] != "and" && token_keys_[u] != ",") return false;
    }
  }
  for (int u = end_of(args.left.back()); u < args.trigger; ++u) {
    const std::string& w = token_keys_[u];
    if (x_.cues_.Is(Cue::kAuxiliary, w) || x_.cues_.Is(Cue::kBeVerb, w) ||
        x_.cues_.Is(Cue::kFuture, w) || w == "to" ||
        (w.size() > 4 && w.ends_with("ly"))) {
      continue;
    }
    return false;
  }
  return true;
}

bool DocExtraction::JoinsAClause(int s, int t) const {
  const SentenceUnit& su = units_.sentences[s];
  if (token_keys_[t] != "," || t + 1 >= su.last) return false;
  const std::string& conj = token_keys_[t + 1];
  if (x_.cues_.Is(Cue::kClauseConjunction, conj)) return true;
  if (conj != "and" && conj != "but") return false;
  return VerbOfItsOwn(s, t + 2) || GappedConjunct(s, t);
}

// Whether the words from `t` on hold a verb of their own before a comma
// (within a dozen words): what follows a conjunction is then a clause.
bool DocExtraction::VerbOfItsOwn(int s, int t) const {
  const SentenceUnit& su = units_.sentences[s];
  for (int u = t; u < su.last && u <= t + 10; ++u) {
    const std::string& w = token_keys_[u];
    if (w == "," || InQuote(u)) return false;
    if (x_.cues_.Is(Cue::kBeVerb, w) || x_.cues_.Is(Cue::kAuxiliary, w) ||
        x_.cues_.Is(Cue::kFuture, w)) {
      return true;
    }
    // A past verb after a name or a subject pronoun: ", and Kelly flew".
    if (PastVerbAfterSubject(u)) return true;
  }
  return false;
}

// The first token of sentence `s` that opens a gapped conjunct; -1 none.
int DocExtraction::GapIn(int s) const {
  if (gap_.size() != units_.sentences.size()) {
    gap_.assign(units_.sentences.size(), -2);
  }
  if (gap_[s] == -2) {
    const SentenceUnit& su = units_.sentences[s];
    gap_[s] = -1;
    for (int t = su.first; t < su.last && gap_[s] < 0; ++t) {
      if (GappedConjunct(s, t)) gap_[s] = t;
    }
  }
  return gap_[s];
}

// Whether tokens a and b of sentence `s` stand on different sides of its
// gapped conjunct ("A is to fly on X, and B on Y").
bool DocExtraction::AcrossTheGap(int s, int a, int b) const {
  const int gap = GapIn(s);
  return gap >= 0 && (a > gap) != (b > gap);
}

// ", and Roscosmos cosmonaut Andrey Fedyaev on Crew-6": a conjunct whose
// verb is left out (gapping) -- a person, then "on" or "aboard" and a
// flight, and no verb of its own.
bool DocExtraction::GappedConjunct(int s, int t) const {
  const SentenceUnit& su = units_.sentences[s];
  if (t + 2 >= su.last || (token_keys_[t] != "," && token_keys_[t] != ";")) {
    return false;
  }
  if (token_keys_[t + 1] != "and") return false;
  bool person = false;
  // The items after the conjunction (items are in token order).
  const std::vector<Item>& items = items_[s];
  auto first =
      std::partition_point(items.begin(), items.end(),
                           [&](const Item& it) { return it.t0 <= t + 1; });
  for (auto i = first; i != items.end(); ++i) {
    const Item& it = *i;
    if (it.t0 > t + 12) break;
    const std::string& w = it.key;
    if (w == "," || w == ";" || InQuote(it.t0) ||
        x_.cues_.Is(Cue::kBeVerb, w) || x_.cues_.Is(Cue::kAuxiliary, w) ||
        x_.cues_.Is(Cue::kFuture, w)) {
      return false;
    }
    if (it.mention >= 0 && mentions_[it.mention].label == "Person") {
      person = true;
      continue;
    }
    if (person && (w == "on" || w == "aboard")) {
      for (const Item& next : items_[s]) {
        if (next.t0 <= it.t0 || next.t0 > it.t0 + 3) continue;
        if (next.mention >= 0 && IsNamedFlight(mentions_[next.mention])) {
          return true;
        }
      }
      return false;
    }
  }
  return false;
}

}  // namespace kg
