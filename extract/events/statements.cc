// Statements: a state, or an official speaking in reported speech, is a
// statement event.
#include "extract/pipeline.h"

namespace kg {

namespace {

// How far after the speech verb its reported clause may begin ("told
// journalists on Monday that ...").
constexpr int kReportReach = 6;

}  // namespace

// "Russia has said that ...", "Moscow says ...": a state speaking is a
// statement. So is an official speaking in reported speech -- "the agency
// head told reporters that work on the station would go on" -- when what is
// reported names a state, an organization or a vehicle. A person quoted in
// quotation marks is SAID, not an event; an organization's spokesman words
// ("NASA said the crew was safe") are news, not a political statement.
void DocExtraction::StateStatements(int s) {
  const std::vector<Item>& items = items_[s];
  const SentenceUnit& su = units_.sentences[s];
  for (size_t v = 1; v < items.size(); ++v) {
    if (InQuote(items[v].t0) || units_.tokens[items[v].t0].upper) continue;
    if (!x_.speech_verbs_.contains(items[v].key)) continue;
    // The subject: the item before the verb and its auxiliaries ("Russia has
    // (repeatedly) said"), over an apposition ("Oleg Savin, the head of
    // Roscosmos, told").
    size_t i = v - 1;
    while (i > 0 && i + 3 >= v && x_.cues_.Is(Cue::kAuxiliary, items[i].key)) {
      --i;
    }
    if (items[i].key == "," && i > 0) {
      size_t open = i - 1;
      while (open > 0 && open + 12 > i && items[open].key != ",") --open;
      if (items[open].key == "," && open > 0) i = open - 1;
    }
    if (items[i].mention < 0 || InQuote(items[i].t0)) continue;
    // "Tsniimach Enterprise in Russia announced": a state after a locative
    // word is where the speaker is, not the speaker.
    if (i > 0 && items[i - 1].key != "of" &&
        x_.cues_.Is(Cue::kLocative, items[i - 1].key)) {
      continue;
    }
    const Mention& speaker = mentions_[items[i].mention];
    const bool state = speaker.label == "Country";
    const bool official =
        speaker.label == "Person" &&
        (speaker.extra.count("Official") || speaker.props.count("title"));
    if (!state && !official) continue;
    // What is reported: the clause after the verb, up to a quotation.
    std::vector<int> reported;  // mentions
    bool quoted = false;
    // "told TASS that ...": whom it was told is no part of what was said,
    // nor is the outlet reporting it.
    const bool tell =
        items[v].key.rfind("tel", 0) == 0 || items[v].key.rfind("tol", 0) == 0;
    bool addressee = tell;
    for (size_t j = v + 1; j < items.size(); ++j) {
      if (InQuote(items[j].t0)) {
        quoted = quoted || j <= v + kReportReach;
        break;
      }
      if (items[j].mention < 0) continue;
      const Mention& m = mentions_[items[j].mention];
      if (addressee && j <= v + 3) {  // "told (Russia's) TASS"
        addressee = false;
        continue;
      }
      auto kind = m.props.find("kind");
      if (kind != m.props.end() && kind->second == "media") continue;
      reported.push_back(items[j].mention);
    }
    if (!state) {
      if (quoted) continue;
      bool names_something = false;
      for (int m : reported) {
        const std::string& l = mentions_[m].label;
        names_something |=
            l == "Country" || l == "Organization" || l == "Spacecraft";
      }
      if (!names_something) continue;
    }
    bool have = false;
    for (const EventFact& e : facts_.events) {
      if (e.kind == "statement" && e.evidence.sentence == s) have = true;
    }
    if (have) break;
    EventFact ev;
    ev.kind = "statement";
    ev.cameo = "01";
    ev.trigger = CollapseWhiteSpace(Span(items[v].t0, items[v].t1));
    ev.involves.push_back({speaker.entity, "actor"});
    for (int m : reported) {
      int e = mentions_[m].entity;
      bool dup = false;
      for (const EventRole& r : ev.involves) dup |= r.entity == e;
      if (dup) continue;
      if (mentions_[m].label == "Place") {
        ev.occurred_at.push_back(e);
      } else if (state) {
        ev.involves.push_back({e, "participant"});
      } else if (mentions_[m].label == "Country") {
        // An official's words are about the states they name; the agencies,
        // people and vehicles of the report are no party to them ("Goldin
        // said the work will go through the University of Maryland").
        ev.involves.push_back({e, "target"});
      }
    }
    ev.planned = Future(su.first, items[v].t0, items[v].t0);
    ev.date = EventDate(s, items[v].t0, ev.planned, ev.planned);
    const uint32_t begin = units_.tokens[items[i].t0].begin;
    const uint32_t end = units_.tokens[items[v].t1 - 1].end;
    ev.summary = Summary(s, begin, end);
    ev.evidence = {s, begin, end, Evidence(s, begin, end)};
    ev.rule = state ? "a state as the subject of a speech verb"
                    : "an official reporting what a state, an organization "
                      "or a vehicle does";
    facts_.events.push_back(std::move(ev));
    break;
  }
}

}  // namespace kg
