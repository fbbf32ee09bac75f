// Tests for snapshot round trips and for SaveSnapshot / LoadSnapshot.
// Damaged and hostile input is covered by snapshot_damage_test.cc.
#include "graph/snapshot.h"

#include <sys/stat.h>

#include <bit>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/graph/snapshot_test_util.h"

namespace kg {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// Every value with its exact kind and bits: floats as bit patterns, so -0.0
// and NaN payloads count, strings escaped, so NUL bytes do.
std::string ExactValue(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kFloat:
      return absl::StrCat("f", absl::Hex(std::bit_cast<uint64_t>(v.AsFloat())));
    case Value::Kind::kString:
      return absl::StrCat("s\"", absl::CHexEscape(v.AsString()), "\"");
    case Value::Kind::kList: {
      std::vector<std::string> items;
      for (const Value& item : v.AsList()) items.push_back(ExactValue(item));
      return absl::StrCat("[", absl::StrJoin(items, ","), "]");
    }
    default:
      return absl::StrCat(Value::KindName(v.kind()), ":", v.ToString());
  }
}

std::string ExactProperties(const PropertyList& props) {
  std::vector<std::string> parts;
  for (const auto& [key, value] : props) {
    parts.push_back(absl::StrCat(key, "=", ExactValue(value)));
  }
  return absl::StrCat("{", absl::StrJoin(parts, " "), "}");
}

// Everything the public API shows, by id: names, tombstones, label order,
// property bits, adjacency order and indexes. Equal dumps, equal graphs.
std::string ExactDump(const Graph& g) {
  std::string out;
  for (LabelId i = 0; i < g.label_count(); ++i) {
    absl::StrAppend(&out, "label ", i, " ", g.LabelName(i), "\n");
  }
  for (TypeId i = 0; i < g.type_count(); ++i) {
    absl::StrAppend(&out, "type ", i, " ", g.TypeName(i), "\n");
  }
  for (KeyId i = 0; i < g.key_count(); ++i) {
    absl::StrAppend(&out, "key ", i, " ", g.KeyName(i), "\n");
  }
  for (uint64_t i = 0; i < g.node_id_limit(); ++i) {
    NodeId id{i};
    if (!g.ContainsNode(id)) {
      absl::StrAppend(&out, "node ", i, " deleted\n");
      continue;
    }
    std::string adjacency;
    g.ForEachOut(id, [&](RelId r, NodeId o) {
      absl::StrAppend(&adjacency, " out", Raw(r), ">", Raw(o));
    });
    g.ForEachIn(id, [&](RelId r, NodeId o) {
      absl::StrAppend(&adjacency, " in", Raw(r), "<", Raw(o));
    });
    absl::StrAppend(&out, "node ", i, " :", absl::StrJoin(g.Labels(id), ":"),
                    " ", ExactProperties(g.Properties(id)), adjacency, "\n");
  }
  for (uint64_t i = 0; i < g.relationship_id_limit(); ++i) {
    RelId id{i};
    if (!g.ContainsRelationship(id)) {
      absl::StrAppend(&out, "rel ", i, " deleted\n");
      continue;
    }
    absl::StrAppend(&out, "rel ", i, " ", Raw(g.Source(id)), "-", g.Type(id),
                    "->", Raw(g.Target(id)), " ",
                    ExactProperties(g.Properties(id)), "\n");
  }
  for (const auto& [label, key] : g.Indexes()) {
    absl::StrAppend(&out, "index ", label, ",", key, "\n");
  }
  return out;
}

Graph RoundTrip(const Graph& g) {
  absl::StatusOr<Graph> decoded = DecodeSnapshot(EncodeSnapshot(g));
  EXPECT_TRUE(decoded.ok()) << decoded.status();
  return decoded.ok() ? std::move(decoded).value() : Graph();
}

TEST(SnapshotTest, RoundTripKeepsEveryValueIdAndIndex) {
  Graph g = snapshot_test::MakeSampleGraph();
  const LabelId person = *g.FindLabel("Person");
  const KeyId age = *g.FindKey("age");

  Graph back = RoundTrip(g);

  EXPECT_EQ(CanonicalDump(back), CanonicalDump(g));
  EXPECT_EQ(ExactDump(back), ExactDump(g));
  EXPECT_EQ(back.node_id_limit(), g.node_id_limit());
  EXPECT_EQ(back.relationship_id_limit(), g.relationship_id_limit());
  EXPECT_EQ(back.node_count(), g.node_count());
  EXPECT_EQ(back.relationship_count(), g.relationship_count());
  EXPECT_FALSE(back.ContainsNode(NodeId{2}));
  EXPECT_FALSE(back.ContainsRelationship(RelId{1}));
  EXPECT_FALSE(back.ContainsRelationship(RelId{4}));
  EXPECT_EQ(back.Indexes(), g.Indexes());
  EXPECT_TRUE(back.HasIndex(person, age));
  EXPECT_THAT(back.FindNodes(person, age, Value::Int(36)),
              ElementsAre(NodeId{0}));
  EXPECT_THAT(back.FindNodes(person, back.name_key(), Value::String("Ada")),
              ElementsAre(NodeId{0}));
}

