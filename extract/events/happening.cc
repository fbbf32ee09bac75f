// What keeps a trigger word from telling one happening: a name ("the Cold
// War"), what might be or did not happen ("would launch", "was not
// destroyed"), what happens as a rule ("crews usually land"), a class of
// happenings ("all launches", "an orbital launch"), and a trigger that
// modifies a noun ("launch vehicle"). events/triggers.cc asks.
#include <cctype>

#include "absl/strings/match.h"
#include "extract/pipeline.h"

namespace kg {

// Whether the words around a trigger let it tell a happening at all.
bool DocExtraction::IsHappening(int s, int t, int trigger_end) const {
  const SentenceUnit& su = units_.sentences[s];
  // A capitalised word inside a sentence is part of a name ("Land Mobile
  // Products", "the Cold War"), not a happening; a headline in capitals is
  // the exception.
  if (units_.tokens[t].upper && t > su.first && !AllCaps(t)) return false;
  // "would be used to launch", "could dock", "tried to meet", "was not
  // destroyed": what might happen, was only attempted or did not happen is
  // no event.
  for (int u = t - 1; u >= su.first && u >= t - 4; --u) {
    if (x_.cues_.Is(Cue::kHypothetical, token_keys_[u]) ||
        x_.cues_.Is(Cue::kNegation, token_keys_[u])) {
      return false;
    }
  }
  // "Shuttle main engines would be mounted to the tail of the module for
  // launch": a modal verb makes its whole clause what might be, but for a
  // happening named as a known one ("the price would be shells for the war
  // in Ukraine") or given a time ("cannot continue towards a launch in
  // 2022": a plan called off).
  bool modal = false;
  for (int u = t - 1; !modal && u >= su.first && u >= t - 15; --u) {
    const std::string& w = token_keys_[u];
    if (w == "," || w == ";" || w == ":" || x_.cues_.Is(Cue::kClauseBreak, w) ||
        units_.tokens[u].quote) {
      break;
    }
    modal = x_.cues_.Is(Cue::kModal, w);
  }
  if (modal &&
      !(t > su.first &&
        (token_keys_[t - 1] == "the" || token_keys_[t - 1] == "this")) &&
      SentenceDates(s, /*future=*/false).empty()) {
    return false;
  }
  // "A Saturn V explosion would have been hurtful", "the launch would have
  // come a day later": what the clause says would have been did not happen.
  for (int u = trigger_end; u + 1 < su.last && u < trigger_end + 4; ++u) {
    const std::string& w = token_keys_[u];
    if (w == "," || w == ";" || x_.cues_.Is(Cue::kClauseBreak, w)) break;
    if (x_.cues_.Is(Cue::kCounterfactual, w) && token_keys_[u + 1] == "have") {
      return false;
    }
  }
  // "usually dock ... and undock after six months": what happens as a rule
  // is no happening either, to the end of the clause.
  for (int u = t - 1; u >= su.first && u >= t - 12; --u) {
    const std::string& w = token_keys_[u];
    if (w == "," || w == ";" || w == ":") break;
    if (x_.cues_.Is(Cue::kHabitual, w)) return false;
  }
  // "if the comet is still there when Galileo arrives": a condition holds
  // to the end of its clause.
  for (int u = t - 1; u >= su.first && u >= t - 20; --u) {
    const std::string& w = token_keys_[u];
    if (w == "," || w == ";" || w == ":") break;
    if (w == "if" || w == "unless" || w == "whether") return false;
  }
  // "Did Soyuz MS-25 dock on time?": a question reports nothing.
  if (su.last > su.first && Tok(su.last - 1) == "?") return false;
  // "the newly appointed head", "a recently launched satellite": a
  // participle that describes a noun.
  if (t - 2 >= su.first && absl::EndsWith(token_keys_[t - 1], "ly") &&
      (token_keys_[t - 2] == "the" || token_keys_[t - 2] == "a" ||
       token_keys_[t - 2] == "an")) {
    return false;
  }
  // "all launches", "regular meetings": a class of happenings.
  if (t > su.first &&
      x_.cues_.Is(Cue::kGenericDeterminer, token_keys_[t - 1])) {
    return false;
  }
  // A trigger that modifies a noun names a thing, not a happening: "launch
  // vehicle", "docking port", "landing site".
  if (trigger_end < su.last &&
      x_.cues_.Is(Cue::kTriggerModified, token_keys_[trigger_end])) {
    return false;
  }
  // "allows the Shuttle to dock", "used to launch": an infinitive tells a
  // happening only as a plan ("plans to launch", "is to dock") or as what
  // something made happen ("forced NASA to postpone").
  if (t - 2 >= su.first && token_keys_[t - 1] == "to" &&
      !x_.cues_.Is(Cue::kFuture, token_keys_[t - 2]) &&
      !x_.cues_.Is(Cue::kBeVerb, token_keys_[t - 2])) {
    bool caused = false;
    for (int u = t - 2; u >= su.first && u >= t - 5; --u) {
      caused |= x_.cues_.Is(Cue::kCausative, token_keys_[u]);
    }
    if (!caused) return false;
  }
  return true;
}

// Whether token `u` counts what follows: a count word ("two", "dozens") or
// a number that ends no name ("Titan 4", "MS-22": the word before it is a
// lower-case word, or there is none).
bool DocExtraction::CountAt(int s, int u) const {
  const std::string& w = token_keys_[u];
  if (x_.cues_.Is(Cue::kCountWord, w)) return true;
  return std::isdigit(static_cast<unsigned char>(w[0])) &&
         (u == units_.sentences[s].first ||
          (units_.tokens[u - 1].word && !units_.tokens[u - 1].upper));
}

// Whether the trigger at `t` is a noun after "a" or "an", with at most three
// words between ("an orbital launch", "a second docking", "an Atlas rocket
// launch").
bool DocExtraction::IndefiniteNoun(int s, int t) const {
  const SentenceUnit& su = units_.sentences[s];
  for (int u = t - 1; u >= su.first && u >= t - 4; --u) {
    const std::string& w = token_keys_[u];
    if (x_.cues_.Is(Cue::kIndefiniteArticle, w)) return true;
    if (!units_.tokens[u].word || x_.cues_.Is(Cue::kDeterminer, w)) {
      return false;
    }
  }
  return false;
}

// "Soyuz crews land in Kazakhstan", "cargo ships dock at the aft port": a
// flight verb in its plain form (not "landed", "docks", "flew") right after a
// plural common noun tells what such things do, not a happening; so does
// the present after a pronoun ("it then returns to Earth and is ready for
// another flight", "they usually land at dawn"). A headline's present
// ("Astronauts return to Earth") and a date ("crews land on Friday") tell
// one (the caller asks only of an undated sentence).
bool DocExtraction::GenericPresent(int s, int t, int trigger_end) const {
  const SentenceUnit& su = units_.sentences[s];
  if (t == su.first) return false;
  const std::string& verb = token_keys_[t];
  if (units_.tokens[t].upper || verb.ends_with("ed") || verb.ends_with("ing") ||
      x_.cues_.Is(Cue::kPastVerb, verb)) {
    return false;
  }
  const bool third_person = verb.ends_with("s") && !verb.ends_with("ss");
  if (InHeadline({s, units_.tokens[t].begin, units_.tokens[t].end, ""})) {
    return false;
  }
  // The pronoun, one adverb between at most ("then", "usually").
  int u = t - 1;
  if (u > su.first &&
      (token_keys_[u] == "then" || absl::EndsWith(token_keys_[u], "ly"))) {
    --u;
  }
  if (x_.cues_.Is(Cue::kSubjectPronoun, token_keys_[u])) {
    return third_person != (token_keys_[u] == "they");
  }
  if (trigger_end != t + 1 || third_person) return false;
  const std::string& subject = token_keys_[t - 1];
  const Unit& before = units_.tokens[t - 1];
  if (!before.word || (before.upper && t - 1 != su.first) ||
      subject.size() < 4 || !subject.ends_with("s") ||
      subject.ends_with("ss") || x_.cues_.Is(Cue::kBeVerb, subject) ||
      x_.cues_.Is(Cue::kAuxiliary, subject)) {
    return false;
  }
  // "a news conference": a noun after a noun.
  return !(t - 2 >= su.first &&
           x_.cues_.Is(Cue::kIndefiniteArticle, token_keys_[t - 2]));
}

}  // namespace kg
