// Graph mutation, id stability and index maintenance.
#include "graph/graph.h"

#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace kg {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<NodeId> Ids(const absl::btree_set<NodeId>& s) {
  return std::vector<NodeId>(s.begin(), s.end());
}

class GraphTest : public ::testing::Test {
 protected:
  GraphTest()
      : person_(g_.InternLabel("Person")),
        agency_(g_.InternLabel("Agency")),
        works_for_(g_.InternType("WORKS_FOR")),
        name_(g_.name_key()),
        born_(g_.InternKey("born")) {}

  NodeId AddNamed(LabelId label, const char* name) {
    NodeId n = g_.AddNode({label});
    EXPECT_TRUE(g_.SetProperty(n, name_, Value::String(name)).ok());
    return n;
  }

  Graph g_;
  LabelId person_, agency_;
  TypeId works_for_;
  KeyId name_, born_;
};

TEST_F(GraphTest, InterningIsIdempotentAndReversible) {
  EXPECT_EQ(g_.InternLabel("Person"), person_);
  EXPECT_EQ(g_.LabelName(agency_), "Agency");
  EXPECT_EQ(g_.FindLabel("Agency"), agency_);
  EXPECT_FALSE(g_.FindLabel("Nope").has_value());
  EXPECT_EQ(g_.FindKey("name"), name_);
  EXPECT_EQ(g_.TypeName(works_for_), "WORKS_FOR");
}

TEST_F(GraphTest, NodesHaveSeveralLabelsAndNoDuplicates) {
  NodeId n = g_.AddNode({person_, agency_});
  EXPECT_TRUE(g_.HasLabel(n, person_));
  EXPECT_TRUE(g_.HasLabel(n, agency_));
  EXPECT_FALSE(g_.AddLabel(n, person_));
  EXPECT_EQ(g_.Labels(n).size(), 2u);
  EXPECT_TRUE(g_.RemoveLabel(n, agency_));
  EXPECT_FALSE(g_.RemoveLabel(n, agency_));
  EXPECT_THAT(Ids(g_.NodesWithLabel(agency_)), IsEmpty());
  EXPECT_THAT(Ids(g_.NodesWithLabel(person_)), ElementsAre(n));
}

TEST_F(GraphTest, SettingNullRemovesAProperty) {
  NodeId n = AddNamed(person_, "Yuri");
  ASSERT_TRUE(g_.SetProperty(n, born_, Value::Int(1934)).ok());
  EXPECT_EQ(g_.Property(n, born_)->AsInt(), 1934);
  ASSERT_TRUE(g_.SetProperty(n, born_, Value::Null()).ok());
  EXPECT_EQ(g_.Property(n, born_), nullptr);
  EXPECT_EQ(g_.Properties(n).size(), 1u);
}

TEST_F(GraphTest, UnstorableValuesAreRefused) {
  NodeId n = g_.AddNode();
  absl::Status s = g_.SetProperty(n, born_, Value::Map({}));
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(s.message()), ::testing::HasSubstr("Map"));
  s = g_.SetProperty(n, born_, Value::List({Value::Null()}));
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(g_.Property(n, born_), nullptr);
}

TEST_F(GraphTest, RelationshipsConnectLiveNodes) {
  NodeId a = AddNamed(person_, "a");
  NodeId b = AddNamed(agency_, "b");
  auto r = g_.AddRelationship(a, b, works_for_);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(g_.Source(*r), a);
  EXPECT_EQ(g_.Target(*r), b);
  EXPECT_EQ(g_.Type(*r), works_for_);
  EXPECT_EQ(g_.OutDegree(a), 1u);
  EXPECT_EQ(g_.InDegree(b), 1u);
  std::vector<std::pair<RelId, NodeId>> out, in;
  g_.ForEachOut(a, [&](RelId id, NodeId o) { out.emplace_back(id, o); });
  g_.ForEachIn(b, [&](RelId id, NodeId o) { in.emplace_back(id, o); });
  EXPECT_THAT(out, ElementsAre(std::make_pair(*r, b)));
  EXPECT_THAT(in, ElementsAre(std::make_pair(*r, a)));
  EXPECT_EQ(g_.RelationshipsWithType(works_for_).size(), 1u);

  EXPECT_EQ(g_.AddRelationship(a, NodeId{99}, works_for_).status().code(),
            absl::StatusCode::kNotFound);
}

