#include "graph/csv_id_map.h"

#include <optional>

#include "gtest/gtest.h"

namespace kg {
namespace {

TEST(CsvIdMapTest, FindsWhatWasInserted) {
  CsvIdMap ids;
  EXPECT_TRUE(ids.Insert("1", 0));
  EXPECT_TRUE(ids.Insert("0", 1));
  EXPECT_FALSE(ids.Insert("1", 2));
  EXPECT_EQ(ids.Find("1"), std::optional<uint32_t>(0));
  EXPECT_EQ(ids.Find("0"), std::optional<uint32_t>(1));
  EXPECT_EQ(ids.Find("2"), std::nullopt);
  // Texts naming the same number are still different ids.
  EXPECT_EQ(ids.Find("01"), std::nullopt);
  EXPECT_EQ(ids.Find("+1"), std::nullopt);
  EXPECT_EQ(ids.size(), 2u);
}

TEST(CsvIdMapTest, KeepsEverythingWhenAnIdIsNotANumber) {
  CsvIdMap ids;
  ids.Reserve(3);
  EXPECT_TRUE(ids.Insert("7", 0));
  EXPECT_TRUE(ids.Insert("007", 1));  // not canonical: string keys from here
  EXPECT_TRUE(ids.Insert("p1", 2));
  EXPECT_FALSE(ids.Insert("7", 3));
  EXPECT_FALSE(ids.Insert("007", 3));
  EXPECT_EQ(ids.Find("7"), std::optional<uint32_t>(0));
  EXPECT_EQ(ids.Find("007"), std::optional<uint32_t>(1));
  EXPECT_EQ(ids.Find("p1"), std::optional<uint32_t>(2));
  EXPECT_EQ(ids.Find("07"), std::nullopt);
  EXPECT_EQ(ids.size(), 3u);
}

TEST(CsvIdMapTest, KeepsEverythingThroughEachChangeOfLayout) {
  CsvIdMap ids;
  EXPECT_TRUE(ids.Insert("3", 0));
  EXPECT_TRUE(ids.Insert("1", 1));
  // Too sparse for the dense array: hashed integers from here.
  EXPECT_TRUE(ids.Insert("100000000", 2));
  EXPECT_FALSE(ids.Insert("3", 3));
  EXPECT_TRUE(ids.Insert("2", 3));
  // Not a number: strings from here.
  EXPECT_TRUE(ids.Insert("x", 4));
  EXPECT_FALSE(ids.Insert("100000000", 5));
  EXPECT_EQ(ids.size(), 5u);
  EXPECT_EQ(ids.Find("3"), std::optional<uint32_t>(0));
  EXPECT_EQ(ids.Find("1"), std::optional<uint32_t>(1));
  EXPECT_EQ(ids.Find("100000000"), std::optional<uint32_t>(2));
  EXPECT_EQ(ids.Find("2"), std::optional<uint32_t>(3));
  EXPECT_EQ(ids.Find("x"), std::optional<uint32_t>(4));
  EXPECT_EQ(ids.Find("0"), std::nullopt);
}

TEST(CsvIdMapTest, LongNumbersAreStrings) {
  CsvIdMap ids;
  EXPECT_TRUE(ids.Insert("999999999999999999", 0));    // 18 digits
  EXPECT_TRUE(ids.Insert("18446744073709551617", 1));  // above 2^64
  EXPECT_TRUE(ids.Insert("1", 2));  // would wrap to 18446744073709551617
  EXPECT_EQ(ids.Find("999999999999999999"), std::optional<uint32_t>(0));
  EXPECT_EQ(ids.Find("18446744073709551617"), std::optional<uint32_t>(1));
  EXPECT_EQ(ids.Find("1"), std::optional<uint32_t>(2));
}

}  // namespace
}  // namespace kg
