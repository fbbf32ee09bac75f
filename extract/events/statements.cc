// A state speaking is a statement event.
#include "extract/pipeline.h"

namespace kg {

// "Russia has said that ...", "Moscow says ...": a state speaking is a
// statement event (a person speaking is a quotation or a paraphrase).
void DocExtraction::StateStatements(int s) {
  const std::vector<Item>& items = items_[s];
  for (size_t i = 0; i + 1 < items.size(); ++i) {
    if (items[i].mention < 0 || InQuote(items[i].t0)) continue;
    if (mentions_[items[i].mention].label != "Country") continue;
    size_t v = i + 1;
    // "Russia has (repeatedly) said".
    while (v < items.size() && v <= i + 3 &&
           x_.cues_.Is(Cue::kAuxiliary, items[v].key)) {
      ++v;
    }
    if (v >= items.size() || units_.tokens[items[v].t0].upper) continue;
    if (!x_.speech_verbs_.contains(items[v].key)) continue;
    bool have = false;
    for (const EventFact& e : facts_.events) {
      if (e.kind == "statement" && e.evidence.sentence == s) have = true;
    }
    if (have) break;
    EventFact ev;
    ev.kind = "statement";
    ev.cameo = "01";
    ev.trigger = CollapseWhiteSpace(Span(items[v].t0, items[v].t1));
    ev.involves.push_back({mentions_[items[i].mention].entity, "actor"});
    for (size_t j = v + 1; j < items.size(); ++j) {
      int m = items[j].mention;
      if (m < 0 || InQuote(items[j].t0)) continue;
      int e = mentions_[m].entity;
      bool dup = false;
      for (const EventRole& r : ev.involves) dup |= r.entity == e;
      if (dup) continue;
      if (mentions_[m].label == "Place") {
        ev.occurred_at.push_back(e);
      } else {
        ev.involves.push_back({e, "participant"});
      }
    }
    const SentenceUnit& su = units_.sentences[s];
    ev.planned = Future(su.first, items[v].t0);
    ev.date = EventDate(s, items[v].t0, ev.planned, ev.planned);
    const uint32_t begin = units_.tokens[items[i].t0].begin;
    const uint32_t end = units_.tokens[items[v].t1 - 1].end;
    ev.summary = Summary(s, begin, end);
    ev.evidence = {s, begin, end, Evidence(s, begin, end)};
    ev.rule = "a state as the subject of a speech verb";
    facts_.events.push_back(std::move(ev));
    break;
  }
}

}  // namespace kg