TEST_F(GraphTest, DeletingKeepsOtherIds) {
  NodeId a = AddNamed(person_, "a");
  NodeId b = AddNamed(person_, "b");
  NodeId c = AddNamed(person_, "c");
  ASSERT_TRUE(g_.DeleteNode(b).ok());
  EXPECT_FALSE(g_.ContainsNode(b));
  EXPECT_TRUE(g_.ContainsNode(a));
  EXPECT_TRUE(g_.ContainsNode(c));
  EXPECT_EQ(g_.Property(c, name_)->AsString(), "c");
  EXPECT_EQ(g_.node_count(), 2u);
  EXPECT_EQ(g_.node_id_limit(), 3u);
  NodeId d = g_.AddNode();
  EXPECT_EQ(Raw(d), 3u) << "ids are never reused";
  std::vector<NodeId> seen;
  g_.ForEachNode([&](NodeId id) { seen.push_back(id); });
  EXPECT_THAT(seen, ElementsAre(a, c, d));
}

TEST_F(GraphTest, DeletingARelationshipKeepsOtherRelationshipIds) {
  NodeId a = g_.AddNode(), b = g_.AddNode();
  RelId r0 = *g_.AddRelationship(a, b, works_for_);
  RelId r1 = *g_.AddRelationship(a, b, works_for_);
  RelId r2 = *g_.AddRelationship(b, a, works_for_);
  ASSERT_TRUE(g_.SetProperty(r2, born_, Value::Int(2)).ok());
  ASSERT_TRUE(g_.DeleteRelationship(r1).ok());
  EXPECT_FALSE(g_.ContainsRelationship(r1));
  EXPECT_EQ(g_.Source(r2), b);
  EXPECT_EQ(g_.Property(r2, born_)->AsInt(), 2);
  std::vector<RelId> out;
  g_.ForEachOut(a, [&](RelId id, NodeId) { out.push_back(id); });
  EXPECT_THAT(out, ElementsAre(r0));
  EXPECT_EQ(g_.DeleteRelationship(r1).code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(g_.relationship_count(), 2u);
  EXPECT_EQ(g_.relationship_id_limit(), 3u);
}

// Many relationships at once (a statement's rollback): the same graph as
// deleting them one by one, the others kept in their order; ids deleted
// already or never made are passed over.
TEST_F(GraphTest, DeletingRelationshipsAtOnceEqualsOneByOne) {
  Graph one;
  auto fill = [](Graph& g, std::vector<RelId>* rels) {
    TypeId t = g.InternType("T");
    KeyId k = g.InternKey("k");
    NodeId hub = g.AddNode();
    for (int i = 0; i < 50; ++i) {
      NodeId other = g.AddNode();
      rels->push_back(*g.AddRelationship(hub, other, t));
      rels->push_back(*g.AddRelationship(other, hub, t));
      ASSERT_TRUE(g.SetProperty(rels->back(), k, Value::Int(i)).ok());
    }
    rels->push_back(*g.AddRelationship(hub, hub, t));
  };
  std::vector<RelId> a, b;
  fill(g_, &a);
  fill(one, &b);
  std::vector<RelId> gone;
  for (size_t i = 0; i < a.size(); i += 3) gone.push_back(a[i]);
  ASSERT_TRUE(g_.DeleteRelationship(gone[1]).ok());
  gone.push_back(RelId{9999});
  g_.DeleteRelationships(gone);
  for (size_t i = 0; i < b.size(); i += 3) {
    ASSERT_TRUE(one.DeleteRelationship(b[i]).ok());
  }
  EXPECT_EQ(CanonicalDump(g_), CanonicalDump(one));
  EXPECT_EQ(g_.relationship_count(), one.relationship_count());
  for (uint64_t n = 0; n < 51; ++n) {
    std::vector<RelId> x, y, xi, yi;
    g_.ForEachOut(NodeId{n}, [&](RelId r, NodeId) { x.push_back(r); });
    one.ForEachOut(NodeId{n}, [&](RelId r, NodeId) { y.push_back(r); });
    g_.ForEachIn(NodeId{n}, [&](RelId r, NodeId) { xi.push_back(r); });
    one.ForEachIn(NodeId{n}, [&](RelId r, NodeId) { yi.push_back(r); });
    EXPECT_EQ(x, y) << n;
    EXPECT_EQ(xi, yi) << n;
  }
}

TEST_F(GraphTest, DeleteRefusesNodeWithRelationshipsUnlessDetached) {
  NodeId a = g_.AddNode(), b = g_.AddNode();
  RelId r = *g_.AddRelationship(a, b, works_for_);
  RelId loop = *g_.AddRelationship(a, a, works_for_);
  absl::Status s = g_.DeleteNode(a);
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(s.message()), ::testing::HasSubstr("DETACH DELETE"));
  EXPECT_TRUE(g_.ContainsNode(a));
  ASSERT_TRUE(g_.DeleteNode(a, /*detach=*/true).ok());
  EXPECT_FALSE(g_.ContainsRelationship(r));
  EXPECT_FALSE(g_.ContainsRelationship(loop));
  EXPECT_EQ(g_.InDegree(b), 0u);
  EXPECT_EQ(g_.relationship_count(), 0u);
  EXPECT_TRUE(g_.RelationshipsWithType(works_for_).empty());
  EXPECT_EQ(g_.DeleteNode(a).code(), absl::StatusCode::kNotFound);
}

