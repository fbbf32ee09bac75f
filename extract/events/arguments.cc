// The arguments of an event trigger: the entities of its clause, not of its
// whole sentence. The clause runs back from the trigger to a clause break
// (rules/cues.txt [clause_break]: ";", "which", "after", ...) and forward to
// the next one, at most kReach tokens each way. Each entity found keeps the
// word before it, so the roles can read "with X" (a participant), "against X"
// (a target), "in X" (a place).
//
// Roles by the event's frame (corpus/gold/README.md):
//  - political acts (sanctions, strikes, statements ...): the nearest state,
//    organization or person before the trigger acts, the first one after it
//    is acted on;
//  - meetings, agreements, symposia: everyone in the clause takes part;
//  - launches, dockings, landings and incidents: the vehicles and missions
//    take part, an organization acts;
//  - visits: the visitor acts on the country or organization visited;
//  - other happenings (appointments, dismissals): the person named takes
//    part; a state, organization or person before the trigger acts on them.
// Places after a locative word are where it happened; a place that is the
// subject of nothing else ("Moscow said") is an actor's metonym and was
// already resolved to its Country.
#include <algorithm>
#include <cctype>

#include "absl/strings/match.h"
#include "extract/pipeline.h"

namespace kg {

namespace {

constexpr int kReach = 16;

}  // namespace

DocExtraction::EventArgs DocExtraction::Arguments(int s, int t0, int t1,
                                                  bool flight) const {
  const SentenceUnit& su = units_.sentences[s];
  // Back from the trigger to a clause break. A relative clause between the
  // subject and its verb (", who has headed the agency since 1992,") is
  // stepped over: its words are no arguments, the subject before it is.
  int left = std::max(su.first, t0 - kReach);
  int skip_from = -1, skip_to = -1;  // the relative clause, if any
  bool own_clause = false;  // a coordinated clause: no subject from before
  // An apposition between the subject and its verb ("Bakanov, named to lead
  // Roscosmos in February, toured ...", "Komarov, 50, runs ...") is stepped
  // over too: ", <opener> ... ," just before the verb (and an adverb).
  {
    int close = t0 - 1;
    while (close > su.first && close >= t0 - 3 && token_keys_[close] != ",") {
      --close;
    }
    if (close > su.first && token_keys_[close] == ",") {
      int open = close - 1;
      while (open > su.first && open > close - 14 && token_keys_[open] != ",") {
        --open;
      }
      const bool opener =
          open > su.first && token_keys_[open] == "," && open + 1 < close &&
          (x_.cues_.Is(Cue::kAppositionOpener, token_keys_[open + 1]) ||
           std::isdigit(static_cast<unsigned char>(Tok(open + 1)[0])));
      // ("their original capsule, the Soyuz MS-22, sprang a leak": when the
      // subject before it names nothing, the apposition names the subject.)
      bool named_before = false;
      for (const Item& it : items_[s]) {
        if (!opener || it.t0 >= open) break;
        named_before |= it.mention >= 0 && it.t0 >= open - kReach;
      }
      if (opener && named_before) {
        skip_from = open;
        skip_to = close;
        left = std::max(su.first, open - kReach);
      }
    }
  }
  for (int t = t0 - 1; t >= left; --t) {
    if (t >= skip_from && t <= skip_to) continue;
    if (InQuote(t)) {
      left = t + 1;
      break;
    }
    if (JoinsAClause(s, t)) {
      left = t + 2;  // after the conjunction
      own_clause = true;
      break;
    }
    if (!x_.cues_.Is(Cue::kClauseBreak, token_keys_[t])) continue;
    if (skip_from < 0 && t > su.first && token_keys_[t - 1] == "," &&
        x_.cues_.Is(Cue::kRelative, token_keys_[t])) {
      int close = -1;  // the comma that ends the relative clause
      for (int u = t + 1; u < t0; ++u) {
        if (token_keys_[u] == ",") close = u;
      }
      if (close > 0) {
        skip_from = t - 1;
        skip_to = close;
        left = std::max(su.first, t - 1 - kReach);
        t -= 1;  // past the comma
        continue;
      }
    }
    left = t + 1;
    break;
  }
  // Forward, a clause ends at a conjunction that opens one, with a comma or
  // without a comma when a person or a pronoun is its subject: "resigned in
  // April and Popovkin will take over" (before the trigger, "A and B will
  // meet" joins subjects; "the CRAF and Cassini missions are" joins names),
  // and before the people a flight leaves ("returned in Soyuz TM-10,
  // leaving A and B aboard").
  auto person_at = [&](int t) {
    if (t >= su.last) return false;
    if (x_.cues_.Is(Cue::kPersonPronoun, token_keys_[t])) return true;
    const std::vector<Item>& items = items_[s];
    auto it = std::partition_point(items.begin(), items.end(),
                                   [&](const Item& i) { return i.t0 < t; });
    return it != items.end() && it->t0 == t && it->mention >= 0 &&
           mentions_[it->mention].label == "Person";
  };
  int right = std::min(su.last, t1 + kReach);
  for (int t = t1; t < right; ++t) {
    if (InQuote(t) || x_.cues_.Is(Cue::kClauseBreak, token_keys_[t]) ||
        JoinsAClause(s, t) ||
        (token_keys_[t] == "and" && person_at(t + 1) &&
         VerbOfItsOwn(s, t + 1)) ||
        (x_.cues_.Is(Cue::kLeaving, token_keys_[t]) &&
         PersonStartsAt(s, t + 1))) {
      right = t;
      break;
    }
  }
  // "until the EUVE (launched last year) had almost no history except
  // Skylab": a trigger in brackets speaks of the name just before them; no
  // other word outside them is its argument.
  int bracket = -1;  // the "(" before the trigger, when it closes after it
  for (int t = t0 - 1; t >= su.first && t >= t0 - kReach; --t) {
    if (Tok(t) == ")") break;
    if (Tok(t) != "(") continue;
    for (int u = t1; u < su.last && u < t1 + kReach; ++u) {
      if (Tok(u) == "(") break;
      if (Tok(u) == ")") {
        bracket = t;
        left = std::max(left, t + 1);
        right = std::min(right, u);
        break;
      }
    }
    break;
  }
  EventArgs args;
  args.trigger = t0;
  args.trigger_end = t1;
  args.flight = flight;
  // "was appointed", "had been expelled", "was quickly suspended".
  int aux = t0 - 1;
  if (aux > su.first && absl::EndsWith(token_keys_[aux], "ly")) --aux;
  args.passive = aux >= su.first && x_.cues_.Is(Cue::kBeVerb, token_keys_[aux]);
  if (t0 > su.first) {
    const std::string& before = token_keys_[t0 - 1];
    args.noun = before == "the" || before == "a" || before == "an" ||
                before == "this" || before == "that" || before == "these" ||
                before == "those" || before == "its" || before == "their" ||
                before == "his" || before == "her" ||
                absl::EndsWith(before, "'s") ||
                absl::EndsWith(before, "\u2019s");
  }
  // A dateline's outlet, "MOSCOW, Aug 24 (AFP) -", is no argument.
  int dateline_end = su.first;
  for (int t = su.first; t < su.last && t < su.first + 10; ++t) {
    if (token_keys_[t] == ")" && t + 1 < su.last &&
        (Tok(t + 1) == "-" || Tok(t + 1) == "\u2014" || Tok(t + 1) == "—" ||
         Tok(t + 1) == "–")) {
      dateline_end = t + 1;
      break;
    }
  }
  // The items near the clause: a subject or a station further away than
  // kReach tokens more is no argument (and a sentence without end stays
  // linear).
  const std::vector<Item>& items = items_[s];
  const int near_from = left - 3 * kReach, near_to = right + 3 * kReach;
  auto from =
      std::partition_point(items.begin(), items.end(),
                           [&](const Item& it) { return it.t0 < near_from; });
  for (auto i = from; i != items.end() && i->t0 < near_to; ++i) {
    const Item& it = *i;
    if (InQuote(it.t0) || it.t0 < dateline_end) continue;
    int mention = it.mention;
    // "He will come home aboard Atlantis": the person named last.
    if (mention < 0 && x_.cues_.Is(Cue::kPersonPronoun, it.key)) {
      mention = PronounReferent(s, it.t0);
    }
    // "I flew on Soyuz" in a transcript's turn: its speaker.
    if (mention < 0 && x_.cues_.Is(Cue::kFirstPerson, it.key)) {
      mention = TurnSpeaker(s);
    }
    // "shortly after it came down": in a flight, "it" is the vehicle named
    // last.
    if (mention < 0 && flight && it.key == "it") {
      mention = VehicleReferent(s, it.t0);
    }
    // "They came home aboard Soyuz MS-18": in a flight, "they" are the
    // people the sentence before named together.
    std::vector<int> referents;
    if (mention >= 0) {
      referents.push_back(mention);
    } else if (flight && it.key == "they") {
      referents = CrewReferents(s);
    } else if (x_.cues_.Is(Cue::kPairWord, it.key)) {
      // "The two space chiefs met": the last two people named.
      referents = PairReferents(s, it.t0);
    }
    if (referents.empty()) continue;
    if (it.t0 >= t0 && it.t0 < t1) continue;  // the trigger itself
    // "to NASA astronaut Sunita Williams", "NASA's Anne McClain": an
    // organization or a state that modifies the astronaut after it says
    // whom the astronaut works for or belongs to; the astronaut is the
    // party.
    if (mention >= 0 &&
        ModifiesAPerson(s, static_cast<int>(i - items.begin()))) {
      continue;
    }
    if (it.t0 >= skip_from && it.t0 <= skip_to) continue;
    if (bracket >= 0 && (it.t0 < left ? it.t1 != bracket : it.t0 >= right)) {
      continue;
    }
    const bool modifies_person =
        mention >= 0 &&
        ModifiesAPerson(s, static_cast<int>(i - items.begin()), true);
    for (int referent : referents) {
      Arg a;
      a.mention = referent;
      a.t = it.t0;
      a.modifies_person = modifies_person;
      int before = it.t0 - 1;
      if (before >= su.first && token_keys_[before] == "the") --before;
      if (before >= su.first) a.word_before = token_keys_[before];
      if (it.t0 >= left && it.t0 < right) {
        (it.t0 < t0 ? args.left : args.right).push_back(a);
      } else if (it.t0 < t0) {
        // Before the clause: a subject far back, unless the clause is one
        // of its own ("A will fly on X, and B will launch on Y").
        if (!own_clause) args.subject.push_back(a);
      } else {
        args.beyond.push_back(a);  // after the clause
      }
    }
  }
  args.context_flights = s < static_cast<int>(context_flights_.size())
                             ? context_flights_[s]
                             : std::vector<int>{};
  return args;
}

void DocExtraction::AssignArguments(const EventArgs& args, EventFact& ev) {
  auto label = [&](const Arg& a) -> const std::string& {
    return mentions_[a.mention].label;
  };
  auto is_agent = [&](const Arg& a) {
    const std::string& l = label(a);
    return l == "Country" || l == "Organization" || l == "Person";
  };
  auto is_vehicle = [&](const Arg& a) {
    return label(a) == "Spacecraft" || label(a) == "Mission";
  };
  std::set<int> used;
  const std::string& k = ev.kind;
  const bool operational =
      k == "launch" || k == "docking" || k == "deorbit" || k == "landing";
  auto add = [&](const Arg& a, const char* role) {
    // "the first Soviet probe to land", "the Japanese spacecraft crashed":
    // a nationality adjective says whose the vehicle is; it does not fly.
    const Mention& am = mentions_[a.mention];
    if ((operational || k == "other") && am.item >= 0 &&
        items_[am.sentence][am.item].cls == kClsDemonym) {
      return;
    }
    int e = mentions_[a.mention].entity;
    // "launched toward Venus": a launch or a docking happens on Earth or in
    // orbit; a world it heads for is no part of it and not where it was.
    if (label(a) == "Place" && k != "other" && operational &&
        EntryKind(am) == "celestial") {
      return;
    }
    if (!used.insert(e).second) return;
    if (label(a) == "Place") {
      ev.occurred_at.push_back(e);
    } else {
      ev.involves.push_back({e, role});
    }
  };
  auto places = [&]() {
    for (const Arg& a : args.right) {
      if ((label(a) == "Place" || label(a) == "Country") &&
          x_.cues_.Is(Cue::kLocative, a.word_before) &&
          !(operational && EntryKind(mentions_[a.mention]) == "celestial")) {
        // A place in the clause after "in", "at", "near": where it was.
        int e = mentions_[a.mention].entity;
        if (used.insert(e).second) ev.occurred_at.push_back(e);
      }
    }
  };
  // "Tsniimach in Russia announced", "a press conference at McDonnell
  // Douglas": a state or an organization after a locative word is where,
  // not who.
  auto located = [&](const Arg& a) {
    // ("of" is locative only after a place: "the escalation of the Ukraine
    // conflict" is Ukraine's.)
    return label(a) != "Person" && a.word_before != "of" &&
           x_.cues_.Is(Cue::kLocative, a.word_before);
  };
  if (k == "meeting" || k == "agreement" || k == "symposium") {
    // People meet: the state or organization that only says whose a person
    // is ("Russian Prime Minister Viktor Chernomyrdin met ...") is no party
    // to the meeting (to an agreement it is, signing through its official).
    auto party = [&](const Arg& a) {
      return !(k == "meeting" && a.modifies_person);
    };
    for (auto it = args.left.rbegin(); it != args.left.rend(); ++it) {
      if (is_agent(*it) && !located(*it) && party(*it)) {
        add(*it, "participant");
      }
    }
    // After the trigger, who it is with: "met (with) X", "talks with X",
    // "an agreement with X", "signed ... between X and Y"; not every name
    // of the clause ("meet budget guidelines set by Congress").
    // ("meet acting NASA Administrator Sean Duffy": the person a modifier
    // within reach names is within reach too.)
    bool with = false, through_modifier = false;
    int read = args.trigger_end;
    for (const Arg& a : args.right) {
      // "signed by X and Y" names the parties too.
      for (; read < a.t; ++read) {
        const std::string& w = token_keys_[read];
        with |= w == "with" || w == "between" || w == "by";
      }
      if (!is_agent(a) && !is_vehicle(a)) continue;
      const bool near = with || a.t <= args.trigger_end + 2;
      if (!party(a)) {
        through_modifier |= near;
        continue;
      }
      if (located(a)) continue;
      // (A vehicle is what an agreement or a meeting is about, not a
      // party to it: "a contract for Proton launches".)
      if (near || (through_modifier && label(a) == "Person")) {
        add(a, is_vehicle(a) ? "target" : "participant");
      }
      through_modifier = false;
    }
    places();
    return;
  }
  bool vehicle_frame = operational || args.flight;
  if (k == "other") {
    for (const Arg& a : args.left) vehicle_frame |= is_vehicle(a);
  }
  if (vehicle_frame) {
    // What flies: the vehicles before the trigger (the clause's, else the
    // sentence's subject kept apart by an apposition, else the flight the
    // sentences before spoke of), and those after it that are not where it
    // goes; a docking also takes part the station it docks with.
    // ("the thrusters of Nauka fired": the vehicle a part belongs to).
    // ("lifted off with Astra 1F": what a launch is "with" is its load, not
    // where it goes.)
    // ("were launched in the Soyuz MS-13 spacecraft", "came home aboard
    // Soyuz MS-25": a vehicle one rides in or aboard flies too; one docks
    // in nothing.)
    auto flies = [&](const Arg& a) {
      const std::string& w = a.word_before;
      return is_vehicle(a) &&
             (!x_.cues_.Is(Cue::kDestination, w) ||
              (k == "launch" && w == "with")) &&
             (w == "of" || !x_.cues_.Is(Cue::kLocative, w) ||
              (k != "docking" && x_.cues_.Is(Cue::kAboard, w)) ||
              (k != "docking" && w == "in"));
    };
    size_t before = ev.involves.size();
    for (const Arg& a : args.left) {
      if (flies(a)) add(a, "participant");
    }
    if (ev.involves.size() == before) {
      for (const Arg& a : args.subject) {
        if (flies(a)) add(a, "participant");
      }
    }
    for (const Arg& a : args.right) {
      if (flies(a) || (k == "docking" && is_vehicle(a))) {
        add(a, "participant");
      }
    }
    // A docking takes part the station (or module) the sentence names,
    // wherever an apposition put it.
    if (k == "docking") {
      for (const std::vector<Arg>* side :
           {&args.subject, &args.left, &args.right, &args.beyond}) {
        for (const Arg& a : *side) {
          if (label(a) == "Spacecraft" &&
              (KindOf(mentions_[a.mention]) == "station" ||
               KindOf(mentions_[a.mention]) == "module")) {
            add(a, "participant");
          }
        }
      }
    }
    if (ev.involves.size() == before) {
      for (int m : args.context_flights) {
        // An expedition lives on a station: it is no flight that launches,
        // docks or lands.
        if (IsExpedition(mentions_[m])) continue;
        int e = mentions_[m].entity;
        if (used.insert(e).second) ev.involves.push_back({e, "participant"});
      }
    }
    // People before a verb fly ("Ivan and Oleg docked"); before a noun
    // they may only watch ("Trump watched the launch"). An organization
    // acts as the trigger's subject ("Roscosmos launched", "Roscosmos has
    // successfully launched") or its agent ("launched by Roscosmos"), not
    // as a word that tells whose a vehicle or a person is ("a SpaceX
    // capsule docked", "TASS said the Kosmos was launched").
    // ("Trump watched Endurance splash down": who watches does not fly.)
    auto watches = [&](const Arg& a) {
      for (int u = a.t + 1; u < args.trigger; ++u) {
        if (x_.cues_.Is(Cue::kPerceptionVerb, token_keys_[u])) return true;
      }
      return false;
    };
    for (const Arg& a : args.left) {
      if (label(a) == "Organization" && SubjectOfTrigger(args, a)) {
        add(a, "actor");
      }
      if (label(a) == "Person" && !args.noun && !watches(a)) {
        add(a, "participant");
      }
    }
    for (const Arg& a : args.right) {
      if (label(a) == "Person") add(a, "participant");
      if (label(a) == "Organization" && a.word_before == "by") {
        add(a, "actor");
      }
    }
    places();
    return;
  }
  if (k == "visit") {
    for (auto it = args.left.rbegin(); it != args.left.rend(); ++it) {
      if (is_agent(*it)) {
        add(*it, "actor");
        break;
      }
    }
    // ("Three American spacecraft have visited Saturn": a world is flown
    // to, not visited.)
    for (const Arg& a : args.right) {
      if (label(a) == "Country" || label(a) == "Organization" ||
          (label(a) == "Place" &&
           EntryKind(mentions_[a.mention]) != "celestial")) {
        add(a, "target");
      }
    }
    return;
  }
  // Political acts and other happenings: the agent before acts, the first
  // one after is acted on ("against X" wins), "with X" takes part.
  // ("Itar-TASS announced the launch": a news outlet reports a statement,
  // it makes none.)
  auto outlet = [&](const Arg& a) {
    return k == "statement" && KindOf(mentions_[a.mention]) == "media";
  };
  const Arg* actor = nullptr;
  for (auto it = args.left.rbegin(); it != args.left.rend(); ++it) {
    if (is_agent(*it) && !located(*it) && !outlet(*it)) {
      actor = &*it;
      break;
    }
  }
  // A statement is made by and about states, organizations and people: "a
  // Pegasus competitor is announced" says nothing to the Pegasus.
  const bool agents_only = k == "statement";
  const Arg* target = nullptr;
  for (const Arg& a : args.right) {
    if (!is_agent(a) && (agents_only || !is_vehicle(a))) continue;
    if (x_.cues_.Is(Cue::kLocative, a.word_before) && label(a) != "Person") {
      continue;
    }
    if (a.word_before == "against") {
      target = &a;
      break;
    }
    // "the first spacewalk by Alexei Leonov", "sanctions imposed by the
    // United States": who does it, not what it is done to.
    if (a.word_before == "by" && is_agent(a)) {
      if (actor == nullptr) actor = &a;
      continue;
    }
    if (target == nullptr && a.word_before != "with") target = &a;
  }
  if (args.passive) {
    // "X was appointed by Y", "Rogozin was sanctioned": the subject is acted
    // on, "by Y" acts.
    // The person the clause names, else its nearest agent or vehicle ("Ivan
    // Petrov, a former NASA official, was sworn in").
    const Arg* subject = nullptr;
    for (auto it = args.left.rbegin(); it != args.left.rend(); ++it) {
      if (label(*it) == "Person") {
        subject = &*it;
        break;
      }
    }
    for (auto it = args.left.rbegin();
         subject == nullptr && it != args.left.rend(); ++it) {
      if (is_agent(*it) || (!agents_only && is_vehicle(*it))) subject = &*it;
    }
    for (auto it = args.subject.rbegin();
         subject == nullptr && it != args.subject.rend(); ++it) {
      if (is_agent(*it) || (!agents_only && is_vehicle(*it))) subject = &*it;
    }
    for (const Arg& a : args.right) {
      if (a.word_before == "by" && is_agent(a)) {
        add(a, "actor");
        break;
      }
    }
    if (subject != nullptr) add(*subject, "target");
    places();
    return;
  }
  if (k == "other") {
    // "X was appointed", "Putin appointed X": the person is the one the
    // happening is about.
    if (target != nullptr && label(*target) == "Person") {
      if (actor != nullptr)
        add(*actor, args.agentive ? "participant" : "actor");
      // "the first spacewalk (Alexei Leonov)": who walks takes part.
      add(*target, args.agentive ? "participant" : "target");
    } else if (actor != nullptr) {
      add(*actor, "participant");
      if (target != nullptr) add(*target, "target");
    }
  } else {
    if (actor != nullptr) add(*actor, "actor");
    if (target != nullptr) add(*target, "target");
  }
  for (const Arg& a : args.right) {
    if (a.word_before == "with" && is_agent(a)) add(a, "participant");
  }
  places();
}

}  // namespace kg
