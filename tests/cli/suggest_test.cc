#include "cli/suggest.h"

#include "gtest/gtest.h"

namespace kg::cli {
namespace {

TEST(SuggestTest, EditDistanceCountsInsertDeleteSubstitute) {
  EXPECT_EQ(EditDistance("stats", "stats"), 0u);
  EXPECT_EQ(EditDistance("stast", "stats"), 2u);
  EXPECT_EQ(EditDistance("expor", "export"), 1u);
  EXPECT_EQ(EditDistance("", "abc"), 3u);
  EXPECT_EQ(EditDistance("NASA", "nasa"), 0u);
}

TEST(SuggestTest, SuggestsOnlyCloseCandidates) {
  std::vector<std::string> commands = {"build", "import", "export", "stats"};
  EXPECT_EQ(Suggest("biuld", commands), "build");
  EXPECT_EQ(Suggest("exprt", commands), "export");
  EXPECT_EQ(Suggest("frobnicate", commands), "");
  EXPECT_EQ(Suggest("x", commands), "");
}

}  // namespace
}  // namespace kg::cli