TEST_F(GraphTest, NameIsIndexedOnEveryLabel) {
  LabelId later = g_.InternLabel("Country");
  EXPECT_TRUE(g_.HasIndex(person_, name_));
  EXPECT_TRUE(g_.HasIndex(later, name_));
  EXPECT_FALSE(g_.HasIndex(person_, born_));
}

TEST_F(GraphTest, IndexFollowsSetAndRemove) {
  NodeId n = AddNamed(person_, "Gagarin");
  EXPECT_THAT(g_.FindNodes(person_, name_, Value::String("Gagarin")),
              ElementsAre(n));
  ASSERT_TRUE(g_.SetProperty(n, name_, Value::String("Yuri Gagarin")).ok());
  EXPECT_THAT(g_.FindNodes(person_, name_, Value::String("Gagarin")),
              IsEmpty());
  EXPECT_THAT(g_.FindNodes(person_, name_, Value::String("Yuri Gagarin")),
              ElementsAre(n));
  EXPECT_TRUE(g_.RemoveProperty(n, name_));
  EXPECT_THAT(g_.FindNodes(person_, name_, Value::String("Yuri Gagarin")),
              IsEmpty());
}

TEST_F(GraphTest, PrefixSeekReturnsTheRangeInStringOrder) {
  NodeId b = AddNamed(person_, "Alexei Leonov");
  NodeId a = AddNamed(person_, "Aleksandr Gerst");
  NodeId c = AddNamed(person_, "Al Worden");
  NodeId d = AddNamed(person_, "Alexei Leonov");
  AddNamed(person_, "Buzz Aldrin");
  NodeId n = g_.AddNode({person_});
  ASSERT_TRUE(g_.SetProperty(n, name_, Value::Int(7)).ok());
  EXPECT_THAT(g_.FindNodesWithPrefix(person_, name_, "Ale"),
              ElementsAre(a, b, d));
  EXPECT_THAT(g_.FindNodesWithPrefix(person_, name_, "Al"),
              ElementsAre(c, a, b, d));
  EXPECT_THAT(g_.FindNodesWithPrefix(person_, name_, "ale"), IsEmpty());
  // The empty prefix is every string value and no other value.
  EXPECT_EQ(g_.FindNodesWithPrefix(person_, name_, "").size(), 5u);
  ASSERT_TRUE(g_.SetProperty(a, name_, Value::String("Gerst")).ok());
  ASSERT_TRUE(g_.DeleteNode(b).ok());
  EXPECT_THAT(g_.FindNodesWithPrefix(person_, name_, "Ale"), ElementsAre(d));
  EXPECT_THAT(g_.FindNodes(person_, name_, Value::Int(7)), ElementsAre(n));
}

