// Value semantics as openCypher defines them; the cases come from the TCK's
// comparison and orderBy features (expressions/comparison, clauses/*-orderBy).
#include "graph/value.h"

#include <cmath>
#include <limits>
#include <vector>

#include "gtest/gtest.h"

namespace kg {
namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

Value I(int64_t i) { return Value::Int(i); }
Value F(double d) { return Value::Float(d); }
Value S(const char* s) { return Value::String(s); }
Value L(std::vector<Value> v) { return Value::List(std::move(v)); }
Value M(std::vector<std::pair<std::string, Value>> kv) {
  ValueMap m;
  for (auto& [k, v] : kv) m.emplace(k, v);
  return Value::Map(std::move(m));
}
const Value N = Value::Null();

TEST(ValueTest, DefaultIsNull) { EXPECT_TRUE(Value().is_null()); }

TEST(ValueTest, KindsAndAccessors) {
  EXPECT_TRUE(Value::Bool(true).AsBool());
  EXPECT_EQ(I(-7).AsInt(), -7);
  EXPECT_EQ(F(2.5).AsFloat(), 2.5);
  EXPECT_EQ(S("x").AsString(), "x");
  EXPECT_EQ(L({I(1), I(2)}).AsList().size(), 2u);
  EXPECT_EQ(M({{"k", I(1)}}).AsMap().at("k").AsInt(), 1);
  EXPECT_EQ(Value::Node(NodeId{3}).AsNode(), NodeId{3});
  EXPECT_EQ(Value::Relationship(RelId{4}).AsRelationship(), RelId{4});
  EXPECT_STREQ(Value::KindName(Value::Kind::kFloat), "Float");
}

TEST(ValueTest, IntegerEqualsFloatByValue) {
  EXPECT_EQ(Equals(I(1), F(1.0)), Ternary::kTrue);
  EXPECT_EQ(Equals(F(1.0), F(1.0)), Ternary::kTrue);
  EXPECT_EQ(Equals(I(1), F(1.5)), Ternary::kFalse);
}

TEST(ValueTest, StringsNeverEqualNumbers) {
  EXPECT_EQ(Equals(S("1.0"), F(1.0)), Ternary::kFalse);
  EXPECT_EQ(Equals(S("1"), I(1)), Ternary::kFalse);
}

TEST(ValueTest, NullMakesEqualityNull) {
  EXPECT_EQ(Equals(N, N), Ternary::kNull);
  EXPECT_EQ(Equals(N, I(1)), Ternary::kNull);
}

TEST(ValueTest, NaNIsUnequalToEverything) {
  EXPECT_EQ(Equals(F(kNaN), I(1)), Ternary::kFalse);
  EXPECT_EQ(Equals(F(kNaN), F(1.0)), Ternary::kFalse);
  EXPECT_EQ(Equals(F(kNaN), F(kNaN)), Ternary::kFalse);
  EXPECT_EQ(Equals(F(kNaN), S("a")), Ternary::kFalse);
}

TEST(ValueTest, LargeIntegersCompareExactlyWithFloats) {
  // 2^53 + 1 is not representable as a double: it is not equal to 2^53.
  int64_t big = (int64_t{1} << 53) + 1;
  EXPECT_EQ(Equals(I(big), F(9007199254740992.0)), Ternary::kFalse);
  EXPECT_EQ(Compare(I(big), F(9007199254740992.0)), Comparison::kGreater);
  EXPECT_EQ(Equals(I(4611686018427387905), I(4611686018427387900)),
            Ternary::kFalse);
  EXPECT_EQ(Compare(I(std::numeric_limits<int64_t>::max()), F(9.3e18)),
            Comparison::kLess);
}

// TCK Comparison1 [6].
TEST(ValueTest, ListEqualityFollowsTck) {
  EXPECT_EQ(Equals(L({I(1), I(2)}), L({I(1)})), Ternary::kFalse);
  EXPECT_EQ(Equals(L({N}), L({I(1)})), Ternary::kNull);
  EXPECT_EQ(Equals(L({S("a")}), L({I(1)})), Ternary::kFalse);
  EXPECT_EQ(Equals(L({L({I(1)})}), L({L({I(1)}), L({N})})), Ternary::kFalse);
  EXPECT_EQ(Equals(L({L({I(1)}), L({I(2)})}), L({L({I(1)}), L({N})})),
            Ternary::kNull);
  EXPECT_EQ(Equals(L({L({I(1)}), L({I(2), I(3)})}), L({L({I(1)}), L({N})})),
            Ternary::kFalse);
}

// TCK Comparison1 [7].
TEST(ValueTest, MapEqualityFollowsTck) {
  EXPECT_EQ(Equals(M({}), M({})), Ternary::kTrue);
  EXPECT_EQ(Equals(M({{"k", F(1.0)}}), M({{"k", F(1.0)}})), Ternary::kTrue);
  EXPECT_EQ(Equals(M({}), M({{"k", N}})), Ternary::kFalse);
  EXPECT_EQ(Equals(M({{"k", I(1)}}), M({{"k", I(1)}, {"l", N}})),
            Ternary::kFalse);
  EXPECT_EQ(Equals(M({{"k", N}}), M({{"k", N}, {"l", N}})), Ternary::kFalse);
  EXPECT_EQ(Equals(M({{"k", N}}), M({{"k", N}})), Ternary::kNull);
  EXPECT_EQ(Equals(M({{"k", I(1)}, {"l", N}}), M({{"k", N}, {"l", I(1)}})),
            Ternary::kNull);
  EXPECT_EQ(Equals(M({{"k", I(1)}, {"l", N}}), M({{"k", I(1)}, {"l", I(1)}})),
            Ternary::kNull);
}

// TCK Comparison2 [4].
TEST(ValueTest, ListComparisonIsLexicographic) {
  EXPECT_EQ(IsGreaterOrEqual(Compare(L({I(1), I(0)}), L({I(1)}))),
            Ternary::kTrue);
  EXPECT_EQ(IsGreaterOrEqual(Compare(L({I(1), N}), L({I(1)}))), Ternary::kTrue);
  EXPECT_EQ(IsGreaterOrEqual(Compare(L({I(1), I(2)}), L({I(1), N}))),
            Ternary::kNull);
  EXPECT_EQ(IsGreaterOrEqual(Compare(L({I(1), S("a")}), L({I(1), N}))),
            Ternary::kNull);
  EXPECT_EQ(IsGreaterOrEqual(Compare(L({I(1), I(2)}), L({I(3), N}))),
            Ternary::kFalse);
}

// TCK Comparison2 [5].
TEST(ValueTest, ComparingNaNIsFalseExceptAgainstOtherKinds) {
  for (const Value& rhs : {I(1), F(1.0), F(kNaN)}) {
    Comparison c = Compare(F(kNaN), rhs);
    EXPECT_EQ(IsLess(c), Ternary::kFalse);
    EXPECT_EQ(IsLessOrEqual(c), Ternary::kFalse);
    EXPECT_EQ(IsGreater(c), Ternary::kFalse);
    EXPECT_EQ(IsGreaterOrEqual(c), Ternary::kFalse);
  }
  EXPECT_EQ(IsLess(Compare(F(kNaN), S("a"))), Ternary::kNull);
}

// TCK Comparison2 [3] and [6].
TEST(ValueTest, DifferentKindsAreIncomparableExceptNumbers) {
  EXPECT_EQ(IsLess(Compare(I(1), F(3.14))), Ternary::kTrue);
  EXPECT_EQ(IsLess(Compare(I(1), F(1.0))), Ternary::kFalse);
  EXPECT_EQ(IsLess(Compare(S("1.0"), F(1.0))), Ternary::kNull);
  EXPECT_EQ(IsLess(Compare(S(""), Value::Bool(true))), Ternary::kNull);
  EXPECT_EQ(IsLess(Compare(M({}), M({}))), Ternary::kNull);
  EXPECT_EQ(IsLess(Compare(Value::Node(NodeId{0}), Value::Node(NodeId{1}))),
            Ternary::kNull);
  EXPECT_EQ(IsLess(Compare(N, I(1))), Ternary::kNull);
}

TEST(ValueTest, StringsCompareByCodePoint) {
  EXPECT_EQ(Compare(S("a"), S("b")), Comparison::kLess);
  EXPECT_EQ(Compare(S("ab"), S("a")), Comparison::kGreater);
  // UTF-8 byte order is code point order: 'z' < 'é' < 'Я'.
  EXPECT_EQ(Compare(S("z"), S("\xC3\xA9")), Comparison::kLess);
  EXPECT_EQ(Compare(S("\xC3\xA9"), S("\xD0\xAF")), Comparison::kLess);
}

TEST(ValueTest, OrderByRanksKinds) {
  // Ascending: map < node < relationship < list < path < string < boolean <
  // number < null.
  std::vector<Value> ascending = {
      M({{"a", I(1)}}),
      Value::Node(NodeId{0}),
      Value::Relationship(RelId{0}),
      L({I(1)}),
      Value::Path(PathValue{{NodeId{0}}, {}}),
      S("a"),
      Value::Bool(false),
      I(1),
      N,
  };
  for (size_t i = 0; i < ascending.size(); ++i) {
    for (size_t j = 0; j < ascending.size(); ++j) {
      int c = OrderCompare(ascending[i], ascending[j]);
      EXPECT_EQ(c < 0, i < j) << i << " vs " << j;
      EXPECT_EQ(c == 0, i == j) << i << " vs " << j;
    }
  }
}

TEST(ValueTest, OrderByPutsNaNAboveAllNumbers) {
  std::vector<Value> ascending = {F(-kInf), I(-5), F(-0.5), I(0),
                                  F(0.5),   I(1),  F(kInf), F(kNaN)};
  for (size_t i = 0; i + 1 < ascending.size(); ++i) {
    EXPECT_LT(OrderCompare(ascending[i], ascending[i + 1]), 0) << i;
    EXPECT_GT(OrderCompare(ascending[i + 1], ascending[i]), 0) << i;
  }
  EXPECT_EQ(OrderCompare(F(kNaN), F(kNaN)), 0);
}

TEST(ValueTest, OrderByBooleansFalseFirst) {
  EXPECT_LT(OrderCompare(Value::Bool(false), Value::Bool(true)), 0);
}

TEST(ValueTest, OrderByListsShorterPrefixFirst) {
  EXPECT_LT(OrderCompare(L({}), L({I(1)})), 0);
  EXPECT_LT(OrderCompare(L({I(1)}), L({I(1), I(0)})), 0);
  EXPECT_LT(OrderCompare(L({I(1), I(9)}), L({I(2)})), 0);
  // Elements of different kinds follow the kind ranking (string < number).
  EXPECT_LT(OrderCompare(L({S("z")}), L({I(0)})), 0);
  EXPECT_LT(OrderCompare(L({I(1)}), L({N})), 0);
}

TEST(ValueTest, EquivalenceTreatsNullAndNaNAsSelfEquivalent) {
  EXPECT_TRUE(Equivalent(N, N));
  EXPECT_TRUE(Equivalent(F(kNaN), F(kNaN)));
  EXPECT_TRUE(Equivalent(I(1), F(1.0)));
  EXPECT_TRUE(Equivalent(L({N, I(2)}), L({N, F(2.0)})));
  EXPECT_FALSE(Equivalent(I(1), S("1")));
}

TEST(ValueTest, HashAgreesWithEquivalence) {
  EXPECT_EQ(HashValue(I(1)), HashValue(F(1.0)));
  EXPECT_EQ(HashValue(I(0)), HashValue(F(-0.0)));
  EXPECT_EQ(HashValue(F(kNaN)), HashValue(F(-kNaN)));
  EXPECT_EQ(HashValue(L({I(1), F(2.0)})), HashValue(L({F(1.0), I(2)})));
  EXPECT_EQ(HashValue(M({{"a", I(3)}})), HashValue(M({{"a", F(3.0)}})));
  EXPECT_NE(HashValue(I(1)), HashValue(S("1")));
  EXPECT_NE(HashValue(F(0.5)), HashValue(I(0)));
}

TEST(ValueTest, ToStringWritesCypherLiterals) {
  EXPECT_EQ(N.ToString(), "null");
  EXPECT_EQ(Value::Bool(true).ToString(), "true");
  EXPECT_EQ(I(-42).ToString(), "-42");
  EXPECT_EQ(F(1.0).ToString(), "1.0");
  EXPECT_EQ(F(0.1).ToString(), "0.1");
  EXPECT_EQ(F(-0.0).ToString(), "-0.0");
  EXPECT_EQ(F(1e300).ToString(), "1e+300");
  EXPECT_EQ(F(kNaN).ToString(), "NaN");
  EXPECT_EQ(F(-kInf).ToString(), "-Infinity");
  EXPECT_EQ(S("it's \\ \n").ToString(), "'it\\'s \\\\ \\n'");
  EXPECT_EQ(Value::String(std::string("a\0b\x1f", 4)).ToString(),
            "'a\\u0000b\\u001F'");
  EXPECT_EQ(L({I(1), S("a"), L({})}).ToString(), "[1, 'a', []]");
  EXPECT_EQ(M({{"b", I(2)}, {"a", N}}).ToString(), "{a: null, b: 2}");
}

TEST(ValueTest, StorablePropertiesArePrimitivesAndFlatLists) {
  EXPECT_TRUE(I(1).IsStorableProperty());
  EXPECT_TRUE(L({I(1), S("a")}).IsStorableProperty());
  EXPECT_TRUE(L({}).IsStorableProperty());
  EXPECT_FALSE(N.IsStorableProperty());
  EXPECT_FALSE(M({}).IsStorableProperty());
  EXPECT_FALSE(L({L({I(1)})}).IsStorableProperty());
  EXPECT_FALSE(L({N}).IsStorableProperty());
  EXPECT_FALSE(Value::Node(NodeId{0}).IsStorableProperty());
}

TEST(ValueTest, CopiesShareImmutableContainers) {
  Value a = L({S("x"), I(1)});
  Value b = a;
  EXPECT_EQ(&a.AsList(), &b.AsList());
}

}  // namespace
}  // namespace kg
