// Events from trigger words (lexicon/event_triggers.tsv): kind, date, planned
// and cancelled; the arguments come from the trigger's clause
// (arguments.cc).
#include "absl/strings/str_cat.h"
#include "extract/pipeline.h"

namespace kg {

bool DocExtraction::AllCaps(int t) const {
  std::string_view w = Tok(t);
  if (w.size() < 2) return false;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

// What an event of its kind needs to be one (and not a word used in
// general, "a launch costs ...", "war with the industry"): someone to act on
// or be acted on; two parties for a meeting or an agreement; a state or an
// organization for a political act; for a launch, docking or deorbit a
// vehicle that is not just a family ("to launch one Shuttle"), unless the
// sentence dates it.
// What an event of its kind needs to be one (and not a word used in
// general, "a launch costs ...", "war with the industry"): someone to act on
// or be acted on; two parties for a meeting or an agreement; a state or an
// organization for a political act; for a launch, docking or deorbit a
// vehicle that is not just a family ("to launch one Shuttle"), unless the
// sentence dates it.
bool DocExtraction::HasItsArguments(const EventFact& ev, bool dated) const {
  if (ev.involves.empty()) return false;
  auto label = [&](int entity) -> const std::string& {
    return mentions_[entities_[entity].mentions[0]].label;
  };
  const std::string& k = ev.kind;
  if (k == "meeting" || k == "agreement") return ev.involves.size() >= 2;
  if (k == "sanctions" || k == "expulsion" || k == "annexation" ||
      k == "military_strike" || k == "armed_conflict" || k == "weapons_test" ||
      k == "election_interference") {
    for (const EventRole& r : ev.involves) {
      if (label(r.entity) == "Country" || label(r.entity) == "Organization") {
        return true;
      }
    }
    return false;
  }
  if (k == "launch" || k == "docking" || k == "deorbit") {
    if (dated) return true;
    for (const EventRole& r : ev.involves) {
      const Mention& m = mentions_[entities_[r.entity].mentions[0]];
      if (m.label == "Mission") return true;
      if (m.label == "Spacecraft" && !x_.families_.contains(m.canonical)) {
        return true;
      }
    }
    return false;
  }
  return true;
}

void DocExtraction::Events(int s) {
  const SentenceUnit& su = units_.sentences[s];
  std::set<std::string> kinds_done;
  for (int t = su.first; t < su.last; ++t) {
    if (!units_.tokens[t].word || InQuote(t)) continue;
    // The longest trigger form starting here.
    const EventTrigger* trigger = nullptr;
    int trigger_end = t;
    std::string key;
    for (int n = 1; n <= 4 && t + n <= su.last; ++n) {
      key = SpanKey(t, t + n);
      if (!x_.prefixes_.contains(key)) break;
      std::vector<const EventTrigger*> found =
          lex_.FindTriggers(Span(t, t + n));
      if (!found.empty()) {
        trigger = found[0];
        trigger_end = t + n;
      }
    }
    if (trigger == nullptr) continue;
    const std::string& notes = trigger->notes;
    // A word inside a capitalised name mid-sentence ("the Cold War") names
    // an era or a title, not an event of this text.
    // A capitalised word inside a sentence is part of a name ("Land Mobile
    // Products", "the Cold War"), not a happening; a headline in capitals
    // is the exception.
    if (units_.tokens[t].upper && t > su.first && !AllCaps(t)) continue;
    // "would be used to launch", "could dock", "tried to meet", "was not
    // destroyed": what might happen, was only attempted or did not happen
    // is no event.
    bool hypothetical = false;
    for (int u = t - 1; u >= su.first && u >= t - 4; --u) {
      hypothetical |= x_.cues_.Is(Cue::kHypothetical, token_keys_[u]) ||
                      x_.cues_.Is(Cue::kNegation, token_keys_[u]);
    }
    if (hypothetical) continue;
    // A trigger that modifies a noun names a thing, not a happening:
    // "launch vehicle", "docking port", "landing site".
    if (trigger_end < su.last &&
        x_.cues_.Is(Cue::kTriggerModified, token_keys_[trigger_end])) {
      continue;
    }
    // A weak word ("conflict") counts only next to a state: "the Ukraine
    // conflict", "conflict in Syria".
    if (notes.find("weak") != std::string::npos) {
      bool state = false;
      for (const Item& it : items_[s]) {
        if (it.mention < 0 || mentions_[it.mention].label != "Country")
          continue;
        if (it.t1 == t || (it.t0 >= trigger_end && it.t0 <= trigger_end + 1)) {
          state = true;
        }
      }
      if (!state) continue;
    }
    if (notes.rfind("only with", 0) == 0) continue;
    // "signed a contract", "signs the accords": a signing needs the document
    // signed in the words after it.
    if (notes.find("with a document") != std::string::npos) {
      bool document = false;
      for (int u = trigger_end; u < su.last && u < trigger_end + 6; ++u) {
        document |= x_.cues_.Is(Cue::kDocumentNoun, token_keys_[u]);
      }
      if (!document) continue;
    }
    // Landings and incidents are 'other' (SCHEMA.md, conventions in
    // detail).
    const std::string kind =
        trigger->kind == "landing" ? "other" : trigger->kind;
    if (kinds_done.count(kind)) continue;
    EventArgs args = Arguments(s, t, trigger_end);
    EventFact ev;
    ev.kind = kind;
    ev.cameo = trigger->cameo;
    AssignArguments(args, ev);
    const bool dated = !SentenceDate(s, t, Future(su.first, su.last)).empty();
    if (!HasItsArguments(ev, dated)) continue;
    // "allows the Shuttle to dock", "used to launch": an infinitive tells
    // a happening only as a plan ("plans to launch", "is to dock").
    if (t - 2 >= su.first && token_keys_[t - 1] == "to" &&
        !x_.cues_.Is(Cue::kFuture, token_keys_[t - 2]) &&
        !x_.cues_.Is(Cue::kBeVerb, token_keys_[t - 2])) {
      continue;
    }
    kinds_done.insert(kind);
    // "the meeting", "this agreement": a report that refers back.
    if (t > su.first) {
      std::string det = FoldCase(Tok(t - 1));
      if (det == "the" || det == "this" || det == "that") {
        anaphoric_.insert(static_cast<int>(facts_.events.size()));
      }
    }
    ev.trigger = CollapseWhiteSpace(Span(t, trigger_end));
    ev.planned = Future(su.first, trigger_end);
    ev.date = EventDate(s, t, Future(su.first, su.last), ev.planned);
    for (int k = su.first; k < su.last; ++k) {
      if (x_.cues_.Is(Cue::kCancel, FoldCase(Tok(k))))
        ev.cancelled = ev.planned;
    }
    const uint32_t begin = units_.tokens[t].begin;
    const uint32_t end = units_.tokens[trigger_end - 1].end;
    ev.summary = Summary(s, begin, end);
    ev.evidence = {s, begin, end, Evidence(s, begin, end)};
    ev.rule = absl::StrCat("event trigger '", trigger->trigger, "' (",
                           trigger->source.ToString(), ")");
    facts_.events.push_back(std::move(ev));
  }
}

}  // namespace kg