TEST_F(GraphTest, IndexFollowsLabels) {
  NodeId n = AddNamed(person_, "NASA");
  EXPECT_THAT(g_.FindNodes(agency_, name_, Value::String("NASA")), IsEmpty());
  g_.AddLabel(n, agency_);
  EXPECT_THAT(g_.FindNodes(agency_, name_, Value::String("NASA")),
              ElementsAre(n));
  g_.RemoveLabel(n, agency_);
  EXPECT_THAT(g_.FindNodes(agency_, name_, Value::String("NASA")), IsEmpty());
  EXPECT_THAT(g_.FindNodes(person_, name_, Value::String("NASA")),
              ElementsAre(n));
}

TEST_F(GraphTest, IndexForgetsDeletedNodes) {
  NodeId a = AddNamed(person_, "same");
  NodeId b = AddNamed(person_, "same");
  EXPECT_THAT(g_.FindNodes(person_, name_, Value::String("same")),
              ElementsAre(a, b));
  ASSERT_TRUE(g_.DeleteNode(a).ok());
  EXPECT_THAT(g_.FindNodes(person_, name_, Value::String("same")),
              ElementsAre(b));
  EXPECT_THAT(Ids(g_.NodesWithLabel(person_)), ElementsAre(b));
}

TEST_F(GraphTest, CreatedIndexIsFilledAndMatchesNumbersByValue) {
  NodeId a = g_.AddNode({person_});
  NodeId b = g_.AddNode({person_});
  ASSERT_TRUE(g_.SetProperty(a, born_, Value::Int(1961)).ok());
  ASSERT_TRUE(g_.SetProperty(b, born_, Value::Float(1961.0)).ok());
  g_.CreateIndex(person_, born_);
  EXPECT_TRUE(g_.HasIndex(person_, born_));
  EXPECT_THAT(g_.FindNodes(person_, born_, Value::Int(1961)),
              ElementsAre(a, b));
  ASSERT_TRUE(g_.SetProperty(b, born_, Value::Int(1962)).ok());
  EXPECT_THAT(g_.FindNodes(person_, born_, Value::Float(1961.0)),
              ElementsAre(a));
  EXPECT_THAT(g_.FindNodes(person_, born_, Value::String("1961")), IsEmpty());
  auto indexes = g_.Indexes();
  EXPECT_NE(
      std::find(indexes.begin(), indexes.end(), std::make_pair(person_, born_)),
      indexes.end());
}

TEST_F(GraphTest, BulkLoadBuildsTheSameGraphAsOneByOne) {
  Graph bulk;
  auto fill = [](Graph& g, bool use_bulk) {
    TypeId t = g.InternType("T");
    KeyId k = g.InternKey("k");
    for (int i = 0; i < 4; ++i) g.AddNode();
    if (use_bulk) g.BeginBulkLoad();
    std::vector<RelId> rels;
    for (auto [a, b] : {std::pair{0, 1}, {1, 2}, {0, 2}, {2, 2}, {3, 0}}) {
      rels.push_back(*g.AddRelationship(NodeId(a), NodeId(b), t));
      ASSERT_TRUE(g.SetProperty(rels.back(), k, Value::Int(a * 10 + b)).ok());
    }
    ASSERT_TRUE(g.DeleteRelationship(rels[2]).ok());
    if (use_bulk) g.EndBulkLoad();
  };
  fill(g_, false);
  fill(bulk, true);
  EXPECT_EQ(CanonicalDump(bulk), CanonicalDump(g_));
  for (uint64_t n = 0; n < 4; ++n) {
    std::vector<std::pair<RelId, NodeId>> one, many;
    g_.ForEachOut(NodeId{n},
                  [&](RelId r, NodeId o) { one.emplace_back(r, o); });
    bulk.ForEachOut(NodeId{n},
                    [&](RelId r, NodeId o) { many.emplace_back(r, o); });
    g_.ForEachIn(NodeId{n}, [&](RelId r, NodeId o) { one.emplace_back(r, o); });
    bulk.ForEachIn(NodeId{n},
                   [&](RelId r, NodeId o) { many.emplace_back(r, o); });
    EXPECT_EQ(one, many) << "node " << n;
  }
  EXPECT_EQ(bulk.OutDegree(NodeId{0}), 1u);
  EXPECT_EQ(bulk.InDegree(NodeId{2}), 2u);
  EXPECT_FALSE(bulk.ContainsRelationship(RelId{2}));
  // After the bulk load the graph behaves as usual.
  ASSERT_TRUE(bulk.DeleteNode(NodeId{2}, /*detach=*/true).ok());
  EXPECT_EQ(bulk.relationship_count(), 2u);
}

