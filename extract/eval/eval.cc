#include "extract/eval/eval.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace kg {
namespace {

constexpr const char* kPrimaryLabels[] = {
    "Country", "Place", "Organization", "Person", "Spacecraft", "Mission"};
constexpr const char* kExtraLabels[] = {"Agency", "Official", "Astronaut"};
constexpr const char* kRelationTypes[] = {
    "WORKS_FOR",   "CREW_OF", "CITIZEN_OF",  "BASED_IN",      "LOCATED_IN",
    "OPERATED_BY", "USES",    "DOCKED_WITH", "LAUNCHED_FROM", "MET_WITH"};

using ErrorKind = EvalError::Kind;

// A document id without its ".txt", so "000_x" and "000_x.txt" meet.
std::string_view DocKey(std::string_view id) {
  if (id.size() > 4 && id.substr(id.size() - 4) == ".txt") {
    id.remove_suffix(4);
  }
  return id;
}

std::vector<std::string> StringList(const Value* v) {
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

std::string Scalar(const Value* v) {
  if (v == nullptr || v->is_null()) return "";
  if (v->is_string()) return v->AsString();
  if (v->is_int()) return std::to_string(v->AsInt());
  return v->ToString();
}

bool Truthy(const Value* v) {
  if (v == nullptr) return false;
  if (v->is_bool()) return v->AsBool();
  return v->is_string() && MatchKey(v->AsString()) == "true";
}

// Title rule: normalised containment either way.
bool TitlesMatch(std::string_view extracted, std::string_view gold) {
  std::string x = MatchKey(extracted), g = MatchKey(gold);
  if (x.empty() || g.empty()) return x == g;
  return x.find(g) != std::string::npos || g.find(x) != std::string::npos;
}

std::string Flag(bool got, bool want) {
  return absl::StrCat(got ? "true" : "false", ", gold ",
                      want ? "true" : "false");
}

std::string Shorten(std::string_view s, size_t max_bytes = 60) {
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
    ScoreEvents(false);
    ScoreEvents(true);
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
  bool Compatible(const GoldEvent& g, const ExtractedEvent& e,
                  bool strict) const;
  void ScoreEventPair(const GoldEvent& g, const ExtractedEvent& e);
  void ScoreEvents(bool strict);
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

// Lexicon entries and given names are data, not rules: they are counted per
// file ("lexicon places.tsv", "given_names.tsv"); pattern rules, name shapes
// and stages keep their own line.
std::string RuleFamily(std::string rule) {
  if (rule.rfind("lexicon ", 0) == 0) {
    size_t colon = rule.find(':');
    size_t close = rule.find(')', colon);
    std::string how = close == std::string::npos
                          ? ""
                          : rule.substr(rule.find('(', colon),
                                        close - rule.find('(', colon) + 1);
    return absl::StrCat(rule.substr(0, colon), " ", how);
  }
  size_t given = rule.find("given_names.tsv:");
  if (given != std::string::npos) {
    return absl::StrCat(rule.substr(0, given), "given_names.tsv)");
  }
  return rule;
}

void DocumentScorer::CountRule(const char* category, std::string rule,
                               bool tp) {
  if (rule.empty()) rule = "(no rule recorded)";
  EvalRule& r = report_.rules[{category, rule}];
  r.category = category;
  r.rule = rule;
  ++(tp ? r.tp : r.fp);
}

// The rule of a node's first mention in this document: its provenance lines
// read "<doc> sentence N [b,e) 'surface': <rule>; joined by ..." (events:
// "<doc> sentence N: <rule>").
std::string DocumentScorer::EntityRule(NodeId n) const {
  for (const std::string& line : StringList(v_.Get(n, "provenance"))) {
    if (DocKey(line.substr(0, line.find(' '))) != doc_) continue;
    size_t at = line.find("': ");
    size_t start = at == std::string::npos ? line.find(": ") : at + 1;
    if (start == std::string::npos) continue;
    std::string rule = line.substr(start + 2);
    size_t joined = rule.find("; ");
    if (joined != std::string::npos) rule.resize(joined);
    return RuleFamily(rule);
  }
  return "";
}

void DocumentScorer::MatchEntities() {
  std::vector<Node> nodes;
  g_.ForEachNode([&](NodeId n) {
    std::string primary = v_.Primary(n);
    if (primary.empty() || !v_.InDoc(n, doc_, "docs")) return;
    Node x{n, primary, NodeName(n), MatchKey(v_.String(n, "name")), {}};
    for (const std::string& a : StringList(v_.Get(n, "aliases"))) {
      x.alias_keys.push_back(MatchKey(a));
    }
    nodes.push_back(std::move(x));
  });
  auto has = [](const std::vector<std::string>& keys, const std::string& k) {
    return !k.empty() && std::find(keys.begin(), keys.end(), k) != keys.end();
  };
  node_of_.assign(gold_.entities.size(), std::nullopt);
  std::vector<bool> taken(nodes.size(), false);
  for (int tier = 0; tier < 3; ++tier) {
    for (size_t gi = 0; gi < gold_.entities.size(); ++gi) {
      if (node_of_[gi]) continue;
      const GoldEntity& g = gold_.entities[gi];
      std::string name_key = MatchKey(g.name);
      std::vector<std::string> alias_keys;
      for (const std::string& a : g.aliases) alias_keys.push_back(MatchKey(a));
      for (size_t xi = 0; xi < nodes.size(); ++xi) {
        const Node& x = nodes[xi];
        if (taken[xi] || x.primary != g.labels[0]) continue;
        bool match =
            tier == 0 ? x.name_key == name_key
            : tier == 1
                ? has(alias_keys, x.name_key) || has(x.alias_keys, name_key)
                : std::any_of(alias_keys.begin(), alias_keys.end(),
                              [&](const std::string& k) {
                                return has(x.alias_keys, k);
                              });
        if (!match) continue;
        taken[xi] = true;
        node_of_[gi] = x.id;
        gold_of_[x.id] = gi;
        break;
      }
    }
  }
  for (size_t xi = 0; xi < nodes.size(); ++xi) {
    CountRule("entities", EntityRule(nodes[xi].id), taken[xi]);
  }
  EvalCategory& cat = report_.entities;
  for (size_t gi = 0; gi < gold_.entities.size(); ++gi) {
    const GoldEntity& g = gold_.entities[gi];
    if (node_of_[gi]) {
      ++cat.rows[g.labels[0]].tp;
      ScoreEntityPair(g, *node_of_[gi]);
    } else if (!g.optional) {
      ++cat.rows[g.labels[0]].fn;
      Error("entities", ErrorKind::kFalseNegative, g.labels[0], g.name);
    }
  }
  for (size_t xi = 0; xi < nodes.size(); ++xi) {
    if (taken[xi]) continue;
    ++cat.rows[nodes[xi].primary].fp;
    Error("entities", ErrorKind::kFalsePositive, nodes[xi].primary,
          nodes[xi].name);
  }
}

void DocumentScorer::ScoreEntityPair(const GoldEntity& g, NodeId x) {
  EvalCategory& cat = report_.entities;
  for (const char* label : kExtraLabels) {
    bool in_gold = std::count(g.labels.begin() + 1, g.labels.end(), label);
    bool in_graph = v_.HasLabel(x, label);
    if (!in_gold && !in_graph) continue;
    EvalCounts& c = cat.extra_labels[label];
    if (in_gold && in_graph) {
      ++c.tp;
      continue;
    }
    ++(in_gold ? c.fn : c.fp);
    Error("entities", ErrorKind::kAttribute, g.labels[0],
          absl::StrCat(g.name, ": label ", label,
                       in_gold ? " missing" : " not in gold"));
  }
  for (const auto& [key, want] : g.properties) {
    std::string got = v_.String(x, key);
    bool ok;
    if (key == "title") {
      ok = TitlesMatch(got, want);
    } else if (key == "country") {
      const GoldEntity* country = gold_.FindEntity(want);
      ok = MatchKey(got) == MatchKey(want);
      for (size_t i = 0; country && !ok && i < country->aliases.size(); ++i) {
        ok = MatchKey(got) == MatchKey(country->aliases[i]);
      }
    } else {
      ok = MatchKey(got) == MatchKey(want);
    }
    EvalAccuracy& a = cat.attributes[key];
    ++a.total;
    if (ok) {
      ++a.correct;
    } else {
      Error("entities", ErrorKind::kAttribute, g.labels[0],
            absl::StrCat(g.name, ": ", key, " '", got, "', gold '", want, "'"));
    }
  }
}

void DocumentScorer::ScoreRelations() {
  EvalCategory& cat = report_.relations;
  std::vector<bool> matched(gold_.relations.size(), false);
  std::set<std::tuple<std::string, NodeId, NodeId>> seen;
  g_.ForEachRelationship([&](RelId r) {
    std::string type = v_.TypeOf(r);
    if (std::none_of(std::begin(kRelationTypes), std::end(kRelationTypes),
                     [&](const char* t) { return type == t; }) ||
        !v_.InDoc(r, doc_, "doc")) {
      return;
    }
    NodeId s = g_.Source(r), t = g_.Target(r);
    if (!seen.insert({type, s, t}).second) return;  // a repeated triple
    std::optional<size_t> gs = GoldOf(s), gt = GoldOf(t);
    for (size_t i = 0; gs && gt && i < gold_.relations.size(); ++i) {
      const GoldRelation& gr = gold_.relations[i];
      if (gr.type != type || gr.from != gold_.entities[*gs].name ||
          gr.to != gold_.entities[*gt].name) {
        continue;
      }
      matched[i] = true;
      ++cat.rows[type].tp;
      CountRule("relations", v_.String(r, "rule"), true);
      auto score = [&](const char* attr, bool ok, std::string got,
                       std::string want) {
        EvalAccuracy& a = cat.attributes[attr];
        ++a.total;
        a.correct += ok;
        if (!ok) {
          Error("relations", ErrorKind::kAttribute, type,
                absl::StrCat(gr.from, " -> ", gr.to, ": ", attr, " '", got,
                             "', gold '", want, "'"));
        }
      };
      if (!gr.title.empty()) {
        std::string got = v_.String(r, "title");
        score("title", TitlesMatch(got, gr.title), got, gr.title);
      }
      if (!gr.date.empty()) {
        std::string got = v_.String(r, "date");
        score("date", !got.empty() && DatesAgree(got, gr.date), got, gr.date);
      }
      bool planned = Truthy(v_.Get(r, "planned"));
      score("planned", planned == gr.planned, planned ? "true" : "false",
            gr.planned ? "true" : "false");
      return;
    }
    ++cat.rows[type].fp;
    CountRule("relations", v_.String(r, "rule"), false);
    Error("relations", ErrorKind::kFalsePositive, type,
          absl::StrCat(NodeName(s), " -> ", NodeName(t)));
  });
  for (size_t i = 0; i < gold_.relations.size(); ++i) {
    const GoldRelation& gr = gold_.relations[i];
    if (matched[i] || gr.optional) continue;
    ++cat.rows[gr.type].fn;
    Error("relations", ErrorKind::kFalseNegative, gr.type,
          absl::StrCat(gr.from, " -> ", gr.to));
  }
}

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
                                bool strict) const {
  if (g.kind != e.kind) return false;
  for (const std::string& k : g.key) {
    size_t gi = GoldIndex(k);
    if (!strict) {
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

void DocumentScorer::ScoreEvents(bool strict) {
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
      if (!Compatible(g, e, strict)) continue;
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
  EvalCategory& cat = strict ? report_.events_strict : report_.events;
  for (const Pair& p : pairs) {
    if (gold_done[p.gi] || found[p.ei]) continue;
    gold_done[p.gi] = found[p.ei] = true;
    ++cat.rows[gold_.events[p.gi].kind].tp;
    if (!strict) ScoreEventPair(gold_.events[p.gi], events[p.ei]);
  }
  // Only the lenient pass lists errors; wrong roles show as attributes.
  for (size_t gi = 0; gi < gold_.events.size(); ++gi) {
    const GoldEvent& g = gold_.events[gi];
    if (gold_done[gi] || g.optional) continue;
    ++cat.rows[g.kind].fn;
    if (strict) continue;
    Error("events", ErrorKind::kFalseNegative, g.kind,
          absl::StrCat(g.id, " ", absl::StrJoin(g.key, ", "),
                       g.date.empty() ? "" : absl::StrCat(" (", g.date, ")")));
  }
  for (size_t ei = 0; !strict && ei < events.size(); ++ei) {
    CountRule("events", EntityRule(events[ei].node), found[ei]);
  }
  for (size_t ei = 0; ei < events.size(); ++ei) {
    if (found[ei]) continue;
    const ExtractedEvent& e = events[ei];
    ++cat.rows[e.kind].fp;
    if (strict) continue;
    Error("events", ErrorKind::kFalsePositive, e.kind,
          absl::StrCat(absl::StrJoin(e.names, ", "),
                       e.date.empty() ? "" : absl::StrCat(" (", e.date, ")")));
  }
}

void DocumentScorer::ScoreSaid() {
  struct Said {
    NodeId person;
    std::string quote;
    std::string key;
  };
  std::vector<Said> said;
  std::set<std::pair<NodeId, std::string>> seen;
  g_.ForEachRelationship([&](RelId r) {
    if (v_.TypeOf(r) != "SAID" || !v_.InDoc(r, doc_, "doc")) return;
    std::string quote = v_.String(r, "quote");
    Said s{g_.Source(r), quote, QuoteKey(quote)};
    if (seen.insert({s.person, s.key}).second) said.push_back(std::move(s));
  });
  std::vector<bool> gold_done(gold_.said.size()), found(said.size());
  for (bool exact : {true, false}) {
    for (size_t gi = 0; gi < gold_.said.size(); ++gi) {
      const GoldSaid& g = gold_.said[gi];
      std::string key = QuoteKey(g.quote);
      size_t person = GoldIndex(g.person);
      for (size_t xi = 0; !gold_done[gi] && xi < said.size(); ++xi) {
        if (found[xi] || GoldOf(said[xi].person) != person) continue;
        if (exact ? said[xi].key == key : QuoteKeysMatch(said[xi].key, key)) {
          gold_done[gi] = found[xi] = true;
        }
      }
    }
  }
  EvalCategory& cat = report_.said;
  for (size_t gi = 0; gi < gold_.said.size(); ++gi) {
    const GoldSaid& g = gold_.said[gi];
    if (gold_done[gi]) {
      ++cat.rows["SAID"].tp;
    } else if (!g.optional) {
      ++cat.rows["SAID"].fn;
      Error("said", ErrorKind::kFalseNegative, g.person,
            absl::StrCat("\"", Shorten(g.quote), "\""));
    }
  }
  for (size_t xi = 0; xi < said.size(); ++xi) {
    if (found[xi]) continue;
    ++cat.rows["SAID"].fp;
    Error("said", ErrorKind::kFalsePositive, NodeName(said[xi].person),
          absl::StrCat("\"", Shorten(said[xi].quote), "\""));
  }
}

double Ratio(int64_t num, int64_t den) {
  return den == 0 ? 1.0 : static_cast<double>(num) / static_cast<double>(den);
}

// A --doc entry names a gold document by id, id without ".txt", or the
// number before the first "_" ("003").
bool NamesDocument(std::string_view wanted, std::string_view id) {
  std::string_view key = DocKey(id);
  return DocKey(wanted) == key ||
         (key.size() > wanted.size() &&
          key.substr(0, wanted.size()) == wanted && key[wanted.size()] == '_');
}

}  // namespace

double EvalCounts::Precision() const { return Ratio(tp, tp + fp); }
double EvalCounts::Recall() const { return Ratio(tp, tp + fn); }
double EvalCounts::F1() const { return Ratio(2 * tp, 2 * tp + fp + fn); }
double EvalAccuracy::Value() const { return Ratio(correct, total); }

absl::StatusOr<EvalReport> Evaluate(const Graph& graph, const GoldSet& gold,
                                    const EvaluateOptions& options) {
  std::vector<const GoldDocument*> docs;
  for (const std::string& wanted : options.documents) {
    auto it = std::find_if(
        gold.documents.begin(), gold.documents.end(),
        [&](const GoldDocument& d) { return NamesDocument(wanted, d.id); });
    if (it == gold.documents.end()) {
      std::vector<std::string> ids;
      for (const GoldDocument& d : gold.documents) ids.push_back(d.id);
      return absl::NotFoundError(absl::StrCat("no gold document '", wanted,
                                              "'; the gold documents are ",
                                              absl::StrJoin(ids, ", ")));
    }
    if (std::find(docs.begin(), docs.end(), &*it) == docs.end()) {
      docs.push_back(&*it);
    }
  }
  if (options.documents.empty()) {
    for (const GoldDocument& d : gold.documents) docs.push_back(&d);
  }
  GraphView view(graph);
  EvalReport report;
  for (const GoldDocument* d : docs) {
    report.documents.push_back({d->id, true, {}});
    DocumentScorer(view, *d, report, report.documents.back()).Run();
  }
  for (EvalCategory* c : {&report.entities, &report.relations, &report.events,
                          &report.events_strict, &report.said}) {
    for (const auto& [name, counts] : c->rows) c->total.Add(counts);
  }
  return report;
}

}  // namespace kg
