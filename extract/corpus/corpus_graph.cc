#include "extract/corpus/corpus_graph.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "extract/text/dates.h"
#include "extract/text/strings.h"
#include "extract/text/surface_fold.h"
#include "graph/status_macros.h"

namespace kg {
namespace {

// One entity of one document, as the merge sees it.
struct Ref {
  int doc;
  int entity;
};

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // The smaller index stays the root, so the first-seen entity leads.
  void Join(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[b] = a;
  }

 private:
  std::vector<size_t> parent_;
};

int WordCount(std::string_view name) {
  int n = 0;
  for (std::string_view w : SplitView(name, " ")) {
    (void)w;
    ++n;
  }
  return n;
}

std::string LastWord(std::string_view name) {
  size_t sp = name.rfind(' ');
  return std::string(sp == std::string_view::npos ? name : name.substr(sp + 1));
}

Value StringList(const std::vector<std::string>& items) {
  ValueList list;
  for (const std::string& s : items) list.push_back(Value::String(s));
  return Value::List(std::move(list));
}

// `doc` is a string for one supporting document, a list for several.
void AddUnique(std::vector<std::string>& list, const std::string& s) {
  if (std::find(list.begin(), list.end(), s) == list.end()) list.push_back(s);
}

// A merged entity: one node.
struct Node {
  std::vector<std::string> labels;
  std::string name;
  std::vector<std::string> aliases;
  std::map<std::string, std::string> properties;
  int64_t mentions = 0;
  std::vector<std::string> docs;
  std::vector<std::string> provenance;
  size_t provenance_total = 0;
  NodeId id{};
};

// A merged relationship: one edge.
struct Edge {
  std::string type;
  size_t from, to;
  std::map<std::string, std::string> properties;
  std::vector<std::string> docs;
  Evidence evidence;
  std::string rule;
};

class GraphWriter {
 public:
  explicit GraphWriter(Graph* g) : g_(g) {}

  absl::Status Set(NodeId n, std::string_view key, Value v) {
    return g_->SetProperty(n, g_->InternKey(key), std::move(v));
  }
  absl::Status Set(RelId r, std::string_view key, Value v) {
    return g_->SetProperty(r, g_->InternKey(key), std::move(v));
  }
  NodeId Add(const std::vector<std::string>& labels) {
    std::vector<LabelId> ids;
    for (const std::string& l : labels) ids.push_back(g_->InternLabel(l));
    return g_->AddNode(ids);
  }
  absl::StatusOr<RelId> Relate(NodeId a, NodeId b, std::string_view type) {
    return g_->AddRelationship(a, b, g_->InternType(type));
  }
  absl::Status SetEvidence(RelId r, const std::vector<std::string>& docs,
                           const Evidence& e) {
    KG_RETURN_IF_ERROR(Set(r, "doc", StringList(docs)));
    KG_RETURN_IF_ERROR(Set(r, "sentence", Value::String(e.text)));
    KG_RETURN_IF_ERROR(Set(r, "begin", Value::Int(e.begin)));
    return Set(r, "end", Value::Int(e.end));
  }

 private:
  Graph* g_;
};

std::string ProvenanceLine(const DocFacts& d, const MentionFact& m) {
  std::string line =
      absl::StrCat(d.id, " sentence ", m.sentence + 1, " [", m.begin, ",",
                   m.end, ") '", m.surface, "': ", m.rule);
  if (!m.link.empty()) absl::StrAppend(&line, "; joined by ", m.link);
  return line;
}

}  // namespace

// An event of the corpus: one or more reports (EventFacts of several
// documents) of one happening.
struct CorpusEvent {
  struct End {
    size_t node;  // index into the merged nodes
    std::string role;
    std::vector<std::string> docs;
    Evidence evidence;
  };
  std::string kind, cameo, date, trigger, summary, sentence;
  bool planned = false, cancelled = false;
  std::vector<std::string> docs, provenance;
  std::vector<End> involves, occurred_at;
  std::set<std::string> words;  // SentenceWords() of each report
};

// Whether an event's participants are exactly `who`.
bool SameEnds(const std::vector<CorpusEvent::End>& ends,
              const std::vector<size_t>& who) {
  std::set<size_t> a, b(who.begin(), who.end());
  for (const CorpusEvent::End& e : ends) a.insert(e.node);
  return a == b;
}