// Past kParallelBulkLoad relationships the two directions are built on two
// threads: the same adjacency, in the same order, and the same counts.
TEST_F(GraphTest, ALargeBulkLoadBuildsTheSameGraphAsOneByOne) {
  auto fill = [](Graph& g, bool use_bulk) {
    LabelId a = g.InternLabel("A");
    LabelId b = g.InternLabel("B");
    TypeId s = g.InternType("S");
    TypeId t = g.InternType("T");
    const uint64_t kNodes = 5000;
    for (uint64_t i = 0; i < kNodes; ++i) {
      g.AddNode(i % 2 == 0 ? std::vector<LabelId>{a}
                           : std::vector<LabelId>{a, b});
    }
    if (use_bulk) g.BeginBulkLoad();
    for (uint64_t i = 0; i < Graph::kParallelBulkLoad + 1000; ++i) {
      RelId r = *g.AddRelationship(NodeId{(i * 7) % kNodes},
                                   NodeId{(i * 13) % kNodes}, i % 3 ? s : t);
      if (i % 100 == 0) ASSERT_TRUE(g.DeleteRelationship(r).ok());
    }
    if (use_bulk) g.EndBulkLoad();
  };
  Graph one, bulk;
  fill(one, false);
  fill(bulk, true);
  EXPECT_TRUE(CanonicalDump(bulk) == CanonicalDump(one));
  for (uint64_t n = 0; n < 5000; n += 37) {
    std::vector<std::pair<RelId, NodeId>> singly, in_bulk;
    one.ForEachOut(NodeId{n},
                   [&](RelId r, NodeId o) { singly.emplace_back(r, o); });
    bulk.ForEachOut(NodeId{n},
                    [&](RelId r, NodeId o) { in_bulk.emplace_back(r, o); });
    one.ForEachIn(NodeId{n},
                  [&](RelId r, NodeId o) { singly.emplace_back(r, o); });
    bulk.ForEachIn(NodeId{n},
                   [&](RelId r, NodeId o) { in_bulk.emplace_back(r, o); });
    EXPECT_EQ(singly, in_bulk) << "node " << n;
  }
  for (const char* type_name : {"S", "T"}) {
    TypeId type = *one.FindType(type_name);
    ASSERT_EQ(bulk.FindType(type_name), type);
    for (const char* label_name : {"A", "B"}) {
      LabelId label = *one.FindLabel(label_name);
      ASSERT_EQ(bulk.FindLabel(label_name), label);
      for (bool incoming : {false, true}) {
        EXPECT_EQ(bulk.TypeLabelCount(type, label, incoming),
                  one.TypeLabelCount(type, label, incoming));
      }
    }
  }
}

TEST_F(GraphTest, CanonicalDumpIgnoresHoles) {
  Graph other;
  NodeId x = other.AddNode({other.InternLabel("Person")});
  ASSERT_TRUE(other.DeleteNode(x).ok());
  NodeId y = other.AddNode({other.InternLabel("Person")});
  ASSERT_TRUE(other.SetProperty(y, other.name_key(), Value::String("a")).ok());
  AddNamed(person_, "a");
  EXPECT_EQ(CanonicalDump(g_), CanonicalDump(other));
  EXPECT_EQ(CanonicalDump(g_), "(0:Person {name: 'a'})\n");
}

// TypeLabelCount() recounted from the relationships themselves.
uint64_t Recount(const Graph& g, TypeId t, LabelId l, bool incoming) {
  uint64_t n = 0;
  g.ForEachRelationship([&](RelId r) {
    if (g.Type(r) != t) return;
    if (g.HasLabel(incoming ? g.Target(r) : g.Source(r), l)) ++n;
  });
  return n;
}

