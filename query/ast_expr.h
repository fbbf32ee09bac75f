// The parsed expression tree of openCypher (internal to query/; included
// through ast.h).
//
// Every node is an Expr subclass with a Kind tag (for switch-based walks)
// and the SourceSpan of the text it came from. Children are owned through
// std::unique_ptr; an optional child is a null pointer. Nothing here is
// resolved: variables are names, functions are names; the binder turns them
// into slots and ids.
//
// Depth: the parser refuses input nested deeper than kMaxNestingDepth
// (parser.h), which bounds the height of every tree, so recursive walks are
// safe.
#ifndef KG_QUERY_AST_EXPR_H_
#define KG_QUERY_AST_EXPR_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "graph/value.h"
#include "query/source_span.h"

namespace kg::query::ast {

struct Pattern;
struct Query;

// A name as written (variable, label, type, property key, alias), unescaped.
struct Name {
  std::string text;
  SourceSpan span;
};

class Expr {
 public:
  enum class Kind : uint8_t {
    kLiteral,
    kParameter,
    kVariable,
    kProperty,
    kSubscript,
    kSlice,
    kHasLabels,
    kUnary,
    kBinary,
    kComparison,
    kIsNull,
    kFunctionCall,
    kCountStar,
    kCase,
    kList,
    kMap,
    kListComprehension,
    kQuantifier,
    kReduce,
    kPatternComprehension,
    kPatternPredicate,
    kExists,
    kMapProjection,
  };

  Expr(Kind kind, SourceSpan span) : kind_(kind), span_(span) {}
  Expr(const Expr&) = delete;
  Expr& operator=(const Expr&) = delete;
  virtual ~Expr();

  Kind kind() const { return kind_; }
  const SourceSpan& span() const { return span_; }
  void set_span(const SourceSpan& span) { span_ = span; }