// The words of a sentence, folded, without the marks a quoting message adds
// ("> ", "| ", ": ") or the line breaks it moves: the key under which a
// sentence quoted or reprinted is the sentence it quotes.
std::string SentenceWords(std::string_view text) {
  std::string key;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) ||
        static_cast<unsigned char>(c) >= 0x80) {
      key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!key.empty() && key.back() != ' ') {
      key += ' ';
    }
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

// Reports of other documents join an event when they tell the same
// happening: the same kind, planned alike, both dated and the dates
// compatible, and for a launch, docking or deorbit one vehicle or mission in
// common, for any other kind two participants in common. (Within a document
// the extractor has joined its reports already; across documents an undated
// report stays apart, since nothing but its words ties it to the others.)
// A report in the very words of one the event holds, with the same
// participants (a message quoting another, a story reprinted), joins it
// whatever its date: it is the same report told again.
template <typename NodeOf>
std::vector<CorpusEvent> JoinEvents(const std::vector<DocFacts>& docs,
                                    NodeOf node_of,
                                    const std::vector<Node>& nodes) {
  std::vector<CorpusEvent> out;
  std::map<std::string, std::vector<size_t>> by_kind;
  auto vehicle = [&](size_t node) {
    const std::vector<std::string>& l = nodes[node].labels;
    return std::find(l.begin(), l.end(), "Spacecraft") != l.end() ||
           std::find(l.begin(), l.end(), "Mission") != l.end();
  };
  for (size_t d = 0; d < docs.size(); ++d) {
    for (const EventFact& ev : docs[d].events) {
      std::vector<size_t> who, where;
      for (const EventRole& r : ev.involves)
        who.push_back(node_of(d, r.entity));
      for (int p : ev.occurred_at) where.push_back(node_of(d, p));
      const bool operational =
          ev.kind == "launch" || ev.kind == "docking" || ev.kind == "deorbit";
      CorpusEvent* into = nullptr;
      const std::string words = SentenceWords(ev.evidence.text);
      for (size_t k : by_kind[ev.kind]) {
        CorpusEvent& c = out[k];
        if (c.planned == ev.planned && c.date == ev.date &&
            c.words.count(words) > 0 && SameEnds(c.involves, who)) {
          into = &c;
          break;
        }
        if (c.planned != ev.planned || c.date.empty() || ev.date.empty() ||
            !DatesCompatible(c.date, ev.date) ||
            std::find(c.docs.begin(), c.docs.end(), docs[d].id) !=
                c.docs.end()) {
          continue;
        }
        int shared = 0;
        bool shared_vehicle = false;
        for (const CorpusEvent::End& e : c.involves) {
          if (std::find(who.begin(), who.end(), e.node) == who.end()) continue;
          ++shared;
          shared_vehicle |= vehicle(e.node);
        }
        if ((operational && shared_vehicle) || (!operational && shared >= 2)) {
          into = &c;
          break;
        }
      }
      const std::string line = absl::StrCat(
          docs[d].id, " sentence ", ev.evidence.sentence + 1, ": ", ev.rule);
      if (into == nullptr) {
        by_kind[ev.kind].push_back(out.size());
        CorpusEvent c;
        c.kind = ev.kind;
        c.cameo = ev.cameo;
        c.date = ev.date;
        c.trigger = ev.trigger;
        c.summary = ev.summary;
        c.sentence = ev.evidence.text;
        c.planned = ev.planned;
        c.cancelled = ev.cancelled;
        out.push_back(std::move(c));
        into = &out.back();
      } else if (ev.date.size() > into->date.size()) {
        into->date = ev.date;  // the more precise
      }
      AddUnique(into->docs, docs[d].id);
      into->provenance.push_back(line);
      into->words.insert(words);
      auto join = [&](std::vector<CorpusEvent::End>& ends, size_t node,
                      const std::string& role) {
        for (CorpusEvent::End& e : ends) {
          if (e.node != node) continue;
          AddUnique(e.docs, docs[d].id);
          return;
        }
        ends.push_back({node, role, {docs[d].id}, ev.evidence});
      };
      for (size_t i = 0; i < who.size(); ++i) {
        join(into->involves, who[i], ev.involves[i].role);
      }
      for (size_t p : where) join(into->occurred_at, p, "");
    }
  }
  return out;
}

