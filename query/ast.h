// The parsed AST of one openCypher statement: the output of the parser and
// the input of the binder.
//
// A Statement owns one Query (a chain of single queries joined by UNION),
// each single query a list of clauses; clauses hold patterns (declared here)
// and expressions (ast_expr.h). Every node keeps the SourceSpan of its text
// so that later stages can point at it in errors. The tree is plain data with
// unique ownership: not copyable, cheap to move around by pointer.
//
// Dump() prints a compact, stable S-expression used by golden tests, e.g.
//   MATCH (n:A) RETURN n.name
//   (query (match (pattern (node n (labels A)))) (return (item (prop n name))))
// The forms are documented next to their printer in ast_dump.cc.
#ifndef KG_QUERY_AST_H_
#define KG_QUERY_AST_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "query/ast_expr.h"
#include "query/source_span.h"

namespace kg::query::ast {

// (variable:Label:Other {properties})
struct NodePattern {
  SourceSpan span;
  std::optional<Name> variable;
  std::vector<Name> labels;
  ExprPtr properties;  // a map literal or a parameter; may be null
};

enum class Direction : uint8_t { kLeftToRight, kRightToLeft, kBoth };
// The direction of the same relationship walked from its other end.
inline Direction Reversed(Direction d) {
  if (d == Direction::kLeftToRight) return Direction::kRightToLeft;
  if (d == Direction::kRightToLeft) return Direction::kLeftToRight;
  return d;
}

// *, *2, *1..3, *..5, *2..: an absent bound is open.
struct VarLength {
  std::optional<int64_t> min;
  std::optional<int64_t> max;
};

// -[variable:T|U *1..3 {properties}]->
struct RelationshipPattern {
  SourceSpan span;
  Direction direction = Direction::kBoth;
  std::optional<Name> variable;
  std::vector<Name> types;
  std::optional<VarLength> length;
  ExprPtr properties;  // may be null
};

// p = shortestPath((a)-[*]-(b)): nodes.size() == relationships.size() + 1.
struct Pattern {
  enum class Shortest : uint8_t { kNone, kShortest, kAll };
  SourceSpan span;
  std::optional<Name> path_variable;
  Shortest shortest = Shortest::kNone;
  std::vector<NodePattern> nodes;
  std::vector<RelationshipPattern> relationships;
};

using PatternPtr = std::unique_ptr<Pattern>;

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

// What RETURN and WITH share.
struct ProjectionItem {
  ExprPtr expr;
  std::optional<Name> alias;
  std::string text;  // the expression as written: the default column name
};

struct Projection {
  bool distinct = false;
  bool star = false;  // RETURN *, possibly followed by more items
  std::vector<ProjectionItem> items;
  std::vector<SortItem> order_by;
  ExprPtr skip;   // may be null
  ExprPtr limit;  // may be null
};

struct SetItem {
  enum class Kind : uint8_t {
    kProperty,         // n.p = e   (target is the property expression)
    kAllProperties,    // n = e
    kMergeProperties,  // n += e
    kLabels,           // n:A:B
  };
  SourceSpan span;
  Kind kind = Kind::kProperty;
  ExprPtr target;  // PropertyExpr for kProperty, else the variable
  ExprPtr value;   // null for kLabels
  std::vector<Name> labels;
};

struct RemoveItem {
  SourceSpan span;
  ExprPtr target;  // PropertyExpr, or the variable when labels are removed
  std::vector<Name> labels;
};

class Clause {
 public:
  enum class Kind : uint8_t {
    kMatch,
    kUnwind,
    kWith,
    kReturn,
    kCreate,
    kMerge,
    kSet,
    kRemove,
    kDelete,
    kCall,
  };
  Clause(Kind kind, SourceSpan span) : kind_(kind), span_(span) {}
  Clause(const Clause&) = delete;
  Clause& operator=(const Clause&) = delete;
  virtual ~Clause() = default;

  Kind kind() const { return kind_; }
  const SourceSpan& span() const { return span_; }
  void set_span(const SourceSpan& span) { span_ = span; }

 private:
  Kind kind_;
  SourceSpan span_;
};

using ClausePtr = std::unique_ptr<Clause>;

struct MatchClause final : Clause {
  explicit MatchClause(SourceSpan span) : Clause(Kind::kMatch, span) {}
  bool optional = false;
  std::vector<PatternPtr> patterns;
  ExprPtr where;  // may be null
};

struct UnwindClause final : Clause {
  explicit UnwindClause(SourceSpan span) : Clause(Kind::kUnwind, span) {}
  ExprPtr list;
  Name variable;
};

struct WithClause final : Clause {
  explicit WithClause(SourceSpan span) : Clause(Kind::kWith, span) {}
  Projection projection;
  ExprPtr where;  // may be null
};

struct ReturnClause final : Clause {
  explicit ReturnClause(SourceSpan span) : Clause(Kind::kReturn, span) {}
  Projection projection;
};

struct CreateClause final : Clause {
  explicit CreateClause(SourceSpan span) : Clause(Kind::kCreate, span) {}
  std::vector<PatternPtr> patterns;
};

struct MergeClause final : Clause {
  struct Action {
    bool on_create;  // else ON MATCH
    std::vector<SetItem> items;
  };
  explicit MergeClause(SourceSpan span) : Clause(Kind::kMerge, span) {}
  PatternPtr pattern;
  std::vector<Action> actions;
};

struct SetClause final : Clause {
  explicit SetClause(SourceSpan span) : Clause(Kind::kSet, span) {}
  std::vector<SetItem> items;
};

struct RemoveClause final : Clause {
  explicit RemoveClause(SourceSpan span) : Clause(Kind::kRemove, span) {}
  std::vector<RemoveItem> items;
};

struct DeleteClause final : Clause {
  explicit DeleteClause(SourceSpan span) : Clause(Kind::kDelete, span) {}
  bool detach = false;
  std::vector<ExprPtr> targets;
};

// CALL ns.proc(args) YIELD a, b AS c WHERE p. Without parentheses the
// arguments are implicit (taken from parameters of the same names).
struct CallClause final : Clause {
  struct YieldItem {
    Name field;
    std::optional<Name> alias;
  };
  explicit CallClause(SourceSpan span) : Clause(Kind::kCall, span) {}
  Name procedure;  // "ns.proc"
  bool implicit_args = false;
  std::vector<ExprPtr> args;
  bool has_yield = false;
  bool yield_star = false;
  std::vector<YieldItem> yields;
  ExprPtr where;  // may be null
};

// Clauses up to a UNION.
struct SingleQuery {
  SourceSpan span;
  std::vector<ClausePtr> clauses;
};

// parts[0] UNION [ALL] parts[1] ...; union_all[i] joins parts[i] and
// parts[i + 1].
struct Query {
  SourceSpan span;
  std::vector<SingleQuery> parts;
  std::vector<bool> union_all;
};

struct Statement {
  enum class Mode : uint8_t { kExecute, kExplain, kProfile };
  SourceSpan span;
  Mode mode = Mode::kExecute;
  std::unique_ptr<Query> query;
};

// The S-expressions; see the top of this file.
std::string Dump(const Statement& statement);
std::string Dump(const Query& query);
std::string Dump(const Clause& clause);
std::string Dump(const Pattern& pattern);
std::string Dump(const Expr& expr);

}  // namespace kg::query::ast

#endif  // KG_QUERY_AST_H_
