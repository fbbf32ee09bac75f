// The helpers behind every writer: UTF-8 repair, buffered output, key order,
// and a whole graph large enough to cross many output buffers.
#include "graph/export_util.h"

#include <sstream>
#include <string>

#include "graph/export.h"
#include "gtest/gtest.h"
#include "tests/graph/export_fixtures.h"

namespace kg {
namespace {

using export_internal::KeyOrder;
using export_internal::OutBuffer;
using export_internal::ValidUtf8;

std::string Repaired(std::string_view s) {
  std::string scratch;
  return std::string(ValidUtf8(s, &scratch));
}

constexpr std::string_view kFffd = "\xEF\xBF\xBD";

TEST(ExportUtilTest, ValidUtf8PassesThroughWithoutCopying) {
  std::string scratch;
  std::string_view s = "plain, Zoë, 东京, 🚀, \xF4\x8F\xBF\xBF";
  EXPECT_EQ(ValidUtf8(s, &scratch).data(), s.data());
  EXPECT_TRUE(scratch.empty());
}

TEST(ExportUtilTest, EachMaximalInvalidSubpartBecomesOneReplacement) {
  const std::pair<std::string_view, std::string> kCases[] = {
      {"\x80", std::string(kFffd)},          // lone continuation
      {"\xC3", std::string(kFffd)},          // truncated at end
      {"\xC3x", std::string(kFffd) + "x"},   // truncated
      {"\xE2\x82", std::string(kFffd)},      // one maximal subpart
      {"\xF0\x9F\x9A", std::string(kFffd)},  // truncated 4-byte
      {"\xC0\xAF", std::string(kFffd) + std::string(kFffd)},  // overlong
      {"\xE0\x80\x80", std::string(kFffd) + std::string(kFffd) +
                           std::string(kFffd)},  // overlong 3-byte
      {"\xED\xA0\x80", std::string(kFffd) + std::string(kFffd) +
                           std::string(kFffd)},  // surrogate
      {"\xF4\x90\x80\x80", std::string(kFffd) + std::string(kFffd) +
                               std::string(kFffd) + std::string(kFffd)},
      {"\xFF", std::string(kFffd)},
      {"ok\xFFok", "ok" + std::string(kFffd) + "ok"},
  };
  for (const auto& [in, out] : kCases) {
    EXPECT_EQ(Repaired(in), out) << in;
  }
}

TEST(ExportUtilTest, KeyOrderSortsByNameNotId) {
  Graph g;  // "name" is key 0
  NodeId n = g.AddNode();
  for (std::string_view k : {"b", "a", "Z", "name"}) {
    export_test::Set(g, n, k, Value::Bool(true));
  }
  std::vector<const PropertyList::Entry*> sorted;
  KeyOrder(g).Sort(g.Properties(n), &sorted);
  std::vector<std::string> names;
  for (const auto* e : sorted) names.push_back(g.KeyName(e->first));
  EXPECT_EQ(names, (std::vector<std::string>{"Z", "a", "b", "name"}));
}

TEST(ExportUtilTest, OutBufferKeepsOrderAcrossDrains) {
  std::ostringstream out;
  std::string expected;
  {
    OutBuffer buffer(out);
    for (uint64_t i = 0; i < 100000; ++i) {
      buffer << i;
      buffer.Put(',');
      absl::StrAppend(&expected, i, ",");
    }
    EXPECT_TRUE(buffer.Finish().ok());
  }
  EXPECT_EQ(out.str(), expected);
}

TEST(ExportUtilTest, LargeGraphRoundTripsThroughBothJsonForms) {
  Graph g;
  LabelId person = g.InternLabel("Person");
  TypeId knows = g.InternType("KNOWS");
  for (int i = 0; i < 20000; ++i) {
    NodeId n = g.AddNode({person});
    export_test::Set(g, n, "name", Value::String(absl::StrCat("p", i)));
    export_test::Set(g, n, "score", Value::Float(i * 0.37));
    if (i > 0) {
      ASSERT_TRUE(g.AddRelationship(NodeId{i - 1u}, n, knows).ok());
    }
  }
  std::ostringstream json, jsonl;
  ASSERT_TRUE(WriteJson(g, json).ok());
  ASSERT_TRUE(WriteJsonLines(g, jsonl).ok());
  absl::StatusOr<Graph> a = ReadJson(json.str());
  absl::StatusOr<Graph> b = ReadJson(jsonl.str());
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_TRUE(b.ok()) << b.status();
  std::string dump = CanonicalDump(g);
  EXPECT_EQ(CanonicalDump(*a), dump);
  EXPECT_EQ(CanonicalDump(*b), dump);
}

}  // namespace
}  // namespace kg