TEST(SnapshotTest, RoundTripKeepsFloatBitsAndStringBytes) {
  Graph back = RoundTrip(snapshot_test::MakeSampleGraph());
  const Value* zero = back.Property(NodeId{4}, *back.FindKey("neg_zero"));
  ASSERT_NE(zero, nullptr);
  EXPECT_TRUE(std::signbit(zero->AsFloat()));
  EXPECT_TRUE(
      std::isnan(back.Property(NodeId{4}, *back.FindKey("nan"))->AsFloat()));
  EXPECT_EQ(back.Property(NodeId{5}, *back.FindKey("nul"))->AsString(),
            std::string("a\0b", 3));
  EXPECT_EQ(back.Property(NodeId{0}, *back.FindKey("min"))->AsInt(),
            std::numeric_limits<int64_t>::min());
}

TEST(SnapshotTest, ReencodingADecodedGraphGivesTheSameBytes) {
  const std::string bytes = EncodeSnapshot(snapshot_test::MakeSampleGraph());
  EXPECT_EQ(EncodeSnapshot(RoundTrip(snapshot_test::MakeSampleGraph())), bytes);
}

TEST(SnapshotTest, EmptyGraphRoundTrips) {
  Graph g;
  Graph back = RoundTrip(g);
  EXPECT_EQ(ExactDump(back), ExactDump(g));
  EXPECT_EQ(CanonicalDump(back), "");
  EXPECT_EQ(back.node_id_limit(), 0u);
  EXPECT_EQ(back.relationship_id_limit(), 0u);
  EXPECT_EQ(back.key_count(), 1u);  // the built-in `name`
}

TEST(SnapshotTest, DeletedRelationshipsSurviveWithoutDeletedNodes) {
  // No tombstone node to hang deleted relationships on: the first one goes
  // on a node without relationships, the second finds none left.
  Graph g;
  TypeId t = g.InternType("T");
  NodeId a = g.AddNode(), b = g.AddNode();
  RelId r0 = *g.AddRelationship(a, b, t);
  ASSERT_TRUE(g.AddRelationship(a, b, t).ok());
  RelId r2 = *g.AddRelationship(b, a, t);
  ASSERT_TRUE(g.AddRelationship(b, b, t).ok());
  ASSERT_TRUE(g.DeleteRelationship(r0).ok());
  ASSERT_TRUE(g.DeleteRelationship(r2).ok());

  Graph back = RoundTrip(g);
  EXPECT_EQ(ExactDump(back), ExactDump(g));
  EXPECT_EQ(back.node_count(), 2u);
  EXPECT_EQ(back.relationship_id_limit(), 4u);
}

TEST(SnapshotTest, GraphWithOnlyTombstonesRoundTrips) {
  Graph g;
  TypeId t = g.InternType("T");
  NodeId a = g.AddNode(), b = g.AddNode();
  ASSERT_TRUE(g.AddRelationship(a, b, t).ok());
  ASSERT_TRUE(g.DeleteNode(a, /*detach=*/true).ok());
  ASSERT_TRUE(g.DeleteNode(b).ok());

  Graph back = RoundTrip(g);
  EXPECT_EQ(ExactDump(back), ExactDump(g));
  EXPECT_EQ(back.node_count(), 0u);
  EXPECT_EQ(back.node_id_limit(), 2u);
  EXPECT_EQ(back.relationship_id_limit(), 1u);
}

TEST(SnapshotTest, AttachmentsTravelWithTheGraphAndLeaveItsFingerprint) {
  Graph g;
  NodeId n = g.AddNode({g.InternLabel("Agency")});
  ASSERT_TRUE(g.SetProperty(n, g.name_key(), Value::String("ESA")).ok());
  const uint32_t bare = GraphFingerprint(g);
  g.SetAttachment("kg.facts", std::string("{\"id\": \"a\"}\n\0x", 15));
  g.SetAttachment("b", "");
  EXPECT_EQ(GraphFingerprint(g), bare);  // attachments are not the graph
  absl::StatusOr<Graph> back = DecodeSnapshot(EncodeSnapshot(g));
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->attachments(), g.attachments());
  EXPECT_EQ(GraphFingerprint(*back), bare);
  EXPECT_EQ(EncodeSnapshot(*back), EncodeSnapshot(g));
  // Any change to the graph changes it.
  ASSERT_TRUE(
      back->SetProperty(n, back->name_key(), Value::String("ESA ")).ok());
  EXPECT_NE(GraphFingerprint(*back), bare);
}

