// Golden tests for the parser: tables of {query, Dump() of its AST}, one
// table per construct (the dump forms are listed in query/ast_dump.cc), and
// checks of the spans and column texts the later stages rely on.
#include "query/parser.h"

#include <string>

#include "gtest/gtest.h"
#include "tests/query/span_printer.h"

namespace kg::query {

namespace {

struct GoldenCase {
  const char* query;
  const char* dump;
};

std::string ParseAndDump(const std::string& query) {
  auto statement = Parse(query);
  if (!statement.ok()) return std::string(statement.status().message());
  return ast::Dump(**statement);
}

template <size_t N>
void CheckGolden(const GoldenCase (&cases)[N]) {
  for (const GoldenCase& c : cases) {
    EXPECT_EQ(ParseAndDump(c.query), c.dump) << "query: " << c.query;
  }
}

TEST(ParserGoldenTest, NodePatterns) {
  static const GoldenCase kCases[] = {
      {R"q(MATCH (n:A:B {k: 1, `b c`: 'x'}) RETURN n)q",
       R"q((query (match (pattern (node n (labels A B) (props (map (k 1) (`b c` 'x')))))) (return (item n))))q"},
      {R"q(MATCH (n $param) RETURN n)q",
       R"q((query (match (pattern (node n (props $param)))) (return (item n))))q"},
      {R"q(MATCH () RETURN 1)q",
       R"q((query (match (pattern (node))) (return (item 1))))q"},
      {R"q(MATCH (:A) RETURN 1)q",
       R"q((query (match (pattern (node (labels A)))) (return (item 1))))q"},
      {R"q(MATCH (`a``b`:`L 1`) RETURN `a``b`)q",
       R"q((query (match (pattern (node `a``b` (labels `L 1`)))) (return (item `a``b`))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, RelationshipPatterns) {
  static const GoldenCase kCases[] = {
      {R"q(OPTIONAL MATCH (a)-->(b)<--(c)--(d) RETURN a, b)q",
       R"q((query (optional-match (pattern (node a) (rel ->) (node b) (rel <-) (node c) (rel --) (node d))) (return (item a) (item b))))q"},
      {R"q(MATCH (a)-[r:T|U {k: $v}]->(b) RETURN r)q",
       R"q((query (match (pattern (node a) (rel -> r (types T U) (props (map (k $v)))) (node b))) (return (item r))))q"},
      {R"q(MATCH (a)-[:T|:U]-(b) RETURN a)q",
       R"q((query (match (pattern (node a) (rel -- (types T U)) (node b))) (return (item a))))q"},
      {R"q(MATCH (a)<-[r]-(b) RETURN r)q",
       R"q((query (match (pattern (node a) (rel <- r) (node b))) (return (item r))))q"},
      {R"q(MATCH (a)-[]->(b) RETURN a)q",
       R"q((query (match (pattern (node a) (rel ->) (node b))) (return (item a))))q"},
      {R"q(MATCH (a)<-->(b) RETURN a)q",
       R"q((query (match (pattern (node a) (rel --) (node b))) (return (item a))))q"},
      {R"q(MATCH (a)-[r $props]->(b) RETURN r)q",
       R"q((query (match (pattern (node a) (rel -> r (props $props)) (node b))) (return (item r))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, VariableLength) {
  static const GoldenCase kCases[] = {
      {R"q(MATCH (a)<-[*]-(b), (c)-[*2]->(d), (e)-[*1..3]-(f), (g)-[*..5]-(h), (i)-[*2..]-(j), (k)-[*..]-(l) RETURN 1)q",
       R"q((query (match (pattern (node a) (rel <- (range _ _)) (node b)) (pattern (node c) (rel -> (range 2 2)) (node d)) (pattern (node e) (rel -- (range 1 3)) (node f)) (pattern (node g) (rel -- (range _ 5)) (node h)) (pattern (node i) (rel -- (range 2 _)) (node j)) (pattern (node k) (rel -- (range _ _)) (node l))) (return (item 1))))q"},
      {R"q(MATCH (a)-[r:T*0..0x10 {k: 1}]->(b) RETURN r)q",
       R"q((query (match (pattern (node a) (rel -> r (types T) (range 0 16) (props (map (k 1)))) (node b))) (return (item r))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, NamedPathsAndShortestPaths) {
  static const GoldenCase kCases[] = {
      {R"q(MATCH p = (a)-->(b) RETURN p)q",
       R"q((query (match (path p (pattern (node a) (rel ->) (node b)))) (return (item p))))q"},
      {R"q(MATCH p = shortestPath((a)-[*]-(b)), q = allShortestPaths((a)-[:T*]->(b)) RETURN p)q",
       R"q((query (match (path p (shortest (pattern (node a) (rel -- (range _ _)) (node b)))) (path q (all-shortest (pattern (node a) (rel -> (types T) (range _ _)) (node b))))) (return (item p))))q"},
      {R"q(MATCH ((a)-->(b)) RETURN a)q",
       R"q((query (match (pattern (node a) (rel ->) (node b))) (return (item a))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, MatchWhereReturn) {
  static const GoldenCase kCases[] = {
      {R"q(MATCH (n:A) RETURN n.name)q",
       R"q((query (match (pattern (node n (labels A)))) (return (item (prop n name)))))q"},
      {R"q(match (n) where n.x > 1 return n)q",
       R"q((query (match (pattern (node n)) (where (> (prop n x) 1))) (return (item n))))q"},
      {R"q(MATCH (n) WHERE n.x > 1 RETURN DISTINCT n.x AS x ORDER BY x DESC, n.y ASC, n.z DESCENDING, n.w ASCENDING SKIP 1 LIMIT 2)q",
       R"q((query (match (pattern (node n)) (where (> (prop n x) 1))) (return distinct (item (prop n x) (as x)) (order-by (desc x) (asc (prop n y)) (desc (prop n z)) (asc (prop n w))) (skip 1) (limit 2))))q"},
      {R"q(MATCH (n) RETURN *, n.x)q",
       R"q((query (match (pattern (node n))) (return * (item (prop n x)))))q"},
      {R"q(MATCH (n) RETURN *)q",
       R"q((query (match (pattern (node n))) (return *)))q"},
      {R"q(MATCH (n) WHERE n:A:B RETURN n)q",
       R"q((query (match (pattern (node n)) (where (has-labels n A B))) (return (item n))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, PatternPredicatesInWhere) {
  static const GoldenCase kCases[] = {
      {R"q(MATCH (n) WHERE (n)-->(:B) AND NOT (n)<-[:T]-() RETURN n)q",
       R"q((query (match (pattern (node n)) (where (and (pattern-pred (pattern (node n) (rel ->) (node (labels B)))) (not (pattern-pred (pattern (node n) (rel <- (types T)) (node))))))) (return (item n))))q"},
      {R"q(MATCH (n) WHERE (n) RETURN n)q",
       R"q((query (match (pattern (node n)) (where n)) (return (item n))))q"},
      {R"q(MATCH (n) WHERE (n.x) < -1 RETURN n)q",
       R"q((query (match (pattern (node n)) (where (< (prop n x) -1))) (return (item n))))q"},
      {R"q(MATCH (n) WHERE exists(n.name) AND exists((n)-->()) RETURN n)q",
       R"q((query (match (pattern (node n)) (where (and (call exists (prop n name)) (call exists (pattern-pred (pattern (node n) (rel ->) (node))))))) (return (item n))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, WithUnwindUnion) {
  static const GoldenCase kCases[] = {
      {R"q(MATCH (n) WITH n, count(*) AS c WHERE c > 1 RETURN n)q",
       R"q((query (match (pattern (node n))) (with (item n) (item (count-star) (as c)) (where (> c 1))) (return (item n))))q"},
      {R"q(WITH DISTINCT 1 AS a ORDER BY a LIMIT 1 RETURN a)q",
       R"q((query (with distinct (item 1 (as a)) (order-by (asc a)) (limit 1)) (return (item a))))q"},
      {R"q(UNWIND [1, 2, 3] AS x RETURN x)q",
       R"q((query (unwind (list 1 2 3) x) (return (item x))))q"},
      {R"q(RETURN 1 AS a UNION RETURN 2 AS a)q",
       R"q((union (query (return (item 1 (as a)))) (query (return (item 2 (as a))))))q"},
      {R"q(RETURN 1 AS a UNION ALL RETURN 2 AS a UNION RETURN 3 AS a)q",
       R"q((union (union-all (query (return (item 1 (as a)))) (query (return (item 2 (as a))))) (query (return (item 3 (as a))))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, UpdatingClauses) {
  static const GoldenCase kCases[] = {
      {R"q(CREATE (a:A {name: 'a'})-[:T {w: 1.5}]->(b:B))q",
       R"q((query (create (pattern (node a (labels A) (props (map (name 'a')))) (rel -> (types T) (props (map (w 1.5)))) (node b (labels B))))))q"},
      {R"q(CREATE (a), (b))q",
       R"q((query (create (pattern (node a)) (pattern (node b)))))q"},
      {R"q(MERGE (n:A {k: 1}) ON CREATE SET n.created = true ON MATCH SET n.seen = n.seen + 1, n:Seen RETURN n)q",
       R"q((query (merge (pattern (node n (labels A) (props (map (k 1))))) (on-create (set-prop (prop n created) true)) (on-match (set-prop (prop n seen) (+ (prop n seen) 1)) (set-labels n Seen))) (return (item n))))q"},
      {R"q(MATCH (n) SET n.p = 1, n = {a: 1}, n += {b: 2}, n:L:M)q",
       R"q((query (match (pattern (node n))) (set (set-prop (prop n p) 1) (set-all n (map (a 1))) (set-merge n (map (b 2))) (set-labels n L M))))q"},
      {R"q(MATCH (n) SET (n).p = 1)q",
       R"q((query (match (pattern (node n))) (set (set-prop (prop n p) 1))))q"},
      {R"q(MATCH (n) REMOVE n.p, n:L:M)q",
       R"q((query (match (pattern (node n))) (remove (remove-prop (prop n p)) (remove-labels n L M))))q"},
      {R"q(MATCH (n) DELETE n)q",
       R"q((query (match (pattern (node n))) (delete n)))q"},
      {R"q(MATCH (n) DETACH DELETE n, m)q",
       R"q((query (match (pattern (node n))) (detach-delete n m)))q"},
      {R"q(MATCH (n)-[r]->() DELETE r, n.list[0])q",
       R"q((query (match (pattern (node n) (rel -> r) (node))) (delete r (index (prop n list) 0))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, CallAndPrefixes) {
  static const GoldenCase kCases[] = {
      {R"q(CALL db.labels() YIELD label RETURN label)q",
       R"q((query (call db.labels (args) (yield label)) (return (item label))))q"},
      {R"q(CALL db.labels)q", R"q((query (call db.labels)))q"},
      {R"q(CALL test.my.proc('a', 1) YIELD city AS c, country WHERE c = 'x' RETURN c)q",
       R"q((query (call test.my.proc (args 'a' 1) (yield (as city c) country) (where (= c 'x'))) (return (item c))))q"},
      {R"q(CALL test.my.proc(null) YIELD *)q",
       R"q((query (call test.my.proc (args null) (yield *))))q"},
      {R"q(EXPLAIN MATCH (n) RETURN n)q",
       R"q((explain (query (match (pattern (node n))) (return (item n)))))q"},
      {R"q(PROFILE RETURN 1;)q", R"q((profile (query (return (item 1)))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, OperatorPrecedence) {
  static const GoldenCase kCases[] = {
      {R"q(RETURN a OR b XOR c AND NOT d)q",
       R"q((query (return (item (or a (xor b (and c (not d))))))))q"},
      {R"q(RETURN NOT a = b, NOT NOT a)q",
       R"q((query (return (item (not (= a b))) (item (not (not a))))))q"},
      {R"q(RETURN 1 + 2 * 3 ^ 2 ^ 2 - 4 / 5 % 6)q",
       R"q((query (return (item (- (+ 1 (* 2 (^ (^ 3 2) 2))) (% (/ 4 5) 6))))))q"},
      {R"q(RETURN -3 ^ 2, - x, + x, -(1), --1)q",
       R"q((query (return (item (^ -3 2)) (item (neg x)) (item (pos x)) (item (neg 1)) (item (neg -1)))))q"},
      {R"q(RETURN [1]+2 IN [3]+4)q",
       R"q((query (return (item (in (+ (list 1) 2) (+ (list 3) 4))))))q"},
      {R"q(RETURN false = true IS NULL, NOT false IS NULL)q",
       R"q((query (return (item (= false (is-null true))) (item (not (is-null false))))))q"},
      {R"q(RETURN true OR null STARTS WITH 'abc')q",
       R"q((query (return (item (or true (starts-with null 'abc'))))))q"},
      {R"q(RETURN null IS NOT NULL = null IS NULL)q",
       R"q((query (return (item (= (is-not-null null) (is-null null))))))q"},
      {R"q(RETURN a STARTS WITH 'x', a ENDS WITH 'y', a CONTAINS 'z', a IN [1], a =~ 'r.*', a IS NULL, a IS NOT NULL)q",
       R"q((query (return (item (starts-with a 'x')) (item (ends-with a 'y')) (item (contains a 'z')) (item (in a (list 1))) (item (=~ a 'r.*')) (item (is-null a)) (item (is-not-null a)))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, ChainedComparisons) {
  static const GoldenCase kCases[] = {
      {R"q(RETURN 1 < x < 3, a = b, a <> b <= c)q",
       R"q((query (return (item (chain (< 1 x) (< x 3))) (item (= a b)) (item (chain (<> a b) (<= b c))))))q"},
      {R"q(RETURN 1 < x AND x < 3)q",
       R"q((query (return (item (and (< 1 x) (< x 3))))))q"},
      {R"q(RETURN a = b = c)q",
       R"q((query (return (item (chain (= a b) (= b c))))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, NegativeLiteralsFold) {
  static const GoldenCase kCases[] = {
      {R"q(RETURN -9223372036854775808, -0x8000000000000000, -0o1000000000000000000000, -1.5, -.1e-5)q",
       R"q((query (return (item -9223372036854775808) (item -9223372036854775808) (item -9223372036854775808) (item -1.5) (item -1e-06))))q"},
      {R"q(RETURN 2 - 1, 2 -1)q",
       R"q((query (return (item (- 2 1)) (item (- 2 1)))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, PostfixOperators) {
  static const GoldenCase kCases[] = {
      {R"q(RETURN n.name, n['x'], l[1..2], l[..2], l[1..], n:A:B, n.a.b:C)q",
       R"q((query (return (item (prop n name)) (item (index n 'x')) (item (slice l 1 2)) (item (slice l _ 2)) (item (slice l 1 _)) (item (has-labels n A B)) (item (has-labels (prop (prop n a) b) C)))))q"},
      {R"q(RETURN n.`a b`, n.count, n.end, [1, 2][0][1])q",
       R"q((query (return (item (prop n `a b`)) (item (prop n count)) (item (prop n end)) (item (index (index (list 1 2) 0) 1)))))q"},
      {R"q(RETURN list[$from..$to], n[$idx])q",
       R"q((query (return (item (slice list $from $to)) (item (index n $idx)))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, FunctionCalls) {
  static const GoldenCase kCases[] = {
      {R"q(RETURN f(x), ns.sub.f(x, y), count(*), count(DISTINCT x), COUNT(*), rand())q",
       R"q((query (return (item (call f x)) (item (call ns.sub.f x y)) (item (count-star)) (item (call count distinct x)) (item (count-star)) (item (call rand)))))q"},
      {R"q(RETURN toUpper('a') AS u, size([1]) AS s)q",
       R"q((query (return (item (call toUpper 'a') (as u)) (item (call size (list 1)) (as s)))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, CaseExpressions) {
  static const GoldenCase kCases[] = {
      {R"q(RETURN CASE WHEN a THEN 1 WHEN b THEN 2 ELSE 3 END, CASE x WHEN 1 THEN 'a' END)q",
       R"q((query (return (item (case (when a 1) (when b 2) (else 3))) (item (case x (when 1 'a'))))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, Comprehensions) {
  static const GoldenCase kCases[] = {
      {R"q(RETURN [x IN l WHERE x > 1 | x * 2], [x IN l], [x IN l | x], [x IN l WHERE x])q",
       R"q((query (return (item (list-comp x l (where (> x 1)) (project (* x 2)))) (item (list-comp x l)) (item (list-comp x l (project x))) (item (list-comp x l (where x))))))q"},
      {R"q(RETURN [(a)-->(b) WHERE b.x | b.name], [p = (a)-[:T]->() | p])q",
       R"q((query (return (item (pattern-comp (pattern (node a) (rel ->) (node b)) (where (prop b x)) (project (prop b name)))) (item (pattern-comp (path p (pattern (node a) (rel -> (types T)) (node))) (project p))))))q"},
      {R"q(RETURN [(1 + 2), (a)])q",
       R"q((query (return (item (list (+ 1 2) a)))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, QuantifiersAndReduce) {
  static const GoldenCase kCases[] = {
      {R"q(RETURN all(x IN l WHERE x > 1), any(x IN l WHERE x), none(x IN l WHERE x), single(x IN l WHERE x))q",
       R"q((query (return (item (all x l (where (> x 1)))) (item (any x l (where x))) (item (none x l (where x))) (item (single x l (where x))))))q"},
      {R"q(RETURN reduce(acc = 0, x IN l | acc + x))q",
       R"q((query (return (item (reduce acc 0 x l (+ acc x))))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, ExistsSubqueries) {
  static const GoldenCase kCases[] = {
      {R"q(MATCH (n) WHERE EXISTS { (n)-->(m) WHERE m.x = 1 } RETURN n)q",
       R"q((query (match (pattern (node n)) (where (exists (pattern (node n) (rel ->) (node m)) (where (= (prop m x) 1))))) (return (item n))))q"},
      {R"q(MATCH (n) WHERE exists { MATCH (n)-->(m) RETURN m } RETURN n)q",
       R"q((query (match (pattern (node n)) (where (exists (query (match (pattern (node n) (rel ->) (node m))) (return (item m)))))) (return (item n))))q"},
      {R"q(MATCH (n) WHERE EXISTS { (n)-->(), (n)<--() } RETURN n)q",
       R"q((query (match (pattern (node n)) (where (exists (pattern (node n) (rel ->) (node)) (pattern (node n) (rel <-) (node))))) (return (item n))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, MapsAndMapProjections) {
  static const GoldenCase kCases[] = {
      {R"q(RETURN n {.name, .*, k: 1 + 2, x})q",
       R"q((query (return (item (map-proj n (prop name) (all-props) (entry k (+ 1 2)) (var x))))))q"},
      {R"q(RETURN n {})q", R"q((query (return (item (map-proj n)))))q"},
      {R"q(RETURN {a: 1, `b c`: 2}, {}, {match: 1, RETURN: 2})q",
       R"q((query (return (item (map (a 1) (`b c` 2))) (item (map)) (item (map (match 1) (RETURN 2))))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, Literals) {
  static const GoldenCase kCases[] = {
      {R"q(RETURN [], $p, $0, $`a b`)q",
       R"q((query (return (item (list)) (item $p) (item $0) (item $`a b`))))q"},
      {R"q(RETURN 0x1F, 0o17, 017, 1.5, .5, 1e10, 1.5E-3, 'it\'s', "q\"", null, true, FALSE)q",
       R"q((query (return (item 31) (item 15) (item 15) (item 1.5) (item 0.5) (item 1e+10) (item 0.0015) (item 'it\'s') (item 'q"') (item null) (item true) (item false))))q"},
      {R"q(RETURN '\u01FF', "\n")q",
       R"q((query (return (item 'ǿ') (item '\n'))))q"},
      {R"q(RETURN [[[[]]]])q",
       R"q((query (return (item (list (list (list (list))))))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserGoldenTest, CommentsAndWhitespace) {
  static const GoldenCase kCases[] = {
      {R"q(RETURN x // comment)q", R"q((query (return (item x))))q"},
      {R"q(/* c */ RETURN /* inner */ 1)q", R"q((query (return (item 1))))q"},
      {R"q(
  MATCH (n)
  RETURN n
)q",
       R"q((query (match (pattern (node n))) (return (item n))))q"},
  };
  CheckGolden(kCases);
}

TEST(ParserTest, ProjectionItemsKeepTheirTextForColumnNames) {
  auto statement = Parse("RETURN n.name, (1 + 2) * 3, count( * ) AS c");
  ASSERT_TRUE(statement.ok()) << statement.status();
  const auto& ret = static_cast<const ast::ReturnClause&>(
      *(*statement)->query->parts[0].clauses[0]);
  ASSERT_EQ(ret.projection.items.size(), 3u);
  EXPECT_EQ(ret.projection.items[0].text, "n.name");
  EXPECT_EQ(ret.projection.items[1].text, "(1 + 2) * 3");
  EXPECT_EQ(ret.projection.items[2].text, "count( * )");
  ASSERT_TRUE(ret.projection.items[2].alias.has_value());
  EXPECT_EQ(ret.projection.items[2].alias->text, "c");
}

TEST(ParserTest, NodesCarryTheSpansOfTheirText) {
  const std::string text = "MATCH (a)-[r:T]->(b)\nWHERE a.x = 1\nRETURN b";
  auto statement = Parse(text);
  ASSERT_TRUE(statement.ok()) << statement.status();
  const ast::SingleQuery& single = (*statement)->query->parts[0];
  const auto& match = static_cast<const ast::MatchClause&>(*single.clauses[0]);
  auto slice = [&](const SourceSpan& s) {
    return text.substr(s.offset, s.length);
  };
  EXPECT_EQ(slice(match.span()), "MATCH (a)-[r:T]->(b)\nWHERE a.x = 1");
  EXPECT_EQ(slice(match.patterns[0]->span), "(a)-[r:T]->(b)");
  EXPECT_EQ(slice(match.patterns[0]->relationships[0].span), "-[r:T]->");
  EXPECT_EQ(slice(match.patterns[0]->nodes[1].span), "(b)");
  ASSERT_NE(match.where, nullptr);
  EXPECT_EQ(slice(match.where->span()), "a.x = 1");
  EXPECT_EQ(match.where->span().line, 2u);
  EXPECT_EQ(match.where->span().column, 7u);
  const auto& ret = static_cast<const ast::ReturnClause&>(*single.clauses[1]);
  EXPECT_EQ(ret.span(), (SourceSpan{35, 8, 3, 1}));
}

TEST(ParserTest, StatementModeAndUnionFlags) {
  auto statement = Parse("PROFILE RETURN 1 UNION ALL RETURN 2 UNION RETURN 3");
  ASSERT_TRUE(statement.ok()) << statement.status();
  EXPECT_EQ((*statement)->mode, ast::Statement::Mode::kProfile);
  EXPECT_EQ((*statement)->query->parts.size(), 3u);
  EXPECT_EQ((*statement)->query->union_all, (std::vector<bool>{true, false}));
}

TEST(ParserTest, IntegerLiteralsHoldTheirValue) {
  auto statement = Parse("RETURN -9223372036854775808");
  ASSERT_TRUE(statement.ok()) << statement.status();
  const auto& ret = static_cast<const ast::ReturnClause&>(
      *(*statement)->query->parts[0].clauses[0]);
  const auto& literal =
      static_cast<const ast::LiteralExpr&>(*ret.projection.items[0].expr);
  ASSERT_TRUE(literal.value.is_int());
  EXPECT_EQ(literal.value.AsInt(), INT64_MIN);
}

}  // namespace
}  // namespace kg::query
