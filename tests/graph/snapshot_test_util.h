// Shared fixtures for the snapshot tests: a graph that exercises every
// feature, a hand-written payload, and Forge(), which wraps any payload in a
// header with a correct checksum so that tests can reach the payload decoder
// with bytes no encoder would write.
#ifndef KG_TESTS_GRAPH_SNAPSHOT_TEST_UTIL_H_
#define KG_TESTS_GRAPH_SNAPSHOT_TEST_UTIL_H_

#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

#include "graph/crc32c.h"
#include "graph/graph.h"
#include "graph/snapshot.h"
#include "graph/snapshot_format.h"

namespace kg::snapshot_test {

// Several labels per node (in different orders), every storable value kind,
// relationships with properties, deleted nodes and relationships, unused
// names and a user index on (Person, age). Ids: nodes 0-5 with 2 deleted;
// relationships 0-5 with 1 and 4 deleted.
inline Graph MakeSampleGraph() {
  Graph g;
  const LabelId person = g.InternLabel("Person");
  const LabelId city = g.InternLabel("City");
  const LabelId tagged = g.InternLabel("Tagged");
  g.InternLabel("Unused");
  const TypeId knows = g.InternType("KNOWS");
  const TypeId lives_in = g.InternType("LIVES_IN");
  g.InternType("NEVER_USED");
  auto set = [&g](NodeId n, std::string_view key, Value v) {
    (void)g.SetProperty(n, g.InternKey(key), std::move(v));
  };
  constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  constexpr double kInf = std::numeric_limits<double>::infinity();

  NodeId n0 = g.AddNode({person, tagged});
  set(n0, "name", Value::String("Ada"));
  set(n0, "age", Value::Int(36));
  set(n0, "flag", Value::Bool(true));
  set(n0, "neg", Value::Int(-7));
  set(n0, "min", Value::Int(kMin));
  set(n0, "max", Value::Int(kMax));
  NodeId n1 = g.AddNode({city});
  set(n1, "name", Value::String("Paris"));
  NodeId n2 = g.AddNode({person});
  set(n2, "name", Value::String("Gone"));
  NodeId n3 = g.AddNode({tagged, person});
  set(n3, "name", Value::String("Bob"));
  set(n3, "age", Value::Int(41));
  set(n3, "flag", Value::Bool(false));
  NodeId n4 = g.AddNode();
  set(n4, "neg_zero", Value::Float(-0.0));
  set(n4, "nan", Value::Float(std::numeric_limits<double>::quiet_NaN()));
  set(n4, "inf", Value::Float(kInf));
  set(n4, "ninf", Value::Float(-kInf));
  set(n4, "tiny", Value::Float(std::numeric_limits<double>::denorm_min()));
  set(n4, "tenth", Value::Float(0.1));
  NodeId n5 = g.AddNode({city, person, tagged});
  set(n5, "empty", Value::String(""));
  set(n5, "utf8",
      Value::String("na\xC3\xAFve caf\xC3\xA9 \xE6\x97\xA5 \xF0\x9F\x8E\x89"));
  set(n5, "nul", Value::String(std::string("a\0b", 3)));
  set(n5, "ints",
      Value::List({Value::Int(1), Value::Int(-2), Value::Int(kMin)}));
  set(n5, "strs", Value::List({Value::String("x"), Value::String("")}));
  set(n5, "mixed",
      Value::List({Value::Bool(true), Value::Float(1.5), Value::String("z"),
                   Value::Int(0)}));
  set(n5, "none", Value::List({}));

  auto rel = [&g](NodeId a, NodeId b, TypeId t) {
    return *g.AddRelationship(a, b, t);
  };
  RelId r0 = rel(n0, n1, lives_in);
  (void)g.SetProperty(r0, g.InternKey("since"), Value::Int(2001));
  RelId r1 = rel(n0, n3, knows);
  RelId r2 = rel(n3, n0, knows);
  (void)g.SetProperty(r2, g.InternKey("weight"), Value::Float(0.5));
  rel(n0, n0, knows);  // a self-loop
  rel(n2, n0, knows);  // deleted with n2
  RelId r5 = rel(n5, n4, g.InternType("RELATED"));
  (void)g.SetProperty(r5, g.InternKey("tags"),
                      Value::List({Value::String("a"), Value::String("b")}));
  (void)g.DeleteRelationship(r1);
  (void)g.DeleteNode(n2, /*detach=*/true);
  g.InternKey("unused_key");
  g.CreateIndex(person, g.InternKey("age"));
  return g;
}

// A payload written byte by byte from the format description.
inline std::string SmallPayload() {
  static constexpr unsigned char kBytes[] = {
      0x01, 0x06, 'P',  'e',  'r',  's',  'o',  'n',  // labels: Person
      0x01, 0x05, 'K',  'N',  'O',  'W',  'S',        // types: KNOWS
      0x02, 0x04, 'n',  'a',  'm',  'e',  0x03, 'a',  // keys: name,
      'g',  'e',                                      //   age
      0x03,                                           // 3 nodes
      0x01, 0x01, 0x00,                               // 0: live, :Person
      0x02, 0x00, 0x05, 0x03, 'A',  'd',  'a',        //   name: 'Ada'
      0x01, 0x03, 0x48,                               //   age: 36 (zigzag 72)
      0x00,                                           // 1: deleted
      0x01, 0x00, 0x01, 0x01, 0x06, 0x02,             // 2: age: [2 items:
      0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,       //   true, 1.5]
      0x00, 0xF8, 0x3F,                               //
      0x02,                                           // 2 relationships
      0x00,                                           // 0: deleted
      0x01, 0x00, 0x02, 0x00, 0x01, 0x01, 0x03,       // 1: 0 -KNOWS-> 2,
      0x01,                                           //   age: -1 (zigzag 1)
      0x02, 0x00, 0x00, 0x00, 0x01,                   // indexes (0,0) (0,1)
      0x00,                                           // no attachments
  };
  return std::string(reinterpret_cast<const char*>(kBytes), sizeof(kBytes));
}

// A header with a correct checksum for `payload`.
inline std::string Forge(std::string_view payload,
                         uint32_t version = kSnapshotVersion,
                         uint32_t flags = 0) {
  namespace f = snapshot_format;
  std::string out(f::kHeaderSize, '\0');
  std::memcpy(out.data(), f::kMagic, sizeof(f::kMagic));
  f::EncodeFixed(out.data() + f::kVersionOffset, version, 4);
  f::EncodeFixed(out.data() + f::kFlagsOffset, flags, 4);
  f::EncodeFixed(out.data() + f::kLengthOffset, payload.size(), 8);
  f::EncodeFixed(out.data() + f::kChecksumOffset, Crc32c(payload), 4);
  out.append(payload);
  return out;
}

}  // namespace kg::snapshot_test

#endif  // KG_TESTS_GRAPH_SNAPSHOT_TEST_UTIL_H_
