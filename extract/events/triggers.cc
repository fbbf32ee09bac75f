// Events from trigger words (lexicon/event_triggers.tsv): kind, date, planned
// and cancelled, and the entities of the trigger's sentence.
#include "absl/strings/str_cat.h"
#include "extract/pipeline.h"

namespace kg {

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
    if (units_.tokens[t].upper && t > su.first && units_.tokens[t - 1].upper) {
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
    if (notes.rfind("only with", 0) == 0 ||
        notes.find("with a document") != std::string::npos) {
      continue;
    }
    if (trigger->kind == "other") continue;
    if (kinds_done.count(trigger->kind)) continue;
    // Entities of the sentence outside quotes, with their token positions.
    struct Arg {
      int mention;
      int t;
    };
    std::vector<Arg> before, after;
    for (const Item& it : items_[s]) {
      if (it.mention < 0 || InQuote(it.t0)) continue;
      (it.t0 < t ? before : after).push_back({it.mention, it.t0});
    }
    if (before.empty() && after.empty()) continue;
    kinds_done.insert(trigger->kind);
    EventFact ev;
    // "the meeting", "this agreement": a report that refers back.
    if (t > su.first) {
      std::string det = FoldCase(Tok(t - 1));
      if (det == "the" || det == "this" || det == "that") {
        anaphoric_.insert(static_cast<int>(facts_.events.size()));
      }
    }
    ev.kind = trigger->kind;
    ev.cameo = trigger->cameo;
    ev.trigger = CollapseWhiteSpace(Span(t, trigger_end));
    ev.planned = Future(su.first, trigger_end);
    ev.date = SentenceDate(s, t, Future(su.first, su.last));
    for (int k = su.first; k < su.last; ++k) {
      if (x_.cues_.Is(Cue::kCancel, FoldCase(Tok(k))))
        ev.cancelled = ev.planned;
    }
    std::set<int> used;
    auto add = [&](int mention, const std::string& role) {
      int e = mentions_[mention].entity;
      if (!used.insert(e).second) return;
      const std::string& label = mentions_[mention].label;
      if (label == "Place") {
        ev.occurred_at.push_back(e);
      } else {
        ev.involves.push_back({e, role});
      }
    };
    // The actor: the nearest state, organization or person before the
    // trigger; the target: the first after it.
    for (auto it = before.rbegin(); it != before.rend(); ++it) {
      const std::string& label = mentions_[it->mention].label;
      if (label == "Country" || label == "Organization" || label == "Person") {
        add(it->mention, "actor");
        break;
      }
    }
    for (const Arg& a : after) {
      const std::string& label = mentions_[a.mention].label;
      if (label == "Place") continue;
      add(a.mention, "target");
      break;
    }
    for (const Arg& a : before) add(a.mention, "participant");
    for (const Arg& a : after) add(a.mention, "participant");
    AssignRoles(ev);
    ev.summary = SentenceText(s);
    if (ev.summary.size() > 300) ev.summary = ev.summary.substr(0, 300) + "...";
    ev.evidence = {s, units_.tokens[t].begin,
                   units_.tokens[trigger_end - 1].end, SentenceText(s)};
    ev.rule = absl::StrCat("event trigger '", trigger->trigger, "' (",
                           trigger->source.ToString(), ")");
    facts_.events.push_back(std::move(ev));
  }
}

}  // namespace kg