absl::StatusOr<Graph> BuildCorpusGraph(const std::vector<DocFacts>& docs) {
  // Every entity of every document, in order.
  std::vector<Ref> refs;
  std::vector<std::vector<size_t>> ref_of(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    for (size_t e = 0; e < docs[d].entities.size(); ++e) {
      ref_of[d].push_back(refs.size());
      refs.push_back({static_cast<int>(d), static_cast<int>(e)});
    }
  }
  auto entity = [&](size_t r) -> const EntityFact& {
    return docs[refs[r].doc].entities[refs[r].entity];
  };
  UnionFind uf(refs.size());
  std::vector<std::string> why(refs.size());

  // Equal label and name (case and spacing folded); persons also by
  // transliteration.
  absl::flat_hash_map<std::string, size_t> first_by_key;
  for (size_t r = 0; r < refs.size(); ++r) {
    const EntityFact& e = entity(r);
    const std::string& label = e.labels[0];
    std::string key =
        label == "Person" ? TransliterationKey(e.name) : SurfaceKey(e.name);
    auto [it, inserted] = first_by_key.emplace(label + "\t" + key, r);
    if (!inserted && uf.Find(it->second) != uf.Find(r)) {
      uf.Join(it->second, r);
      why[r] = FoldCase(entity(it->second).name) == FoldCase(e.name)
                   ? "same name"
                   : "same name up to transliteration";
    }
  }
  // A surname-only person joins the one full-named person with that surname.
  absl::flat_hash_map<std::string, std::set<size_t>> full_by_surname;
  for (size_t r = 0; r < refs.size(); ++r) {
    const EntityFact& e = entity(r);
    if (e.labels[0] != "Person" || WordCount(e.name) < 2) continue;
    full_by_surname[TransliterationKey(LastWord(e.name))].insert(uf.Find(r));
  }
  for (size_t r = 0; r < refs.size(); ++r) {
    const EntityFact& e = entity(r);
    if (e.labels[0] != "Person" || WordCount(e.name) != 1) continue;
    auto it = full_by_surname.find(TransliterationKey(e.name));
    if (it == full_by_surname.end() || it->second.size() != 1) continue;
    uf.Join(*it->second.begin(), r);
    why[r] = "surname of the only person of the corpus so named";
  }

  // Merged nodes in order of first appearance.
  std::vector<Node> nodes;
  std::vector<size_t> node_of(refs.size());
  absl::flat_hash_map<size_t, size_t> node_by_root;
  for (size_t r = 0; r < refs.size(); ++r) {
    size_t root = uf.Find(r);
    auto [it, inserted] = node_by_root.emplace(root, nodes.size());
    if (inserted) nodes.emplace_back();
    node_of[r] = it->second;
    Node& n = nodes[it->second];
    const EntityFact& e = entity(r);
    const DocFacts& d = docs[refs[r].doc];
    for (const std::string& l : e.labels) AddUnique(n.labels, l);
    // The fullest name leads: more words, then first seen.
    if (n.name.empty() || WordCount(e.name) > WordCount(n.name)) {
      if (!n.name.empty()) AddUnique(n.aliases, n.name);
      n.name = e.name;
    } else if (e.name != n.name) {
      AddUnique(n.aliases, e.name);
    }
    for (const std::string& a : e.aliases) AddUnique(n.aliases, a);
    for (const auto& [k, v] : e.properties) {
      // The latest, but "cosmonaut" (said of a person) over "astronaut" (also
      // the default of one put aboard).
      if (k == "role" && n.properties[k] == "cosmonaut") continue;
      n.properties[k] = v;
    }
    n.mentions += static_cast<int64_t>(e.mentions.size());
    AddUnique(n.docs, d.id);
    if (!why[r].empty()) {
      n.provenance.push_back(absl::StrCat(d.id, ": '", e.name, "' joined '",
                                          n.name, "': ", why[r]));
      ++n.provenance_total;
    }
    for (size_t i = 0; i < e.mentions.size(); ++i) {
      ++n.provenance_total;
      // Every document's first mention is kept, so each document's support
      // stays traceable however many there are; the rest up to the cap.
      if (i == 0 || n.provenance.size() < kMaxProvenance) {
        n.provenance.push_back(ProvenanceLine(d, e.mentions[i]));
      }
    }
  }
  for (Node& n : nodes) {
    n.aliases.erase(std::remove(n.aliases.begin(), n.aliases.end(), n.name),
                    n.aliases.end());
  }

  Graph g;
  GraphWriter w(&g);
  g.CreateIndex(g.InternLabel("Document"), g.InternKey("id"));
  // Documents first, so their ids are stable and small.
  std::vector<NodeId> doc_node(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    const DocFacts& f = docs[d];
    NodeId n = w.Add({"Document"});
    doc_node[d] = n;
    KG_RETURN_IF_ERROR(w.Set(n, "id", Value::String(f.id)));
    KG_RETURN_IF_ERROR(w.Set(n, "name", Value::String(f.id)));
    KG_RETURN_IF_ERROR(w.Set(n, "title", Value::String(f.title)));
    if (!f.date.empty()) {
      KG_RETURN_IF_ERROR(w.Set(n, "date", Value::String(f.date)));
    }
    if (!f.source.empty()) {
      KG_RETURN_IF_ERROR(w.Set(n, "source", Value::String(f.source)));
    }
    if (!f.path.empty()) {
      KG_RETURN_IF_ERROR(w.Set(n, "path", Value::String(f.path)));
    }
  }
  for (Node& n : nodes) {
    n.id = w.Add(n.labels);
    KG_RETURN_IF_ERROR(w.Set(n.id, "name", Value::String(n.name)));
    KG_RETURN_IF_ERROR(w.Set(n.id, "aliases", StringList(n.aliases)));
    KG_RETURN_IF_ERROR(w.Set(n.id, "mentions", Value::Int(n.mentions)));
    KG_RETURN_IF_ERROR(w.Set(n.id, "docs", StringList(n.docs)));
    for (const auto& [k, v] : n.properties) {
      KG_RETURN_IF_ERROR(w.Set(n.id, k, Value::String(v)));
    }
    if (n.provenance_total > n.provenance.size()) {
      n.provenance.push_back(absl::StrCat(
          "... and ", n.provenance_total - n.provenance.size(), " more"));
    }
    KG_RETURN_IF_ERROR(w.Set(n.id, "provenance", StringList(n.provenance)));
  }

  // Relationships between entities: one edge per (type, from, to) and, for
  // dated types, date; supporting documents gathered in `doc`.
  std::vector<Edge> edges;
  std::map<std::tuple<std::string, size_t, size_t, std::string>, size_t>
      edge_index;
  for (size_t d = 0; d < docs.size(); ++d) {
    for (const RelationFact& rel : docs[d].relations) {
      size_t from = node_of[ref_of[d][rel.from]];
      size_t to = node_of[ref_of[d][rel.to]];
      if (from == to) continue;
      auto date = rel.properties.find("date");
      std::string date_key = date == rel.properties.end() ? "" : date->second;
      // The same fact told again joins its edge; an undated telling joins a
      // dated one, but two different dates are two facts (two meetings).
      auto it = edge_index.end();
      for (auto k = edge_index.lower_bound({rel.type, from, to, ""});
           k != edge_index.end() && std::get<0>(k->first) == rel.type &&
           std::get<1>(k->first) == from && std::get<2>(k->first) == to;
           ++k) {
        const std::string& d = std::get<3>(k->first);
        if (d == date_key || d.empty() || date_key.empty()) {
          it = k;
          break;
        }
      }
      bool inserted = it == edge_index.end();
      if (inserted) {
        edge_index.emplace(std::make_tuple(rel.type, from, to, date_key),
                           edges.size());
        edges.push_back({rel.type,
                         from,
                         to,
                         rel.properties,
                         {docs[d].id},
                         rel.evidence,
                         rel.rule});
      } else {
        Edge& e = edges[it->second];
        AddUnique(e.docs, docs[d].id);
        for (const auto& [k, v] : rel.properties) e.properties.emplace(k, v);
        // A fact stated as done overrides the same fact stated as planned.
        if (rel.properties.count("planned") == 0) e.properties.erase("planned");
      }
    }
  }
  for (const Edge& e : edges) {
    KG_ASSIGN_OR_RETURN(RelId r,
                        w.Relate(nodes[e.from].id, nodes[e.to].id, e.type));
    for (const auto& [k, v] : e.properties) {
      Value value = k == "planned" || k == "former" ? Value::Bool(v == "true")
                                                    : Value::String(v);
      KG_RETURN_IF_ERROR(w.Set(r, k, std::move(value)));
    }
    KG_RETURN_IF_ERROR(w.SetEvidence(r, e.docs, e.evidence));
    if (!e.rule.empty()) {
      KG_RETURN_IF_ERROR(w.Set(r, "rule", Value::String(e.rule)));
    }
  }

  // Events: the same happening told by several documents is one node
  // (JoinEvents), with INVOLVES and OCCURRED_AT, each relationship listing
  // the documents that support it.
  std::vector<CorpusEvent> events = JoinEvents(
      docs, [&](size_t d, int e) { return node_of[ref_of[d][e]]; }, nodes);
  for (const CorpusEvent& ev : events) {
    NodeId n = w.Add({"Event"});
    std::vector<std::string> names;
    for (const CorpusEvent::End& end : ev.involves) {
      names.push_back(nodes[end.node].name);
    }
    std::string name = absl::StrCat(ev.kind, ": ", ev.trigger);
    if (!names.empty()) {
      absl::StrAppend(&name, " (", absl::StrJoin(names, ", "), ")");
    }
    if (!ev.date.empty()) absl::StrAppend(&name, " ", ev.date);
    KG_RETURN_IF_ERROR(w.Set(n, "name", Value::String(name)));
    KG_RETURN_IF_ERROR(w.Set(n, "kind", Value::String(ev.kind)));
    if (!ev.cameo.empty()) {
      KG_RETURN_IF_ERROR(w.Set(n, "cameo", Value::String(ev.cameo)));
    }
    if (!ev.date.empty()) {
      KG_RETURN_IF_ERROR(w.Set(n, "date", Value::String(ev.date)));
    }
    KG_RETURN_IF_ERROR(w.Set(n, "planned", Value::Bool(ev.planned)));
    if (ev.cancelled) {
      KG_RETURN_IF_ERROR(w.Set(n, "cancelled", Value::Bool(true)));
    }
    KG_RETURN_IF_ERROR(w.Set(n, "summary", Value::String(ev.summary)));
    KG_RETURN_IF_ERROR(w.Set(n, "trigger", Value::String(ev.trigger)));
    KG_RETURN_IF_ERROR(w.Set(n, "docs", StringList(ev.docs)));
    KG_RETURN_IF_ERROR(w.Set(n, "doc", StringList(ev.docs)));
    KG_RETURN_IF_ERROR(w.Set(n, "sentence", Value::String(ev.sentence)));
    KG_RETURN_IF_ERROR(w.Set(n, "provenance", StringList(ev.provenance)));
    for (const CorpusEvent::End& end : ev.involves) {
      KG_ASSIGN_OR_RETURN(RelId r, w.Relate(n, nodes[end.node].id, "INVOLVES"));
      KG_RETURN_IF_ERROR(w.Set(r, "role", Value::String(end.role)));
      KG_RETURN_IF_ERROR(w.SetEvidence(r, end.docs, end.evidence));
    }
    for (const CorpusEvent::End& end : ev.occurred_at) {
      KG_ASSIGN_OR_RETURN(RelId r,
                          w.Relate(n, nodes[end.node].id, "OCCURRED_AT"));
      KG_RETURN_IF_ERROR(w.SetEvidence(r, end.docs, end.evidence));
    }
  }
  for (size_t d = 0; d < docs.size(); ++d) {
    const std::vector<std::string> doc_list = {docs[d].id};
    for (const SaidFact& s : docs[d].said) {
      KG_ASSIGN_OR_RETURN(
          RelId r, w.Relate(nodes[node_of[ref_of[d][s.person]]].id, doc_node[d],
                            "SAID"));
      KG_RETURN_IF_ERROR(w.Set(r, "quote", Value::String(s.quote)));
      KG_RETURN_IF_ERROR(w.SetEvidence(r, doc_list, s.evidence));
    }
    // MENTIONED_IN, one per entity and document, with the count.
    // The supporting sentence is the first mention's.
    std::map<size_t, std::pair<int64_t, const EntityFact*>> mentioned;
    for (size_t e = 0; e < docs[d].entities.size(); ++e) {
      const EntityFact& ent = docs[d].entities[e];
      auto& slot = mentioned[node_of[ref_of[d][e]]];
      slot.first += static_cast<int64_t>(ent.mentions.size());
      if (slot.second == nullptr && !ent.mentions.empty()) slot.second = &ent;
    }
    for (const auto& [node, count] : mentioned) {
      KG_ASSIGN_OR_RETURN(
          RelId r, w.Relate(nodes[node].id, doc_node[d], "MENTIONED_IN"));
      KG_RETURN_IF_ERROR(w.Set(r, "count", Value::Int(count.first)));
      Evidence e;
      if (count.second != nullptr) {
        const MentionFact& first = count.second->mentions[0];
        e.sentence = first.sentence;
        e.begin = first.begin;
        e.end = first.end;
        e.text = count.second->sentence;
      }
      KG_RETURN_IF_ERROR(w.SetEvidence(r, doc_list, e));
    }
  }
  return g;
}

}  // namespace kg
