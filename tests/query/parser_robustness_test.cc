// Robustness: the parser returns, for any byte string, either a statement
// or an InvalidArgument error that carries a category and a span inside the
// text. Random bytes, random token soups and mutated TCK queries are tried
// with fixed seeds; deep nesting of every recursive construct is refused
// with NestingTooDeep instead of exhausting the stack.
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "query/parser.h"
#include "tests/query/tck_reader.h"

namespace kg::query {
namespace {

// Parses and checks the contract; returns whether the text parsed.
bool ParseChecked(const std::string& text) {
  auto result = Parse(text);
  if (result.ok()) {
    EXPECT_NE(*result, nullptr);
    if (*result != nullptr) ast::Dump(**result);  // walks the whole tree
    return true;
  }
  const absl::Status& status = result.status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << text;
  EXPECT_TRUE(GetCategory(status).has_value()) << status;
  const std::optional<SourceSpan> span = GetSpan(status);
  EXPECT_TRUE(span.has_value()) << status;
  if (span) {
    EXPECT_LE(span->end(), text.size()) << status;
  }
  return false;
}

// Queries to mutate when the TCK is absent.
const std::vector<std::string>& SeedQueries() {
  static const auto* const kSeeds = new std::vector<std::string>{
      "MATCH (n:A {k: 1})-[r:T*1..3]->(m) WHERE n.x > 1 RETURN n, m",
      "MERGE (n:A) ON CREATE SET n.x = 1 ON MATCH SET n += {y: 2}",
      "UNWIND [1, 2.5, 'x', null, {a: [1]}] AS x RETURN x ORDER BY x DESC",
      "MATCH p = shortestPath((a)-[*]-(b)) RETURN [n IN nodes(p) | n.name]",
      "RETURN CASE WHEN 1 < x < 3 THEN 'a' ELSE 'b' END, n {.name, .*}",
      "MATCH (n) WHERE EXISTS { (n)-->(m) WHERE m.x = 1 } RETURN count(*)",
      "RETURN reduce(s = 0, x IN range(1, 10) | s + x ^ 2) AS r",
      "CALL db.labels() YIELD label WHERE label STARTS WITH 'A' RETURN label",
  };
  return *kSeeds;
}

TEST(ParserRobustnessTest, RandomBytesNeverCrash) {
  std::mt19937 rng(20240611);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> length(0, 64);
  int parsed = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string text(length(rng), '\0');
    for (char& c : text) c = static_cast<char>(byte(rng));
    parsed += ParseChecked(text);
  }
  EXPECT_LT(parsed, 3000);  // random bytes are (almost) never a query
}

TEST(ParserRobustnessTest, RandomTokenSoupsNeverCrash) {
  static const char* const kPieces[] = {
      "MATCH ", "RETURN ", "WITH ", "WHERE ",   "CREATE ", "MERGE ", "SET ",
      "(",      ")",       "[",     "]",        "{",       "}",      "-",
      "->",     "<-",      "--",    ":",        "|",       "*",      "..",
      ",",      ".",       "=",     "+=",       "<>",      "<",      ">",
      "n",      "m",       "1",     "1.5",      "'s'",     "$p",     "AND ",
      "OR ",    "NOT ",    "IN ",   "IS NULL ", "CASE ",   "WHEN ",  "THEN ",
      "END ",   "EXISTS ", "count", "all",      "reduce",  "UNION ", " ",
      "`q`",    "0x1F",    "/*",    "*/",       "//",      "\n",     "\\",
      "'"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> piece(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> length(1, 40);
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    for (int n = length(rng); n > 0; --n) text += kPieces[piece(rng)];
    ParseChecked(text);
  }
}

TEST(ParserRobustnessTest, MutatedQueriesNeverCrash) {
  std::vector<std::string> queries;
  for (const tck::TckQuery& q : tck::ReadTck()) queries.push_back(q.text);
  if (queries.empty()) queries = SeedQueries();
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int i = 0; i < 4000; ++i) {
    std::string text = queries[rng() % queries.size()];
    for (int edits = 1 + rng() % 4; edits > 0 && !text.empty(); --edits) {
      const size_t at = rng() % text.size();
      switch (rng() % 4) {
        case 0:  // replace a byte
          text[at] = static_cast<char>(byte(rng));
          break;
        case 1:  // delete a run
          text.erase(at, 1 + rng() % 8);
          break;
        case 2:  // duplicate a run
          text.insert(at, text.substr(at, 1 + rng() % 16));
          break;
        case 3:  // cut
          text.resize(at);
          break;
      }
    }
    ParseChecked(text);
  }
}

TEST(ParserRobustnessTest, DeepNestingIsRefusedNotOverflowed) {
  const size_t kMegabyte = 1 << 20;
  // Each input repeats an opener until it is about a megabyte long.
  struct Case {
    const char* prefix;
    const char* repeated;
  } const kCases[] = {
      {"RETURN ", "("},
      {"RETURN ", "["},
      {"RETURN ", "{a: "},
      {"RETURN ", "NOT "},
      {"RETURN ", "-"},
      {"RETURN ", "1 + "},
      {"RETURN ", "x."},
      {"RETURN ", "x["},
      {"RETURN ", "f("},
      {"RETURN ", "[x IN "},
      {"RETURN ", "CASE WHEN "},
      {"RETURN ", "exists(("},
      {"RETURN ", "1 < "},
      {"MATCH ", "("},
      {"MATCH (n) WHERE ", "EXISTS { MATCH (n) WHERE "},
      {"RETURN ", "[(a)-->(b {k: "},
      {"RETURN ", "a AND "},
  };
  for (const Case& c : kCases) {
    std::string text = c.prefix;
    while (text.size() < kMegabyte) text += c.repeated;
    auto result = Parse(text);
    ASSERT_FALSE(result.ok()) << c.repeated;
    EXPECT_EQ(GetCategory(result.status()).value_or(""), "NestingTooDeep")
        << c.repeated << ": " << result.status();
  }
}

TEST(ParserRobustnessTest, LongFlatInputsAreFine) {
  // Width is not depth: a long list and many clauses are parsed.
  std::string list = "RETURN [0";
  for (int i = 1; i < 100000; ++i) list += ", " + std::to_string(i);
  list += "]";
  EXPECT_TRUE(ParseChecked(list));
  std::string clauses;
  for (int i = 0; i < 5000; ++i)
    clauses += "CREATE (n" + std::to_string(i) + ") ";
  EXPECT_TRUE(ParseChecked(clauses));
  std::string unions = "RETURN 1 AS x";
  for (int i = 0; i < 50000; ++i) unions += " UNION ALL RETURN 1 AS x";
  EXPECT_TRUE(ParseChecked(unions));
  std::string labels = "MATCH (n) WHERE n";
  for (int i = 0; i < 100000; ++i) labels += ":A";
  EXPECT_TRUE(ParseChecked(labels + " RETURN n"));
  EXPECT_FALSE(ParseChecked(std::string(1 << 20, '\0')));
}

}  // namespace
}  // namespace kg::query