 private:
  Kind kind_;
  SourceSpan span_;
};

using ExprPtr = std::unique_ptr<Expr>;

// null, true, 42, 1.5, 'text'. Negative number literals are folded here.
struct LiteralExpr final : Expr {
  LiteralExpr(SourceSpan span, Value v)
      : Expr(Kind::kLiteral, span), value(std::move(v)) {}
  Value value;
};

// $name or $0.
struct ParameterExpr final : Expr {
  ParameterExpr(SourceSpan span, std::string n)
      : Expr(Kind::kParameter, span), name(std::move(n)) {}
  std::string name;
};

struct VariableExpr final : Expr {
  VariableExpr(SourceSpan span, std::string n)
      : Expr(Kind::kVariable, span), name(std::move(n)) {}
  std::string name;
};

// object.key
struct PropertyExpr final : Expr {
  PropertyExpr(SourceSpan span, ExprPtr o, Name k)
      : Expr(Kind::kProperty, span), object(std::move(o)), key(std::move(k)) {}
  ExprPtr object;
  Name key;
};

// object[index]
struct SubscriptExpr final : Expr {
  SubscriptExpr(SourceSpan span, ExprPtr o, ExprPtr i)
      : Expr(Kind::kSubscript, span),
        object(std::move(o)),
        index(std::move(i)) {}
  ExprPtr object;
  ExprPtr index;
};

// object[from..to]; either bound may be null.
struct SliceExpr final : Expr {
  SliceExpr(SourceSpan span, ExprPtr o, ExprPtr f, ExprPtr t)
      : Expr(Kind::kSlice, span),
        object(std::move(o)),
        from(std::move(f)),
        to(std::move(t)) {}
  ExprPtr object;
  ExprPtr from;
  ExprPtr to;
};

// object:Label:Other
struct HasLabelsExpr final : Expr {
  HasLabelsExpr(SourceSpan span, ExprPtr o, std::vector<Name> l)
      : Expr(Kind::kHasLabels, span),
        object(std::move(o)),
        labels(std::move(l)) {}
  ExprPtr object;
  std::vector<Name> labels;
};

enum class UnaryOp : uint8_t { kNot, kMinus, kPlus };

struct UnaryExpr final : Expr {
  UnaryExpr(SourceSpan span, UnaryOp o, ExprPtr e)
      : Expr(Kind::kUnary, span), op(o), operand(std::move(e)) {}
  UnaryOp op;
  ExprPtr operand;
};

enum class BinaryOp : uint8_t {
  kOr,
  kXor,
  kAnd,
  kAdd,
  kSubtract,
  kMultiply,
  kDivide,
  kModulo,
  kPower,
  kIn,
  kStartsWith,
  kEndsWith,
  kContains,
  kRegexMatch,
};

struct BinaryExpr final : Expr {
  BinaryExpr(SourceSpan span, BinaryOp o, ExprPtr l, ExprPtr r)
      : Expr(Kind::kBinary, span),
        op(o),
        lhs(std::move(l)),
        rhs(std::move(r)) {}
  BinaryOp op;
  ExprPtr lhs;
  ExprPtr rhs;
};

enum class CompareOp : uint8_t { kEq, kNe, kLt, kGt, kLe, kGe };

// a < b, or a chain a < b <= c meaning (a < b) AND (b <= c) with b evaluated
// once. operands.size() == ops.size() + 1 >= 2.
struct ComparisonExpr final : Expr {
  explicit ComparisonExpr(SourceSpan span) : Expr(Kind::kComparison, span) {}
  std::vector<ExprPtr> operands;
  std::vector<CompareOp> ops;
};

// operand IS [NOT] NULL
struct IsNullExpr final : Expr {
  IsNullExpr(SourceSpan span, ExprPtr e, bool n)
      : Expr(Kind::kIsNull, span), operand(std::move(e)), negated(n) {}
  ExprPtr operand;
  bool negated;
};

// f(x), ns.f(x), count(DISTINCT x). `name` keeps the namespace: "ns.f".
struct FunctionCallExpr final : Expr {
  FunctionCallExpr(SourceSpan span, std::string n)
      : Expr(Kind::kFunctionCall, span), name(std::move(n)) {}
  std::string name;
  bool distinct = false;
  std::vector<ExprPtr> args;
};

// count(*)
struct CountStarExpr final : Expr {
  explicit CountStarExpr(SourceSpan span) : Expr(Kind::kCountStar, span) {}
};

// CASE [subject] WHEN w THEN t ... [ELSE e] END
struct CaseExpr final : Expr {
  explicit CaseExpr(SourceSpan span) : Expr(Kind::kCase, span) {}
  ExprPtr subject;  // null for the generic form
  std::vector<std::pair<ExprPtr, ExprPtr>> whens;
  ExprPtr otherwise;  // null without ELSE
};

// [a, b, c]
struct ListExpr final : Expr {
  explicit ListExpr(SourceSpan span) : Expr(Kind::kList, span) {}
  std::vector<ExprPtr> items;
};

// {key: value, ...}; keys in source order, duplicates kept for the binder.
struct MapExpr final : Expr {
  explicit MapExpr(SourceSpan span) : Expr(Kind::kMap, span) {}
  std::vector<std::pair<Name, ExprPtr>> entries;
};

// [variable IN list WHERE predicate | projection]
struct ListComprehensionExpr final : Expr {
  explicit ListComprehensionExpr(SourceSpan span)
      : Expr(Kind::kListComprehension, span) {}
  Name variable;
  ExprPtr list;
  ExprPtr predicate;   // may be null
  ExprPtr projection;  // may be null
};

enum class QuantifierKind : uint8_t { kAll, kAny, kNone, kSingle };

// all(variable IN list WHERE predicate), and any/none/single.
struct QuantifierExpr final : Expr {
  QuantifierExpr(SourceSpan span, QuantifierKind q)
      : Expr(Kind::kQuantifier, span), quantifier(q) {}
  QuantifierKind quantifier;
  Name variable;
  ExprPtr list;
  ExprPtr predicate;  // may be null
};

// reduce(accumulator = init, variable IN list | expression)
struct ReduceExpr final : Expr {
  explicit ReduceExpr(SourceSpan span) : Expr(Kind::kReduce, span) {}
  Name accumulator;
  ExprPtr init;
  Name variable;
  ExprPtr list;
  ExprPtr expression;
};

// [p = (a)-->(b) WHERE predicate | projection]
struct PatternComprehensionExpr final : Expr {
  explicit PatternComprehensionExpr(SourceSpan span);
  ~PatternComprehensionExpr() override;
  std::unique_ptr<Pattern> pattern;
  ExprPtr predicate;  // may be null
  ExprPtr projection;
};

// A relationship pattern used as a predicate: WHERE (a)-[:T]->(b).
struct PatternPredicateExpr final : Expr {
  explicit PatternPredicateExpr(SourceSpan span);
  ~PatternPredicateExpr() override;
  std::unique_ptr<Pattern> pattern;
};

// EXISTS { patterns [WHERE predicate] } or EXISTS { a full query }: exactly
// one of the two forms is filled in.
struct ExistsExpr final : Expr {
  explicit ExistsExpr(SourceSpan span);
  ~ExistsExpr() override;
  std::vector<std::unique_ptr<Pattern>> patterns;
  ExprPtr predicate;  // may be null
  std::unique_ptr<Query> query;
};

// n {.name, .*, key: expr, variable}
struct MapProjectionExpr final : Expr {
  enum class ItemKind : uint8_t {
    kProperty,
    kAllProperties,
    kEntry,
    kVariable
  };
  struct Item {
    ItemKind kind;
    Name name;      // property key, entry key or variable; empty for .*
    ExprPtr value;  // kEntry only
  };
  explicit MapProjectionExpr(SourceSpan span)
      : Expr(Kind::kMapProjection, span) {}
  Name variable;
  std::vector<Item> items;
};

}  // namespace kg::query::ast

#endif  // KG_QUERY_AST_EXPR_H_
