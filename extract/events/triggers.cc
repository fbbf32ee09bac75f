// Events from trigger words (lexicon/event_triggers.tsv): kind, date, planned
// and cancelled; the arguments come from the trigger's clause
// (arguments.cc).
#include <cctype>
#include <cstdlib>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
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
bool DocExtraction::HasItsArguments(const EventFact& ev, bool dated) const {
  if (ev.involves.empty()) return false;
  auto label = [&](int entity) -> const std::string& {
    return mentions_[entities_[entity].mentions[0]].label;
  };
  const std::string& k = ev.kind;
  if (k == "meeting" || k == "agreement") return ev.involves.size() >= 2;
  // A visit is to somewhere: "a tour of duty" visits nothing.
  if (k == "visit") {
    for (const EventRole& r : ev.involves) {
      if (r.role == "target") return true;
    }
    return !ev.occurred_at.empty();
  }
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
  // A statement is somebody's: "this signaled our commitment to end the
  // impasse with the Soviet Union" names only what it is about. (A person
  // in any role may be the speaker: "at a news conference, X confirmed".)
  if (k == "statement") {
    for (const EventRole& r : ev.involves) {
      if (r.role == "actor" || label(r.entity) == "Person") return true;
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

bool DocExtraction::HasFlightArgument(const EventFact& ev, bool crew) const {
  for (const EventRole& r : ev.involves) {
    const Entity& e = entities_[r.entity];
    if (e.label == "Mission" || e.label == "Spacecraft") return true;
    if (!crew || e.label != "Person") continue;
    // An astronaut by any mention; a few suffice to tell (a name said
    // thousands of times must not make each event read them all).
    for (size_t k = 0; k < e.mentions.size() && k < 8; ++k) {
      if (mentions_[e.mentions[k]].extra.count("Astronaut")) return true;
    }
  }
  return false;
}

bool DocExtraction::SameHappeningInSentence(int s, const EventFact& ev) const {
  auto vehicles = [&](const EventFact& e) {
    std::set<int> out;
    for (const EventRole& r : e.involves) {
      const std::string& l = mentions_[entities_[r.entity].mentions[0]].label;
      if (l == "Mission" || l == "Spacecraft") out.insert(r.entity);
    }
    return out;
  };
  const std::set<int> mine = vehicles(ev);
  // The sentence's events are the last ones made; a few dozen back is
  // enough (and a sentence without end stays linear).
  constexpr size_t kLookBack = 64;
  const size_t n = facts_.events.size();
  for (size_t i = n > kLookBack ? n - kLookBack : 0; i < n; ++i) {
    const EventFact& e = facts_.events[i];
    if (e.evidence.sentence != s || e.kind != ev.kind) continue;
    // "X is to fly on Crew-10, and Y to launch on Soyuz MS-27": flights of
    // different vehicles are different happenings, whoever else they share.
    const std::set<int> theirs = vehicles(e);
    if (!mine.empty() && !theirs.empty()) {
      bool shared = false;
      for (int v : mine) shared = shared || theirs.count(v) > 0;
      if (!shared) continue;
    }
    for (const EventRole& a : e.involves) {
      for (const EventRole& b : ev.involves) {
        if (a.entity == b.entity) return true;
      }
    }
  }
  return false;
}

void DocExtraction::Events(int s) {
  const SentenceUnit& su = units_.sentences[s];
  for (int t = su.first; t < su.last; ++t) {
    if (!units_.tokens[t].word || InQuote(t)) continue;
    // The longest trigger form starting here, with its senses in file
    // order ("struck": a strike between states, a collision between
    // vehicles).
    std::vector<const EventTrigger*> senses;
    int trigger_end = t;
    for (int n = 1; n <= 4 && t + n <= su.last; ++n) {
      if (!x_.prefixes_.contains(SpanKey(t, t + n))) break;
      std::vector<const EventTrigger*> found =
          lex_.FindTriggers(Span(t, t + n));
      if (!found.empty()) {
        senses = std::move(found);
        trigger_end = t + n;
      }
    }
    if (senses.empty() || !IsHappening(s, t, trigger_end)) continue;
    for (const EventTrigger* sense : senses) {
      if (EventFromTrigger(s, t, trigger_end, *sense)) {
        // "press conference": the words of a trigger tell no second one.
        t = trigger_end - 1;
        break;
      }
    }
  }
}

// One sense of a trigger: an event when the sense's conditions
// (lexicon/event_triggers.tsv, notes) and its kind's arguments hold.
bool DocExtraction::EventFromTrigger(int s, int t, int trigger_end,
                                     const EventTrigger& trigger) {
  const SentenceUnit& su = units_.sentences[s];
  const std::string& notes = trigger.notes;
  // A weak word ("conflict") counts only next to a state: "the Ukraine
  // conflict", "conflict in Syria".
  if (notes.find("weak") != std::string::npos) {
    bool state = false;
    for (const Item& it : items_[s]) {
      if (it.mention < 0 || mentions_[it.mention].label != "Country") continue;
      if (it.t1 == t || (it.t0 >= trigger_end && it.t0 <= trigger_end + 1)) {
        state = true;
      }
    }
    if (!state) return false;
  }
  if (notes.rfind("only with", 0) == 0) return false;
  // "signed a contract", "signs the accords": a signing needs the document
  // signed in the words after it.
  for (auto [note, cue] : {std::pair{"with a document", Cue::kDocumentNoun},
                           std::pair{"with a law", Cue::kLawNoun}}) {
    if (notes.find(note) == std::string::npos) continue;
    bool signed_thing = false;
    for (int u = trigger_end; u < su.last && u < trigger_end + 6; ++u) {
      signed_thing |= x_.cues_.Is(cue, token_keys_[u]);
    }
    // "A fourth memorandum was signed with Japan": in the passive, the
    // document signed stands before.
    if (t - 1 > su.first && x_.cues_.Is(Cue::kBeVerb, token_keys_[t - 1])) {
      for (int u = t - 2; u >= su.first && u >= t - 5; --u) {
        signed_thing |= x_.cues_.Is(cue, token_keys_[u]);
      }
    }
    if (!signed_thing) return false;
  }
  // Landings and incidents are 'other' (SCHEMA.md, conventions in detail).
  const std::string kind = trigger.kind == "landing" ? "other" : trigger.kind;
  const bool flight_kind =
      trigger.kind == "launch" || trigger.kind == "docking" ||
      trigger.kind == "landing" || trigger.kind == "deorbit" ||
      notes.find("needs a vehicle") != std::string::npos;
  // "Titan IV launches ain't cheap", "dockings are routine": a plural
  // noun that is the subject of a verb of being speaks of a class; "2 Titan
  // 4 launches", "two Proton launches" count several (a count of
  // spacewalks, "made three spacewalks", is one outing's work).
  if (flight_kind && trigger_end == t + 1) {
    const bool countable =
        trigger.kind == "launch" || trigger.kind == "docking" ||
        trigger.kind == "landing" || trigger.kind == "deorbit";
    const std::string& w = token_keys_[t];
    const bool plural =
        w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's';
    if (plural && trigger_end < su.last) {
      const std::string& next = token_keys_[trigger_end];
      if (x_.cues_.Is(Cue::kBeVerb, next) ||
          x_.cues_.Is(Cue::kAuxiliary, next) ||
          x_.cues_.Is(Cue::kNegation, next)) {
        return false;
      }
    }
    for (int u = t - 1; countable && plural && u >= su.first && u >= t - 3;
         --u) {
      if (CountAt(s, u)) return false;
    }
    // "since the Centaur survives Titan launches": a bare plural after a
    // word that is no determiner speaks of launches in general; "the
    // Galileo and Ulysses launches", "its dockings" are particular ones.
    if (countable && plural) {
      int u = t - 1;
      while (u >= su.first &&
             (units_.tokens[u].upper || token_keys_[u] == "and" ||
              token_keys_[u] == "," || token_keys_[u] == "-" ||
              std::isdigit(static_cast<unsigned char>(token_keys_[u][0])))) {
        --u;
      }
      // (At the start of a sentence, or before an object, "launches" is the
      // verb: "Roscosmos launches the Progress MS-31 on Friday".)
      const bool object =
          trigger_end < su.last &&
          (units_.tokens[trigger_end].upper ||
           x_.cues_.Is(Cue::kDeterminer, token_keys_[trigger_end]));
      if (u >= su.first && units_.tokens[u].word && !object &&
          !x_.cues_.Is(Cue::kDeterminer, token_keys_[u])) {
        return false;
      }
    }
  }
  // "Atlas holds 14 contracts", "three new agreements": a plural noun
  // counted, at most one lower-case word between, is several happenings
  // (what people do counts their work: "made three spacewalks").
  if (!flight_kind && trigger_end == t + 1 &&
      notes.find("people do it") == std::string::npos) {
    const std::string& w = token_keys_[t];
    const bool plural =
        w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's';
    const bool adjective = t - 1 >= su.first && units_.tokens[t - 1].word &&
                           !units_.tokens[t - 1].upper &&
                           !x_.cues_.Is(Cue::kDeterminer, token_keys_[t - 1]);
    if (plural && ((t - 1 >= su.first && CountAt(s, t - 1)) ||
                   (adjective && t - 2 >= su.first && CountAt(s, t - 2)))) {
      return false;
    }
  }
  // "told a conference", "told the meeting": where someone spoke, not a
  // happening the story reports.
  for (int u = t - 1; (kind == "symposium" || kind == "meeting") &&
                      u >= su.first && u >= t - 3;
       --u) {
    const std::string& w = token_keys_[u];
    if (w == "a" || w == "an" || w == "the") continue;
    if (u < t - 1 && x_.speech_verbs_.contains(w)) return false;
    break;
  }
  EventArgs args = Arguments(s, t, trigger_end, flight_kind);
  args.agentive = notes.find("people do it") != std::string::npos;
  EventFact ev;
  ev.kind = kind;
  ev.cameo = trigger.cameo;
  AssignArguments(args, ev);
  // "named for his father": a sense the next word rules out (the notes'
  // "not before: for after").
  if (size_t nb = notes.find("not before:");
      nb != std::string::npos && trigger_end < su.last) {
    std::string_view words = std::string_view(notes).substr(nb + 11);
    words = words.substr(0, words.find(';'));
    for (absl::string_view w :
         absl::StrSplit(absl::string_view(words.data(), words.size()), ' ',
                        absl::SkipEmpty())) {
      if (w == token_keys_[trigger_end]) return false;
    }
  }
  // "the technician was named Bev Bloodworth": a passive followed by a
  // person's name gives a name, not a post (the notes' "a name after the
  // passive"; "was named head of", "was named Lee's successor" are posts).
  if (notes.find("a name after the passive") != std::string::npos &&
      trigger_end < su.last && x_.cues_.Is(Cue::kBeVerb, token_keys_[t])) {
    for (const Item& it : items_[s]) {
      if (it.t0 == trigger_end && it.mention >= 0 &&
          mentions_[it.mention].label == "Person" &&
          mentions_[it.mention].t0 == trigger_end) {
        const int after = mentions_[it.mention].t1;
        // ("was named Bev Bloodworth's successor": the post follows.)
        if (after >= su.last || !absl::StartsWith(token_keys_[after], "'")) {
          return false;
        }
      }
    }
  }
  // A common verb ("went up", "arrived", "returned") tells a flight only
  // with a vehicle, or a crew member, among its arguments.
  if (notes.find("needs a vehicle") != std::string::npos &&
      !HasFlightArgument(ev, notes.find("or a crew") != std::string::npos)) {
    return false;
  }
  if (notes.find("needs a station") != std::string::npos) {
    bool station = false;
    for (const EventRole& r : ev.involves) {
      const Mention& m = mentions_[entities_[r.entity].mentions[0]];
      station |= m.label == "Spacecraft" &&
                 (KindOf(m) == "station" || KindOf(m) == "module");
    }
    if (!station) return false;
  }
  if (notes.find("needs a person") != std::string::npos) {
    bool person = false;
    for (const EventRole& r : ev.involves) {
      person |= mentions_[entities_[r.entity].mentions[0]].label == "Person";
    }
    if (!person) return false;
  }
  const bool dated = !SentenceDate(s, t, FutureBefore(s, su.last, t)).empty();
  // "Modi's state visit", "Putin's visit": the visitor named as the
  // possessor is argument enough.
  auto possessive = [&](int u) {
    return u >= su.first &&
           (absl::EndsWith(token_keys_[u], "'s") ||
            absl::EndsWith(token_keys_[u], "\u2019s") ||
            token_keys_[u] == "'s" || token_keys_[u] == "\u2019s");
  };
  const bool visitor_named = kind == "visit" && !ev.involves.empty() &&
                             (possessive(t - 1) || possessive(t - 2));
  if (!HasItsArguments(ev, dated) && !visitor_named) return false;
  if (flight_kind && !dated && GenericPresent(s, t, trigger_end)) return false;
  // One happening told twice in a sentence ("launched ... the launch") is
  // one event: a second trigger of the kind that shares a participant with
  // the first adds nothing.
  if (SameHappeningInSentence(s, ev)) return true;
  // "the meeting", "this agreement": a report that refers back.
  if (t > su.first) {
    std::string det = FoldCase(Tok(t - 1));
    if (det == "the" || det == "this" || det == "that") {
      anaphoric_.insert(static_cast<int>(facts_.events.size()));
    }
  }
  ev.flight =
      !args.noun && (trigger.kind == "launch" || trigger.kind == "docking" ||
                     trigger.kind == "landing");
  ev.trigger = CollapseWhiteSpace(Span(t, trigger_end));
  ev.planned = FutureBefore(s, trigger_end, t);
  // "The engines will be fired for an hour", "it will still have failures":
  // nobody plans an incident; told in the future it is a prediction.
  if (ev.planned && notes.find("an incident") != std::string::npos) {
    return false;
  }
  ev.date =
      EventDate(s, t, FutureBefore(s, su.last, t), ev.planned, &ev.undated);
  // "Bill Nelson, who flew on the shuttle Columbia in 1986, called ...",
  // "Nelson, a former senator who flew on Columbia in 1986, ...": a
  // person's past told in a relative clause, years before the story, is
  // who the person is, not the news. In a text of unknown date, the story's
  // year is the latest one it writes ("a former pilot who flew on
  // Shenzhou-6 in 2005").
  if (StoryYear() != 0 && ev.date.size() >= 4 &&
      std::atoi(ev.date.substr(0, 4).c_str()) < StoryYear() - 1) {
    for (int u = t - 1; u > su.first && u >= t - 8; --u) {
      if (token_keys_[u] == "who") return false;
      if (x_.cues_.Is(Cue::kClauseBreak, token_keys_[u])) break;
    }
  }
  if (CancelIn(s)) ev.cancelled = ev.planned;
  // "An orbital launch would cost less than ten megabucks", "a docking
  // needs a port": a happening named with an indefinite article and no time
  // is any such happening, not one that took place ("a launch from Baikonur
  // on Friday" has its time).
  if (ev.date.empty() && SentenceDates(s, /*future=*/false).empty() &&
      IndefiniteNoun(s, t)) {
    return false;
  }
  const uint32_t begin = units_.tokens[t].begin;
  const uint32_t end = units_.tokens[trigger_end - 1].end;
  ev.summary = Summary(s, begin, end);
  ev.evidence = {s, begin, end, Evidence(s, begin, end)};
  ev.rule = absl::StrCat("event trigger '", trigger.trigger, "' (",
                         trigger.source.ToString(), ")");
  facts_.events.push_back(std::move(ev));
  return true;
}

// "O'Hara is to fly on Soyuz MS-24, and Fedyaev on Crew-6": the conjunct
// that leaves its verb out tells a happening of the same kind as the event
// before it, with the people and flights it names.
void DocExtraction::GappedEvents(int s) {
  // A conjunct is short: it ends at the next comma, semicolon or clause
  // break, and at most kConjunct tokens on.
  constexpr int kConjunct = 14;
  const SentenceUnit& su = units_.sentences[s];
  const size_t made = facts_.events.size();
  for (int t = su.first; t < su.last; ++t) {
    if (!GappedConjunct(s, t)) continue;
    // The flight told last before it in the sentence (a few events back).
    const EventFact* before = nullptr;
    for (size_t e = made; e > 0 && e + 64 > made && before == nullptr; --e) {
      const EventFact& ev = facts_.events[e - 1];
      if (ev.evidence.sentence != s) break;
      if (ev.flight && ev.evidence.begin < units_.tokens[t].begin) {
        before = &ev;
      }
    }
    if (before == nullptr) continue;
    int end = t + 2;
    while (end < su.last && end < t + kConjunct) {
      const std::string& w = token_keys_[end];
      if (w == "," || w == ";" || x_.cues_.Is(Cue::kClauseBreak, w)) break;
      ++end;
    }
    EventFact ev;
    ev.kind = before->kind;
    ev.cameo = before->cameo;
    ev.trigger = before->trigger;
    ev.planned = before->planned;
    ev.flight = true;
    for (const Item& it : items_[s]) {
      if (it.t0 <= t + 1) continue;
      if (it.t0 >= end) break;
      if (it.mention < 0) continue;
      const Mention& m = mentions_[it.mention];
      if (m.label == "Person" || IsNamedFlight(m)) {
        bool have = false;
        for (const EventRole& r : ev.involves) have |= r.entity == m.entity;
        if (!have) ev.involves.push_back({m.entity, "participant"});
      }
    }
    if (ev.involves.empty()) continue;
    const uint32_t begin = units_.tokens[t + 2].begin;
    const uint32_t end_byte = units_.tokens[end - 1].end;
    ev.date = EventDate(s, t + 2, ev.planned, ev.planned, &ev.undated);
    ev.summary = Summary(s, begin, end_byte);
    ev.evidence = {s, begin, end_byte, Evidence(s, begin, end_byte)};
    ev.rule = "a conjunct that leaves out the verb of the event before it";
    facts_.events.push_back(std::move(ev));
  }
}

}  // namespace kg
