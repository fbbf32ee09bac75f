// Internal to extract/eval: the graph seen by the scorer (GraphView), and
// DocumentScorer, which scores one document's extracted items against its
// gold file into an EvalReport. eval.cc scores entities, relations and
// quotations; score_events.cc scores events.
#ifndef KG_EXTRACT_EVAL_DOCUMENT_SCORER_H_
#define KG_EXTRACT_EVAL_DOCUMENT_SCORER_H_

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "extract/eval/eval.h"

namespace kg::eval_internal {

inline constexpr const char* kPrimaryLabels[] = {
    "Country", "Place", "Organization", "Person", "Spacecraft", "Mission"};
inline constexpr const char* kExtraLabels[] = {"Agency", "Official",
                                               "Astronaut"};
inline constexpr const char* kRelationTypes[] = {
    "WORKS_FOR",   "CREW_OF", "CITIZEN_OF",  "BASED_IN",      "LOCATED_IN",
    "OPERATED_BY", "USES",    "DOCKED_WITH", "LAUNCHED_FROM", "MET_WITH"};

using ErrorKind = EvalError::Kind;

// A document id without its ".txt", so "000_x" and "000_x.txt" meet.
inline std::string_view DocKey(std::string_view id) {
  if (id.size() > 4 && id.substr(id.size() - 4) == ".txt") {
    id.remove_suffix(4);
  }
  return id;
}

inline std::vector<std::string> StringList(const Value* v) {
  std::vector<std::string> out;
  if (v == nullptr) return out;
  if (v->is_string()) out.push_back(v->AsString());
  if (v->is_list()) {
    for (const Value& x : v->AsList()) {
      if (x.is_string()) out.push_back(x.AsString());
    }
  }
  return out;
}

inline std::string Scalar(const Value* v) {
  if (v == nullptr || v->is_null()) return "";
  if (v->is_string()) return v->AsString();
  if (v->is_int()) return std::to_string(v->AsInt());
  return v->ToString();
}

inline bool Truthy(const Value* v) {
  if (v == nullptr) return false;
  if (v->is_bool()) return v->AsBool();
  return v->is_string() && MatchKey(v->AsString()) == "true";
}

// Title rule: normalised containment either way.
inline bool TitlesMatch(std::string_view extracted, std::string_view gold) {
  std::string x = MatchKey(extracted), g = MatchKey(gold);
  if (x.empty() || g.empty()) return x == g;
  return x.find(g) != std::string::npos || g.find(x) != std::string::npos;
}

inline std::string Flag(bool got, bool want) {
  return absl::StrCat(got ? "true" : "false", ", gold ",
                      want ? "true" : "false");
}

inline std::string Shorten(std::string_view s, size_t max_bytes = 60) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return absl::StrCat(std::string(s.substr(0, cut)), "…");
}

// The graph side: property keys looked up once, and per-element readers.
class GraphView {
 public:
  explicit GraphView(const Graph& g) : g_(g) {
    for (const char* p : kPrimaryLabels) {
      if (auto id = g.FindLabel(p)) primary_[*id] = p;
    }
    event_ = g.FindLabel("Event");
    document_ = g.FindLabel("Document");
  }

  const Graph& graph() const { return g_; }

  template <typename Id>
  const Value* Get(Id id, std::string_view key) const {
    std::optional<KeyId> k = g_.FindKey(key);
    return k ? g_.Property(id, *k) : nullptr;
  }
  template <typename Id>
  std::string String(Id id, std::string_view key) const {
    return Scalar(Get(id, key));
  }
  template <typename Id>
  bool InDoc(Id id, std::string_view doc_key, std::string_view key) const {
    for (const std::string& d : StringList(Get(id, key))) {
      if (DocKey(d) == doc_key) return true;
    }
    return false;
  }

  // The node's first label among the gold primary labels, or "".
  std::string Primary(NodeId n) const {
    for (LabelId l : g_.Labels(n)) {
      auto it = primary_.find(l);
      if (it != primary_.end()) return it->second;
    }
    return "";
  }
  bool HasLabel(NodeId n, std::string_view label) const {
    std::optional<LabelId> l = g_.FindLabel(label);
    return l && g_.HasLabel(n, *l);
  }
  bool IsEvent(NodeId n) const { return event_ && g_.HasLabel(n, *event_); }
  bool IsDocument(NodeId n) const {
    return document_ && g_.HasLabel(n, *document_);
  }
  std::string TypeOf(RelId r) const { return g_.TypeName(g_.Type(r)); }

