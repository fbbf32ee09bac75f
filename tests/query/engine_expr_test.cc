// Expressions and functions as a table: each row is an expression, the value
// RETURN gives for it (rendered as an openCypher literal), or the TCK
// category of the error it raises.
#include "tests/query/engine_test_util.h"

namespace kg::query {
namespace {

struct ExprCase {
  const char* expr;
  const char* result;  // a literal, or "error:<Category>"
};

class ExprTest : public EngineTest {
 protected:
  void Check(const ExprCase& c) {
    std::string q = std::string("RETURN ") + c.expr + " AS v";
    auto r = engine_.Execute(q);
    std::string got;
    if (!r.ok()) {
      got = "error:" + GetCategory(r.status()).value_or("none");
    } else {
      got = Render(graph_, r->rows.at(0).at(0));
    }
    EXPECT_EQ(got, c.result) << c.expr;
  }
};

TEST_F(ExprTest, Arithmetic) {
  static const ExprCase kCases[] = {
      {"1 + 2 * 3", "7"},
      {"7 / 2", "3"},
      {"7 / 2.0", "3.5"},
      {"-7 % 3", "-1"},
      {"2 ^ 3", "8.0"},
      {"1 / 0", "error:DivisionByZero"},
      {"1.0 / 0", "Infinity"},
      {"9223372036854775807 + 1", "error:IntegerOverflow"},
      {"'a' + 1", "'a1'"},
      {"[1] + [2, 3] + 4", "[1, 2, 3, 4]"},
      {"null + 1", "null"},
      {"true + 1", "error:InvalidArgumentType"},
  };
  for (const auto& c : kCases) Check(c);
}

TEST_F(ExprTest, ComparisonsAndLogic) {
  static const ExprCase kCases[] = {
      {"1 < 2 <= 2", "true"},
      {"1 = 1.0", "true"},
      {"'a' < 1", "null"},
      {"null = null", "null"},
      {"null OR true", "true"},
      {"null AND false", "false"},
      {"true XOR null", "null"},
      {"NOT 1", "error:InvalidArgumentType"},
      {"2 IN [1, null]", "null"},
      {"1 IN [1, null]", "true"},
      {"'abc' STARTS WITH 'ab'", "true"},
      {"'abc' ENDS WITH 'bc'", "true"},
      {"'abc' CONTAINS null", "null"},
      {"'abc' =~ 'a.c'", "true"},
      {"'abc' =~ 'b'", "false"},
      {"null IS NULL", "true"},
  };
  for (const auto& c : kCases) Check(c);
}

TEST_F(ExprTest, ListsMapsAndIteration) {
  static const ExprCase kCases[] = {
      {"[1, 2, 3][-1]", "3"},
      {"[1, 2, 3][5]", "null"},
      {"[1, 2, 3, 4][1..3]", "[2, 3]"},
      {"[1, 2, 3][..-1]", "[1, 2]"},
      {"{a: 1, b: 'x'}.b", "'x'"},
      {"{a: 1}['a']", "1"},
      {"[x IN range(1, 5) WHERE x % 2 = 1 | x * 10]", "[10, 30, 50]"},
      {"all(x IN [1, 2] WHERE x > 0)", "true"},
      {"any(x IN [1, null] WHERE x > 1)", "null"},
      {"none(x IN [] WHERE x > 1)", "true"},
      {"single(x IN [1, 2, 3] WHERE x > 2)", "true"},
      {"reduce(s = 0, x IN [1, 2, 3] | s + x)", "6"},
      {"CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' END", "'two'"},
      {"CASE WHEN false THEN 1 ELSE 2 END", "2"},
  };
  for (const auto& c : kCases) Check(c);
}

TEST_F(ExprTest, Functions) {
  static const ExprCase kCases[] = {
      {"size('héllo')", "5"},
      {"toUpper('abc')", "'ABC'"},
      {"substring('hello', 1, 3)", "'ell'"},
      {"substring('hello', -1)", "error:NegativeIntegerArgument"},
      {"left('hello', 2) + right('hello', 2)", "'helo'"},
      {"split('a,b,c', ',')", "['a', 'b', 'c']"},
      {"replace('aaa', 'a', 'b')", "'bbb'"},
      {"trim('  x ')", "'x'"},
      {"reverse([1, 2])", "[2, 1]"},
      {"toInteger('42')", "42"},
      {"toInteger('4.7')", "4"},
      {"toInteger('x')", "null"},
      {"toFloat('1.5')", "1.5"},
      {"toString(1.0)", "'1.0'"},
      {"toBoolean('TRUE')", "true"},
      {"toInteger([1])", "error:InvalidArgumentValue"},
      {"coalesce(null, 2, 3)", "2"},
      {"head([1, 2])", "1"},
      {"last([1, 2])", "2"},
      {"tail([1, 2])", "[2]"},
      {"range(1, 10, 3)", "[1, 4, 7, 10]"},
      {"range(0, 1, 0)", "error:NumberOutOfRange"},
      {"abs(-3)", "3"},
      {"sign(-2.5)", "-1"},
      {"round(2.5)", "3.0"},
      {"floor(-1.5)", "-2.0"},
      {"sqrt(16)", "4.0"},
      {"ToLower('AB')", "'ab'"},
      {"nosuch(1)", "error:UnknownFunction"},
      {"size(1, 2)", "error:InvalidNumberOfArguments"},
      {"count(*)", "1"},
  };
  for (const auto& c : kCases) Check(c);
}

TEST_F(ExprTest, SemanticErrorsCarryTheirCategory) {
  EXPECT_EQ(Error("RETURN x"), "UndefinedVariable");
  EXPECT_EQ(Error("MATCH (n) WHERE count(n) > 1 RETURN n"),
            "InvalidAggregation");
  EXPECT_EQ(Error("RETURN count(count(1))"), "NestedAggregation");
  EXPECT_EQ(Error("RETURN 1 AS a, 2 AS a"), "ColumnNameConflict");
  EXPECT_EQ(Error("WITH 1 + 1 RETURN 1"), "NoExpressionAlias");
  EXPECT_EQ(Error("RETURN 1 AS a UNION RETURN 2 AS b"),
            "DifferentColumnsInUnion");
  EXPECT_EQ(Error("RETURN 1 AS a UNION RETURN 1 AS a UNION ALL RETURN 1 AS a"),
            "InvalidClauseComposition");
  EXPECT_EQ(Error("MATCH (n) RETURN n LIMIT -1"), "NegativeIntegerArgument");
  EXPECT_EQ(Error("MATCH (n)-[r]->() MATCH (r) RETURN r"),
            "VariableTypeConflict");
  EXPECT_EQ(Error("WITH 1 AS x MATCH (x) RETURN x"), "VariableTypeConflict");
  EXPECT_EQ(Error("RETURN $missing"), "MissingParameter");
}

TEST_F(ExprTest, ErrorsCarryNeo4jStatusCodes) {
  auto code = [&](std::string_view q, const QueryOptions& o = {}) {
    auto r = engine_.Execute(q, o);
    return r.ok() ? std::string("ok") : ErrorCode(r.status());
  };
  EXPECT_EQ(code("RETURN (1"), "Neo.ClientError.Statement.SyntaxError");
  EXPECT_EQ(code("RETURN x"), "Neo.ClientError.Statement.SyntaxError");
  EXPECT_EQ(code("RETURN $x"), "Neo.ClientError.Statement.ParameterMissing");
  EXPECT_EQ(code("CALL db.nothing()"),
            "Neo.ClientError.Procedure.ProcedureNotFound");
  EXPECT_EQ(code("RETURN 1 - 'a'"), "Neo.ClientError.Statement.TypeError");
  EXPECT_EQ(code("RETURN range(1, 2, 0)"),
            "Neo.ClientError.Statement.ArgumentError");
  EXPECT_EQ(code("CREATE (a)-[:T]->(b) DELETE a"),
            "Neo.ClientError.Schema.ConstraintValidationFailed");
  EXPECT_EQ(code("CREATE (a) DELETE a SET a.x = 1"),
            "Neo.ClientError.Statement.EntityNotFound");
  QueryOptions small;
  small.max_memory = 1 << 20;
  EXPECT_EQ(code("RETURN size(range(1, 1000000))", small),
            "Neo.TransientError.General.MemoryPoolOutOfMemoryError");
}

TEST_F(ExprTest, HugeInputsFailCleanly) {
  std::string many;
  for (int i = 0; i < 5000; ++i) many += "MATCH (n" + std::to_string(i) + ") ";
  EXPECT_EQ(Error(many + "RETURN 1"), "NestingTooDeep");
  auto r = engine_.Execute("RETURN size(range(1, 1000000000000))");
  EXPECT_EQ(r.status().code(), absl::StatusCode::kResourceExhausted);
}

}  // namespace
}  // namespace kg::query
