// Tests that damaged, foreign and hostile snapshot bytes are refused with an
// error that says what is wrong, never with a crash, a hang or a huge
// allocation (the sanitizer build turns the latter two into failures).
#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "gmock/gmock.h"
#include "graph/snapshot.h"
#include "graph/snapshot_format.h"
#include "gtest/gtest.h"
#include "tests/graph/snapshot_test_util.h"

namespace kg {
namespace {

using ::kg::snapshot_test::Forge;
using ::testing::StartsWith;

std::string Message(const absl::StatusOr<Graph>& g) {
  return std::string(g.status().message());
}

// A snapshot small enough to damage every bit of, yet with every section and
// value kind in it.
std::string SmallSnapshot() { return Forge(snapshot_test::SmallPayload()); }

TEST(SnapshotDecodeTest, EveryTruncationIsRefused) {
  const std::string bytes = SmallSnapshot();
  ASSERT_TRUE(DecodeSnapshot(bytes).ok());
  const size_t payload_size = bytes.size() - snapshot_format::kHeaderSize;
  for (size_t n = 0; n < bytes.size(); ++n) {
    absl::StatusOr<Graph> g = DecodeSnapshot(bytes.substr(0, n), "space.kg");
    ASSERT_FALSE(g.ok()) << "truncated to " << n << " bytes";
    if (n == 0) {
      EXPECT_EQ(Message(g), "space.kg: empty file, not a kg snapshot");
    } else if (n < snapshot_format::kHeaderSize) {
      EXPECT_EQ(Message(g), absl::StrCat("space.kg: truncated: ", n,
                                         " bytes, less than the 28-byte "
                                         "header"));
    } else {
      EXPECT_EQ(Message(g),
                absl::StrCat("space.kg: truncated: header says ", payload_size,
                             " payload bytes, file "
                             "has ",
                             n - snapshot_format::kHeaderSize));
    }
  }
}

TEST(SnapshotDecodeTest, EveryBitFlipIsRefused) {
  const std::string bytes = SmallSnapshot();
  for (size_t i = 0; i < bytes.size(); ++i) {
    for (int mask : {0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0xFF}) {
      std::string damaged = bytes;
      damaged[i] = static_cast<char>(damaged[i] ^ mask);
      absl::StatusOr<Graph> g = DecodeSnapshot(damaged, "space.kg");
      ASSERT_FALSE(g.ok()) << "byte " << i << " xor " << mask;
      EXPECT_THAT(Message(g), StartsWith("space.kg: "));
    }
  }
}

TEST(SnapshotDecodeTest, PayloadDamageFailsTheChecksum) {
  std::string bytes = SmallSnapshot();
  bytes[40] ^= 0x04;
  absl::StatusOr<Graph> g = DecodeSnapshot(bytes, "space.kg");
  EXPECT_EQ(g.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_EQ(Message(g), "space.kg: checksum mismatch (file damaged)");
}

TEST(SnapshotDecodeTest, ForeignFilesAreNotSnapshots) {
  for (const std::string& bytes : {
           std::string("MATCH (n) RETURN n;\n"),
           std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16),
           std::string("\x89KG"),  // a prefix of the magic, then garbage
       }) {
    absl::StatusOr<Graph> g = DecodeSnapshot(bytes + "x", "space.kg");
    EXPECT_EQ(g.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(Message(g), "space.kg: not a kg snapshot (bad magic)");
  }
}

TEST(SnapshotDecodeTest, TextModeLineEndingsBreakTheMagic) {
  for (const auto& [from, to] :
       std::vector<std::pair<std::string, std::string>>{{"\r\n", "\n"},
                                                        {"\n", "\r\n"}}) {
    std::string mangled = absl::StrReplaceAll(SmallSnapshot(), {{from, to}});
    EXPECT_EQ(Message(DecodeSnapshot(mangled, "space.kg")),
              "space.kg: not a kg snapshot (bad magic)");
  }
}

TEST(SnapshotDecodeTest, EmptyFileIsRefused) {
  absl::StatusOr<Graph> g = DecodeSnapshot("", "space.kg");
  EXPECT_EQ(g.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(Message(g), "space.kg: empty file, not a kg snapshot");
}

TEST(SnapshotDecodeTest, NewerVersionIsRefusedByNumber) {
  absl::StatusOr<Graph> g =
      DecodeSnapshot(Forge(snapshot_test::SmallPayload(), 7), "space.kg");
  EXPECT_EQ(g.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(Message(g),
            "space.kg: snapshot format version 7 is newer than this kg "
            "supports (2)");
}

TEST(SnapshotDecodeTest, VersionZeroIsRefused) {
  EXPECT_EQ(Message(DecodeSnapshot(Forge(snapshot_test::SmallPayload(), 0),
                                   "space.kg")),
            "space.kg: invalid snapshot format version 0");
}

TEST(SnapshotDecodeTest, UnknownFlagsAreRefused) {
  EXPECT_EQ(Message(DecodeSnapshot(
                Forge(snapshot_test::SmallPayload(), kSnapshotVersion, 0x20),
                "space.kg")),
            "space.kg: snapshot uses features this kg does not know "
            "(flags 0x20)");
}

TEST(SnapshotDecodeTest, BytesAfterThePayloadAreRefused) {
  EXPECT_EQ(Message(DecodeSnapshot(SmallSnapshot() + "zz", "space.kg")),
            "space.kg: 2 unexpected bytes after the payload (file damaged)");
}

// Every single-byte change to a payload, checksum recomputed: either the
// result is a graph that survives its own round trip, or a corrupt-payload
// error. Under the sanitizer build this also proves no read strays.
TEST(SnapshotDecodeTest, EveryPayloadByteMutationIsRefusedOrConsistent) {
  const std::string payload = snapshot_test::SmallPayload();
  int refused = 0;
  for (size_t i = 0; i < payload.size(); ++i) {
    for (int value : {0x00, 0x01, 0x02, 0x05, 0x06, 0x7F, 0x80, 0xFF}) {
      std::string mutated = payload;
      mutated[i] = static_cast<char>(value);
      absl::StatusOr<Graph> g = DecodeSnapshot(Forge(mutated), "space.kg");
      if (g.ok()) {
        EXPECT_TRUE(DecodeSnapshot(EncodeSnapshot(*g)).ok());
        continue;
      }
      ++refused;
      EXPECT_EQ(g.status().code(), absl::StatusCode::kDataLoss);
      EXPECT_THAT(Message(g), StartsWith("space.kg: corrupt payload at byte "))
          << "byte " << i << " = " << value;
    }
  }
  EXPECT_GT(refused, 0);
}

// ---- Payloads with a correct checksum but wrong contents ----

// Builds payload bytes by hand.
class Payload {
 public:
  Payload& Byte(uint8_t b) {
    bytes_.push_back(static_cast<char>(b));
    return *this;
  }
  Payload& Varint(uint64_t v) {
    snapshot_format::PutVarint(&bytes_, v);
    return *this;
  }
  Payload& String(std::string_view s) {
    Varint(s.size());
    bytes_.append(s);
    return *this;
  }
  Payload& Repeat(int n, uint8_t b) {
    bytes_.append(n, static_cast<char>(b));
    return *this;
  }
  std::string bytes() const { return bytes_; }

 private:
  std::string bytes_;
};

// Labels [Person], types [KNOWS], keys [name, age]: 25 bytes, so what follows
// starts at file offset 53.
Payload Names() {
  return Payload()
      .Varint(1)
      .String("Person")
      .Varint(1)
      .String("KNOWS")
      .Varint(2)
      .String("name")
      .String("age");
}

// One live node without labels whose `age` is the value that follows; the
// value starts at file offset 58.
Payload NodeWithAge() {
  return Names().Varint(1).Byte(1).Varint(0).Varint(1).Varint(1);
}

struct CorruptCase {
  const char* name;
  std::string payload;
  const char* error;  // after "space.kg: corrupt payload at byte "
};

void PrintTo(const CorruptCase& c, std::ostream* os) { *os << c.name; }

std::vector<CorruptCase> CorruptCases() {
  const uint64_t kHuge = uint64_t{1} << 60;
  return {
      {"Garbage", Payload().Repeat(64, 0xFF).bytes(), "28: number overflows"},
      {"ZeroFilled", Payload().Repeat(64, 0x00).bytes(),
       "30: built-in property key 'name' is missing"},
      {"EmptyPayload", "", "28: payload ends in a number"},
      {"HugeNodeCount", Names().Varint(kHuge).bytes(),
       "53: node count 1152921504606846976 is more than the 0 bytes left "
       "can hold"},
      {"HugeNameLength", Payload().Varint(1).Varint(kHuge).bytes(),
       "29: string of 1152921504606846976 bytes overruns the 0 bytes left"},
      {"HugeListLength",
       NodeWithAge().Byte(6).Varint(kHuge).Varint(0).Varint(0).bytes(),
       "59: list length 1152921504606846976 is more than the 2 bytes left "
       "can hold"},
      {"HugePropertyCount",
       Names().Varint(1).Byte(1).Varint(0).Varint(kHuge).bytes(),
       "56: property count 1152921504606846976 is more than the 0 bytes left "
       "can hold"},
      {"ListInsideList", NodeWithAge().Repeat(100000, 6).bytes(),
       "60: a list inside a list cannot be a property"},
      {"UnknownValueTag", NodeWithAge().Byte(13).Varint(0).Varint(0).bytes(),
       "58: unknown value tag 0x0d"},
      {"LocalTimeBeforeMidnight",
       NodeWithAge().Byte(8).Varint(1).Varint(0).Varint(0).bytes(),
       "58: temporal value out of range"},
      {"DurationNanosOverASecond",
       NodeWithAge()
           .Byte(12)
           .Varint(0)
           .Varint(0)
           .Varint(0)
           .Varint(1000000000)
           .Varint(0)
           .Varint(0)
           .bytes(),
       "58: temporal value out of range"},
      {"NullValueTag", NodeWithAge().Byte(0).Varint(0).Varint(0).bytes(),
       "58: unknown value tag 0x00"},
      {"FloatCutShort", NodeWithAge().Byte(4).Repeat(3, 0).bytes(),
       "59: payload ends in a float"},
      {"DuplicateLabelName",
       Payload().Varint(2).String("A").String("A").bytes(),
       "31: label 'A' is listed twice"},
      {"FirstKeyIsNotName",
       Payload().Varint(0).Varint(0).Varint(1).String("age").bytes(),
       "31: property key 0 is 'age', not 'name'"},
      {"InvalidNodeState", Names().Varint(1).Byte(2).bytes(),
       "54: node 0 has invalid state 2"},
      {"LabelIdOutOfRange",
       Names().Varint(1).Byte(1).Varint(1).Varint(5).bytes(),
       "56: label id 5 is out of range (limit 1)"},
      {"LabelTwiceOnANode",
       Names().Varint(1).Byte(1).Varint(2).Varint(0).Varint(0).bytes(),
       "57: node 0 has label 0 twice"},
      {"PropertyKeyOutOfRange",
       Names().Varint(1).Byte(1).Varint(0).Varint(1).Varint(2).Byte(1).bytes(),
       "57: property key id 2 is out of range (limit 2)"},
      {"PropertyKeysOutOfOrder",
       Names()
           .Varint(1)
           .Byte(1)
           .Varint(0)
           .Varint(2)
           .Varint(1)
           .Byte(1)
           .Varint(0)
           .Byte(1)
           .bytes(),
       "59: property keys are not in ascending order"},
      {"RelationshipToMissingNode",
       Names()
           .Varint(1)
           .Byte(1)
           .Varint(0)
           .Varint(0)
           .Varint(1)
           .Byte(1)
           .Varint(0)
           .Varint(7)
           .bytes(),
       "60: target node id 7 is out of range (limit 1)"},
      {"RelationshipToDeletedNode",
       Names()
           .Varint(2)
           .Byte(1)
           .Varint(0)
           .Varint(0)
           .Byte(0)
           .Varint(1)
           .Byte(1)
           .Varint(0)
           .Varint(1)
           .bytes(),
       "61: relationship 0 has deleted target node 1"},
      {"RelationshipTypeOutOfRange",
       Names()
           .Varint(1)
           .Byte(1)
           .Varint(0)
           .Varint(0)
           .Varint(1)
           .Byte(1)
           .Varint(0)
           .Varint(0)
           .Varint(3)
           .bytes(),
       "61: relationship type id 3 is out of range (limit 1)"},
      {"DeletedRelationshipWithoutNodes",
       Names().Varint(0).Varint(1).Byte(0).bytes(),
       "55: deleted relationship 0 in a graph without nodes or relationship "
       "types"},
      {"IndexKeyOutOfRange",
       Names().Varint(0).Varint(0).Varint(1).Varint(0).Varint(9).bytes(),
       "57: index key id 9 is out of range (limit 2)"},
      {"IndexesOutOfOrder",
       Names()
           .Varint(0)
           .Varint(0)
           .Varint(2)
           .Varint(0)
           .Varint(1)
           .Varint(0)
           .Varint(0)
           .bytes(),
       "58: indexes are not in ascending order"},
      {"AttachmentsOutOfOrder",
       Names()
           .Varint(0)
           .Varint(0)
           .Varint(0)
           .Varint(2)
           .String("b")
           .String("x")
           .String("a")
           .String("y")
           .bytes(),
       "61: attachments are not in ascending order"},
      {"AttachmentLongerThanThePayload",
       Names()
           .Varint(0)
           .Varint(0)
           .Varint(0)
           .Varint(1)
           .String("a")
           .Varint(99)
           .bytes(),
       "59: string of 99 bytes overruns the 0 bytes left"},
      {"TrailingBytes",
       Names().Varint(0).Varint(0).Varint(0).Varint(0).Byte(0).bytes(),
       "57: 1 unexpected bytes after the attachments"},
  };
}

class CorruptPayloadTest : public ::testing::TestWithParam<CorruptCase> {};

TEST_P(CorruptPayloadTest, IsRefusedWithTheSpotAndTheReason) {
  absl::StatusOr<Graph> g =
      DecodeSnapshot(Forge(GetParam().payload), "space.kg");
  EXPECT_EQ(g.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_EQ(Message(g), absl::StrCat("space.kg: corrupt payload at byte ",
                                     GetParam().error));
}

INSTANTIATE_TEST_SUITE_P(Snapshot, CorruptPayloadTest,
                         ::testing::ValuesIn(CorruptCases()),
                         [](const ::testing::TestParamInfo<CorruptCase>& info) {
                           return std::string(info.param.name);
                         });

TEST(SnapshotDecodeTest, NamesAloneMakeAValidPayload) {
  // The corrupt cases above differ from this valid payload in one respect.
  absl::StatusOr<Graph> g = DecodeSnapshot(
      Forge(Names().Varint(0).Varint(0).Varint(0).Varint(0).bytes()));
  ASSERT_TRUE(g.ok()) << g.status();
  EXPECT_EQ(g->LabelName(0), "Person");
  EXPECT_EQ(g->KeyName(1), "age");
}

TEST(SnapshotDecodeTest, VersionOneFilesHaveNoAttachmentsAndStillLoad) {
  std::string v2 = snapshot_test::SmallPayload();
  ASSERT_EQ(v2.back(), '\0');  // no attachments
  const std::string v1 = v2.substr(0, v2.size() - 1);
  absl::StatusOr<Graph> old_file = DecodeSnapshot(Forge(v1, 1), "old.kg");
  absl::StatusOr<Graph> new_file = DecodeSnapshot(Forge(v2), "new.kg");
  ASSERT_TRUE(old_file.ok()) << old_file.status();
  ASSERT_TRUE(new_file.ok()) << new_file.status();
  EXPECT_EQ(CanonicalDump(*old_file), CanonicalDump(*new_file));
  // The attachment count of version 2 is no part of a version 1 file.
  EXPECT_EQ(Message(DecodeSnapshot(Forge(v2, 1), "old.kg")),
            "old.kg: corrupt payload at byte 99: 1 unexpected bytes after the "
            "index list");
}

}  // namespace
}  // namespace kg
