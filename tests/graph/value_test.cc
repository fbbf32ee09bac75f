#include "graph/value.h"

#include "gtest/gtest.h"

namespace kg {
namespace {

TEST(ValueTest, DefaultIsNull) { EXPECT_TRUE(Value().is_null()); }

}  // namespace
}  // namespace kg
