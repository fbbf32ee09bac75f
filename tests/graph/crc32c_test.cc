#include "graph/crc32c.h"

#include <string>

#include "gtest/gtest.h"

namespace kg {
namespace {

// Check values from RFC 3720 (iSCSI), appendix B.4, and the common
// "123456789" check string.
TEST(Crc32cTest, MatchesPublishedCheckValues) {
  EXPECT_EQ(Crc32c(""), 0u);
  EXPECT_EQ(Crc32c("123456789"), 0xE3069283u);
  EXPECT_EQ(Crc32c(std::string(32, '\0')), 0x8A9136AAu);
  EXPECT_EQ(Crc32c(std::string(32, '\xFF')), 0x62A8AB43u);
  std::string ascending;
  for (int i = 0; i < 32; ++i) ascending.push_back(static_cast<char>(i));
  EXPECT_EQ(Crc32c(ascending), 0x46DD794Eu);
}

TEST(Crc32cTest, ExtendingEqualsChecksummingTheConcatenation) {
  std::string data;
  for (int i = 0; i < 100; ++i) data.push_back(static_cast<char>(i * 37));
  for (size_t split = 0; split <= data.size(); ++split) {
    std::string_view v(data);
    EXPECT_EQ(Crc32cExtend(Crc32c(v.substr(0, split)), v.substr(split)),
              Crc32c(v))
        << "split at " << split;
  }
}

}  // namespace
}  // namespace kg