// A bulk load on top of relationships already there counts only the new
// ones, self-loops at both ends, and none deleted before the load ended.
TEST_F(GraphTest, ABulkLoadCountsItsOwnRelationshipsOnce) {
  Graph g;
  LabelId person = g.InternLabel("Person");
  LabelId official = g.InternLabel("Official");
  LabelId doc = g.InternLabel("Document");
  TypeId mentioned = g.InternType("MENTIONED_IN");
  TypeId met = g.InternType("MET_WITH");
  NodeId a = g.AddNode({person, official});
  NodeId b = g.AddNode({person});
  NodeId d = g.AddNode({doc});
  ASSERT_TRUE(g.AddRelationship(a, d, mentioned).ok());
  ASSERT_TRUE(g.AddRelationship(a, b, met).ok());
  g.BeginBulkLoad();
  NodeId c = g.AddNode({person});
  for (NodeId from : {a, b, c}) {
    ASSERT_TRUE(g.AddRelationship(from, d, mentioned).ok());
  }
  ASSERT_TRUE(g.AddRelationship(c, c, met).ok());
  absl::StatusOr<RelId> gone = g.AddRelationship(b, a, met);
  ASSERT_TRUE(gone.ok());
  ASSERT_TRUE(g.DeleteRelationship(*gone).ok());
  g.EndBulkLoad();
  for (TypeId t : {mentioned, met}) {
    for (LabelId l : {person, official, doc}) {
      for (bool incoming : {false, true}) {
        EXPECT_EQ(g.TypeLabelCount(t, l, incoming), Recount(g, t, l, incoming))
            << g.TypeName(t) << " " << g.LabelName(l) << " " << incoming;
      }
    }
  }
}

TEST_F(GraphTest, TypeLabelCountsFollowRelationshipAndLabelChanges) {
  for (bool use_bulk : {false, true}) {
    Graph g;
    LabelId person = g.InternLabel("Person");
    LabelId doc = g.InternLabel("Document");
    TypeId mentioned = g.InternType("MENTIONED_IN");
    TypeId met = g.InternType("MET_WITH");
    NodeId a = g.AddNode({person});
    NodeId b = g.AddNode({person});
    NodeId d = g.AddNode({doc});
    if (use_bulk) g.BeginBulkLoad();
    RelId ad = *g.AddRelationship(a, d, mentioned);
    (void)*g.AddRelationship(b, d, mentioned);
    RelId ab = *g.AddRelationship(a, b, met);
    (void)*g.AddRelationship(a, a, met);  // a self-loop counts at both ends
    if (use_bulk) {
      // Pending relationships are counted when the load ends.
      EXPECT_EQ(g.TypeLabelCount(mentioned, person, false), 0u);
      g.EndBulkLoad();
    }
    EXPECT_EQ(g.TypeLabelCount(mentioned, person, false), 2u);
    EXPECT_EQ(g.TypeLabelCount(mentioned, doc, true), 2u);
    EXPECT_EQ(g.TypeLabelCount(mentioned, doc, false), 0u);
    EXPECT_EQ(g.TypeLabelCount(met, person, true), 2u);
    ASSERT_TRUE(g.DeleteRelationship(ad).ok());
    g.DeleteRelationships({&ab, 1});
    ASSERT_TRUE(g.AddLabel(d, person));
    ASSERT_TRUE(g.RemoveLabel(b, person));
    ASSERT_TRUE(g.DeleteNode(a, /*detach=*/true).ok());
    for (TypeId t : {mentioned, met}) {
      for (LabelId l : {person, doc}) {
        for (bool in : {false, true}) {
          EXPECT_EQ(g.TypeLabelCount(t, l, in), Recount(g, t, l, in))
              << "bulk " << use_bulk << " type " << t << " label " << l
              << " incoming " << in;
        }
      }
    }
    EXPECT_EQ(g.TypeLabelCount(mentioned, person, false), 0u);
    EXPECT_EQ(g.TypeLabelCount(mentioned, doc, true), 1u);
  }
}

}  // namespace
}  // namespace kg
