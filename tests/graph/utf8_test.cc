#include "graph/utf8.h"

#include "gtest/gtest.h"

namespace kg {
namespace {

TEST(Utf8Test, SequenceLengthFollowsTheWellFormedTable) {
  size_t maximal = 0;
  EXPECT_EQ(Utf8SequenceLength("a", 0), 1u);
  EXPECT_EQ(Utf8SequenceLength("\xD0\xAF", 0), 2u);
  EXPECT_EQ(Utf8SequenceLength("\xF0\x9F\x9A\x80", 0), 4u);
  EXPECT_EQ(Utf8SequenceLength("\xC0\xAF", 0, &maximal), 0u);  // overlong
  EXPECT_EQ(maximal, 1u);
  EXPECT_EQ(Utf8SequenceLength("\xED\xA0\x80", 0, &maximal), 0u);  // surrogate
  EXPECT_EQ(maximal, 1u);
  EXPECT_EQ(Utf8SequenceLength("\xF4\x90\x80\x80", 0), 0u);    // > U+10FFFF
  EXPECT_EQ(Utf8SequenceLength("\xE2\x82", 0, &maximal), 0u);  // truncated
  EXPECT_EQ(maximal, 2u);
}

TEST(Utf8Test, ValidUtf8CountsReplacements) {
  std::string scratch;
  uint64_t replaced = 0;
  EXPECT_EQ(ValidUtf8("ok \xD0\xAF", &scratch, &replaced), "ok \xD0\xAF");
  EXPECT_EQ(replaced, 0u);
  EXPECT_EQ(ValidUtf8("\x80x\xE2\x82", &scratch, &replaced),
            "\xEF\xBF\xBDx\xEF\xBF\xBD");
  EXPECT_EQ(replaced, 2u);
}

}  // namespace
}  // namespace kg