 private:
  const Graph& g_;
  absl::flat_hash_map<LabelId, std::string> primary_;
  std::optional<LabelId> event_;
  std::optional<LabelId> document_;
};

// An extracted event: its kind and date and the gold entities (by index)
// it reaches, with the role ("occurred_at" for OCCURRED_AT).
struct ExtractedEvent {
  NodeId node;
  std::string kind;
  std::string date;
  std::vector<std::pair<size_t, std::string>> members;
  std::vector<std::string> names;  // every INVOLVES end, for messages

  bool Has(size_t gold, std::string_view role = "") const {
    return std::any_of(members.begin(), members.end(), [&](const auto& m) {
      return m.first == gold && (role.empty() || m.second == role);
    });
  }
};

// Scores one document into the report.
class DocumentScorer {
 public:
  DocumentScorer(const GraphView& view, const GoldDocument& gold,
                 EvalReport& report, EvalDocument& out)
      : v_(view),
        g_(view.graph()),
        gold_(gold),
        doc_(DocKey(gold.id)),
        report_(report),
        out_(out) {}

  void Run() {
    out_.in_graph = InGraph();
    MatchEntities();
    ScoreRelations();
    ScoreEvents(EventMatch::kKey);
    ScoreEvents(EventMatch::kRoles);
    ScoreEvents(EventMatch::kShared);
    ScoreSaid();
  }

 private:
  struct Node {
    NodeId id;
    std::string primary;
    std::string name;
    std::string name_key;
    std::vector<std::string> alias_keys;
  };

  bool InGraph() const {
    bool found = false;
    g_.ForEachNode([&](NodeId n) {
      if (found) return;
      found = (v_.IsDocument(n) && DocKey(v_.String(n, "id")) == doc_) ||
              v_.InDoc(n, doc_, "docs");
    });
    return found;
  }

  void Error(const char* category, ErrorKind kind, std::string label,
             std::string text) {
    out_.errors.push_back({category, kind, std::move(label), std::move(text)});
  }

  std::string NodeName(NodeId n) const {
    std::string name = v_.String(n, "name");
    return name.empty() ? absl::StrCat("node ", Raw(n)) : name;
  }

  // The gold entity `node` matched, if any.
  std::optional<size_t> GoldOf(NodeId node) const {
    auto it = gold_of_.find(node);
    if (it == gold_of_.end()) return std::nullopt;
    return it->second;
  }

  void CountRule(const char* category, std::string rule, bool tp);
  std::string EntityRule(NodeId n) const;
  void MatchEntities();
  void ScoreEntityPair(const GoldEntity& g, NodeId x);
  void ScoreRelations();
  std::vector<ExtractedEvent> CollectEvents() const;
  // How an extracted event must agree with a gold one (eval.h).
  enum class EventMatch { kKey, kRoles, kShared };
  bool Compatible(const GoldEvent& g, const ExtractedEvent& e,
                  EventMatch how) const;
  void ScoreEventPair(const GoldEvent& g, const ExtractedEvent& e);
  void ScoreEvents(EventMatch how);
  void ScoreSaid();

  size_t GoldIndex(const std::string& name) const {
    for (size_t i = 0; i < gold_.entities.size(); ++i) {
      if (gold_.entities[i].name == name) return i;
    }
    return gold_.entities.size();  // cannot happen: ReadGold checks refs
  }

  const GraphView& v_;
  const Graph& g_;
  const GoldDocument& gold_;
  std::string_view doc_;
  EvalReport& report_;
  EvalDocument& out_;
  absl::flat_hash_map<NodeId, size_t> gold_of_;
  std::vector<std::optional<NodeId>> node_of_;  // by gold entity index
};

}  // namespace kg::eval_internal

#endif  // KG_EXTRACT_EVAL_DOCUMENT_SCORER_H_