TEST(SnapshotTest, HandWrittenPayloadDecodesAndEncodesBack) {
  // Pins the format: the bytes below are what EncodeSnapshot must write.
  const std::string payload = snapshot_test::SmallPayload();
  absl::StatusOr<Graph> g = DecodeSnapshot(snapshot_test::Forge(payload));
  ASSERT_TRUE(g.ok()) << g.status();
  EXPECT_EQ(CanonicalDump(*g),
            "(0:Person {age: 36, name: 'Ada'})\n"
            "(1 {age: [true, 1.5]})\n"
            "(0)-[:KNOWS {age: -1}]->(1)\n");
  EXPECT_FALSE(g->ContainsNode(NodeId{1}));
  EXPECT_FALSE(g->ContainsRelationship(RelId{0}));
  EXPECT_EQ(g->Source(RelId{1}), NodeId{0});
  EXPECT_EQ(g->Target(RelId{1}), NodeId{2});
  EXPECT_THAT(g->FindNodes(0, 1, Value::Int(36)), ElementsAre(NodeId{0}));
  EXPECT_EQ(EncodeSnapshot(*g), snapshot_test::Forge(payload));
}

// ---- Files ----

class SnapshotFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = ::testing::TempDir() + "/kg_snapshot_XXXXXX";
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::vector<std::string> DirectoryEntries() const {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir_)) {
      names.push_back(e.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }

  std::string dir_;
};

TEST_F(SnapshotFileTest, SaveThenLoadRoundTrips) {
  Graph g = snapshot_test::MakeSampleGraph();
  const std::string path = dir_ + "/space.kg";
  ASSERT_TRUE(SaveSnapshot(g, path).ok());
  absl::StatusOr<Graph> back = LoadSnapshot(path);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(ExactDump(*back), ExactDump(g));
}

TEST_F(SnapshotFileTest, SaveReplacesAnExistingFileAndLeavesNoTemporaries) {
  const std::string path = dir_ + "/space.kg";
  std::ofstream(path) << "old contents";
  ASSERT_EQ(::chmod(path.c_str(), 0640), 0);

  ASSERT_TRUE(SaveSnapshot(snapshot_test::MakeSampleGraph(), path).ok());

  absl::StatusOr<Graph> back = LoadSnapshot(path);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->node_id_limit(), 6u);
  EXPECT_THAT(DirectoryEntries(), ElementsAre("space.kg"));
  struct stat st;
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0640u);  // the replaced file's mode
}

TEST_F(SnapshotFileTest, NewSnapshotIsReadableByOthers) {
  const std::string path = dir_ + "/space.kg";
  ASSERT_TRUE(SaveSnapshot(Graph(), path).ok());
  struct stat st;
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0644u);
}

TEST_F(SnapshotFileTest, SaveIntoMissingDirectoryNamesThePath) {
  const std::string path = dir_ + "/no/such/space.kg";
  absl::Status status = SaveSnapshot(Graph(), path);
  EXPECT_EQ(status.code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(status.message(),
            absl::StrCat(path,
                         ": cannot create a temporary file beside it: "
                         "No such file or directory"));
}

TEST_F(SnapshotFileTest, SaveOverADirectoryFailsAndCleansUp) {
  const std::string path = dir_ + "/space.kg";
  ASSERT_TRUE(std::filesystem::create_directory(path));
  absl::Status status = SaveSnapshot(Graph(), path);
  EXPECT_FALSE(status.ok());
  EXPECT_THAT(std::string(status.message()),
              StartsWith(path + ": cannot rename "));
  EXPECT_THAT(std::string(status.message()), HasSubstr("Is a directory"));
  EXPECT_THAT(DirectoryEntries(), ElementsAre("space.kg"));
}

TEST_F(SnapshotFileTest, LoadMissingFileIsNotFound) {
  const std::string path = dir_ + "/missing.kg";
  absl::StatusOr<Graph> g = LoadSnapshot(path);
  EXPECT_EQ(g.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(g.status().message(),
            path + ": cannot open snapshot: No such file or directory");
}

TEST_F(SnapshotFileTest, LoadDirectoryIsRefused) {
  absl::StatusOr<Graph> g = LoadSnapshot(dir_);
  EXPECT_EQ(g.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(g.status().message(),
            dir_ + ": is a directory, not a snapshot file");
}

TEST_F(SnapshotFileTest, LoadDamagedFileNamesThePath) {
  std::string bytes = EncodeSnapshot(snapshot_test::MakeSampleGraph());
  bytes[bytes.size() / 2] ^= 0x10;
  const std::string path = dir_ + "/space.kg";
  std::ofstream(path, std::ios::binary) << bytes;
  absl::StatusOr<Graph> g = LoadSnapshot(path);
  EXPECT_EQ(g.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_EQ(g.status().message(), path + ": checksum mismatch (file damaged)");
}

}  // namespace
}  // namespace kg
