// DocumentScorer's events: one-to-one matching of extracted Event nodes to
// gold events by kind, key entities and compatible dates (eval.h).
#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "extract/eval/document_scorer.h"

namespace kg::eval_internal {

std::vector<ExtractedEvent> DocumentScorer::CollectEvents() const {
  std::vector<ExtractedEvent> events;
  g_.ForEachNode([&](NodeId n) {
    if (!v_.IsEvent(n)) return;
    ExtractedEvent e{n, v_.String(n, "kind"), v_.String(n, "date"), {}, {}};
    if (e.kind.empty()) e.kind = "(no kind)";
    bool in_doc = v_.InDoc(n, doc_, "docs") || v_.InDoc(n, doc_, "doc");
    g_.ForEachOut(n, [&](RelId r, NodeId end) {
      std::string type = v_.TypeOf(r);
      if (type != "INVOLVES" && type != "OCCURRED_AT") return;
      in_doc = in_doc || v_.InDoc(r, doc_, "doc");
      if (type == "INVOLVES") e.names.push_back(NodeName(end));
      std::optional<size_t> gi = GoldOf(end);
      if (!gi) return;
      e.members.emplace_back(
          *gi, type == "INVOLVES" ? v_.String(r, "role") : "occurred_at");
    });
    if (in_doc) events.push_back(std::move(e));
  });
  return events;
}

bool DocumentScorer::Compatible(const GoldEvent& g, const ExtractedEvent& e,
                                EventMatch how) const {
  if (g.kind != e.kind) return false;
  if (how == EventMatch::kShared) {
    return std::any_of(
        g.involves.begin(), g.involves.end(), [&](const GoldInvolvement& inv) {
          size_t gi = GoldIndex(inv.entity);
          return std::any_of(
              e.members.begin(), e.members.end(), [&](const auto& m) {
                return m.first == gi && m.second != "occurred_at";
              });
        });
  }
  for (const std::string& k : g.key) {
    size_t gi = GoldIndex(k);
    if (how == EventMatch::kKey) {
      if (!e.Has(gi)) return false;
      continue;
    }
    bool place = std::count(g.occurred_at.begin(), g.occurred_at.end(), k);
    bool ok = place && e.Has(gi, "occurred_at");
    for (const GoldInvolvement& inv : g.involves) {
      if (inv.entity == k) ok = ok || e.Has(gi, inv.role);
    }
    if (!ok) return false;
  }
  if (g.date.empty()) return true;
  if (e.date.empty()) return g.date_basis == "inferred";
  return DatesAgree(e.date, g.date);
}

void DocumentScorer::ScoreEventPair(const GoldEvent& g,
                                    const ExtractedEvent& e) {
  EvalCategory& cat = report_.events;
  std::string what = absl::StrCat(g.id, " ", absl::StrJoin(g.key, ", "));
  auto score = [&](const char* attr, bool ok, const std::string& detail) {
    EvalAccuracy& a = cat.attributes[attr];
    ++a.total;
    a.correct += ok;
    if (!ok) {
      Error("events", ErrorKind::kAttribute, g.kind,
            absl::StrCat(what, ": ", attr, " ", detail));
    }
  };
  if (!g.cameo.empty()) {
    std::string got = v_.String(e.node, "cameo");
    std::string_view trimmed = got;
    while (trimmed.size() > 1 && trimmed[0] == '0') trimmed.remove_prefix(1);
    std::string_view want = std::string_view(g.cameo).substr(
        g.cameo.find_first_not_of('0') == std::string::npos
            ? g.cameo.size() - 1
            : g.cameo.find_first_not_of('0'));
    score("cameo", trimmed == want,
          absl::StrCat("'", got, "', gold '", g.cameo, "'"));
  }
  bool planned = Truthy(v_.Get(e.node, "planned"));
  score("planned", planned == g.planned, Flag(planned, g.planned));
  bool cancelled = Truthy(v_.Get(e.node, "cancelled"));
  score("cancelled", cancelled == g.cancelled, Flag(cancelled, g.cancelled));
  if (!g.date.empty()) {
    int shared = 0;
    bool ok =
        DatesAgree(e.date, g.date, &shared) &&
        shared ==
            static_cast<int>(std::count(g.date.begin(), g.date.end(), '-')) + 1;
    score("date", ok, absl::StrCat("'", e.date, "', gold '", g.date, "'"));
  }
  auto is_key = [&](const std::string& name) {
    return std::count(g.key.begin(), g.key.end(), name) > 0;
  };
  for (const GoldInvolvement& inv : g.involves) {
    size_t gi = GoldIndex(inv.entity);
    score("role", e.Has(gi, inv.role),
          absl::StrCat("of ", inv.entity, ", gold ", inv.role));
    if (!is_key(inv.entity)) {
      bool found =
          std::any_of(e.members.begin(), e.members.end(), [&](const auto& m) {
            return m.first == gi && m.second != "occurred_at";
          });
      score("other participants", found,
            absl::StrCat(inv.entity, " not involved"));
    }
  }
  for (const std::string& p : g.occurred_at) {
    if (!is_key(p)) {
      score("other places", e.Has(GoldIndex(p), "occurred_at"),
            absl::StrCat(p, " missing"));
    }
  }
}

void DocumentScorer::ScoreEvents(EventMatch how) {
  // Only the headline match (SCHEMA.md's rule) lists errors and scores
  // attributes; wrong roles show as attributes.
  const bool detail = how == EventMatch::kShared;
  std::vector<ExtractedEvent> events = CollectEvents();
  // Candidate pairs, best first: most shared gold members, then the most
  // precise agreeing date, then gold order, then graph order.
  struct Pair {
    int shared;
    int precision;
    size_t gi;
    size_t ei;
  };
  std::vector<Pair> pairs;
  for (size_t gi = 0; gi < gold_.events.size(); ++gi) {
    const GoldEvent& g = gold_.events[gi];
    for (size_t ei = 0; ei < events.size(); ++ei) {
      const ExtractedEvent& e = events[ei];
      if (!Compatible(g, e, how)) continue;
      std::set<std::string> members(g.occurred_at.begin(), g.occurred_at.end());
      for (const GoldInvolvement& inv : g.involves) members.insert(inv.entity);
      int shared = 0, precision = 0;
      for (const std::string& m : members) shared += e.Has(GoldIndex(m));
      if (!g.date.empty() && !e.date.empty()) {
        DatesAgree(e.date, g.date, &precision);
      }
      pairs.push_back({shared, precision, gi, ei});
    }
  }
  std::stable_sort(pairs.begin(), pairs.end(),
                   [](const Pair& a, const Pair& b) {
                     return std::tie(b.shared, b.precision, a.gi, a.ei) <
                            std::tie(a.shared, a.precision, b.gi, b.ei);
                   });
  std::vector<bool> gold_done(gold_.events.size()), found(events.size());
  EvalCategory& cat = how == EventMatch::kKey     ? report_.events
                      : how == EventMatch::kRoles ? report_.events_strict
                                                  : report_.events_shared;
  for (const Pair& p : pairs) {
    if (gold_done[p.gi] || found[p.ei]) continue;
    gold_done[p.gi] = found[p.ei] = true;
    ++cat.rows[gold_.events[p.gi].kind].tp;
    if (detail) ScoreEventPair(gold_.events[p.gi], events[p.ei]);
  }
  for (size_t gi = 0; gi < gold_.events.size(); ++gi) {
    const GoldEvent& g = gold_.events[gi];
    if (gold_done[gi] || g.optional) continue;
    ++cat.rows[g.kind].fn;
    if (!detail) continue;
    Error("events", ErrorKind::kFalseNegative, g.kind,
          absl::StrCat(g.id, " ", absl::StrJoin(g.key, ", "),
                       g.date.empty() ? "" : absl::StrCat(" (", g.date, ")")));
  }
  for (size_t ei = 0; detail && ei < events.size(); ++ei) {
    CountRule("events", EntityRule(events[ei].node), found[ei]);
  }
  for (size_t ei = 0; ei < events.size(); ++ei) {
    if (found[ei]) continue;
    const ExtractedEvent& e = events[ei];
    ++cat.rows[e.kind].fp;
    if (!detail) continue;
    Error("events", ErrorKind::kFalsePositive, e.kind,
          absl::StrCat(absl::StrJoin(e.names, ", "),
                       e.date.empty() ? "" : absl::StrCat(" (", e.date, ")")));
  }
}

}  // namespace kg::eval_internal
