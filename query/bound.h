// The bound query: what the binder makes of the AST and the planner reads.
//
// Every variable of a statement has a slot, an index into the Row that flows
// between operators; slots are numbered across the whole statement, so a row
// is one flat vector of Values and no operator looks a name up. Property keys
// are interned ids. Labels and relationship types are LazyIds: a name that
// the graph does not know yet (a MATCH on a label nobody has created) is
// looked up again only while it stays unknown, so a CREATE earlier in the
// same statement is seen.
//
// Parameters are folded into literals at bind time. Patterns inside
// expressions (pattern predicates, pattern comprehensions, EXISTS) carry a
// SubPlan that the planner fills in.
#ifndef KG_QUERY_BOUND_H_
#define KG_QUERY_BOUND_H_

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "graph/graph.h"
#include "graph/value.h"
#include "query/ast.h"

namespace kg::query {

using Slot = uint32_t;
inline constexpr Slot kNoSlot = std::numeric_limits<Slot>::max();
using Row = std::vector<Value>;
// The key id of a property name the graph does not know (read-only
// statements do not intern names): no element has it.
inline constexpr KeyId kNoKey = std::numeric_limits<KeyId>::max();

struct Function;
struct SubPlan;  // operators/subplan.h

// A label or relationship type name, resolved on first successful lookup.
class LazyId {
 public:
  explicit LazyId(std::string name) : name_(std::move(name)) {}
  const std::string& name() const { return name_; }
  std::optional<uint32_t> Label(const Graph& graph) const {
    if (!label_) label_ = graph.FindLabel(name_);
    return label_;
  }
  std::optional<uint32_t> Type(const Graph& graph) const {
    if (!type_) type_ = graph.FindType(name_);
    return type_;
  }

 private:
  std::string name_;
  mutable std::optional<uint32_t> label_;
  mutable std::optional<uint32_t> type_;
};

struct BoundExpr;
struct BoundMatch;
struct BoundSingleQuery;
using BoundExprPtr = std::unique_ptr<BoundExpr>;

struct BoundExpr {
  enum class Kind : uint8_t {
    kLiteral,            // value
    kSlot,               // slot
    kProperty,           // children[0].key; names[0] is the key name
    kSubscript,          // children[0][children[1]]
    kSlice,              // children[0][children[1]..children[2]] (null bounds)
    kHasLabels,          // children[0]:labels
    kUnary,              // op: ast::UnaryOp
    kBinary,             // op: ast::BinaryOp (AND/OR/XOR lazily)
    kComparison,         // children chained by cops
    kIsNull,             // flag: IS NOT NULL
    kFunction,           // function(children); flag: DISTINCT (aggregates)
    kCase,               // flag: has subject (children[0]); then when/then
                         // pairs; op: 1 when an ELSE is last
    kList,               // [children]
    kMap,                // {names[i]: children[i]}
    kListComprehension,  // [slot IN c0 WHERE c1 | c2] (c1, c2 may be null)
    kQuantifier,         // op: ast::QuantifierKind; slot IN c0 WHERE c1
    kReduce,             // slot2 = c0, slot IN c1 | c2
    kPatternComprehension,  // subplan, then children[0] per row
    kExists,                // subplan yields at least one row
    kMapProjection,  // children[0] {items}: names/keys/item_kinds/children
    kPath,           // path built from slots; flags per step in item_kinds
  };

  BoundExpr(Kind k, SourceSpan s) : kind(k), span(s) {}

  Kind kind;
  SourceSpan span;
  Value value;
  Slot slot = kNoSlot;
  Slot slot2 = kNoSlot;
  KeyId key = 0;
  int op = 0;
  bool flag = false;
  std::vector<ast::CompareOp> cops;
  std::vector<LazyId> labels;
  std::vector<std::string> names;
  std::vector<KeyId> keys;
  std::vector<int> item_kinds;
  std::vector<Slot> slots;
  const Function* function = nullptr;
  std::vector<BoundExprPtr> children;       // optional children are null
  std::shared_ptr<BoundMatch> match;        // the pattern of a kExists or
                                            // kPatternComprehension
  std::shared_ptr<BoundSingleQuery> query;  // EXISTS { full query }
  std::shared_ptr<SubPlan> subplan;         // its plan, made by the planner
};

// ---- Patterns ----

using BoundProperties = std::vector<std::pair<KeyId, BoundExprPtr>>;

struct BoundNode {
  Slot slot = kNoSlot;
  std::string name;           // the variable as written, or "" (for EXPLAIN)
  bool bound_before = false;  // the variable was bound by an earlier clause
  std::vector<LazyId> labels;
  BoundProperties properties;
};

struct BoundRel {
  Slot slot = kNoSlot;
  std::string name;
  bool bound_before = false;
  std::vector<LazyId> types;
  ast::Direction direction = ast::Direction::kBoth;
  bool var_length = false;
  int64_t min_hops = 1;
  int64_t max_hops = 1;  // -1: unbounded
  BoundProperties properties;
};

struct BoundPattern {
  SourceSpan span;
  Slot path_slot = kNoSlot;
  ast::Pattern::Shortest shortest = ast::Pattern::Shortest::kNone;
  std::vector<BoundNode> nodes;
  std::vector<BoundRel> rels;
};

// ---- Clauses ----

struct BoundMatch {
  bool optional = false;
  std::vector<BoundPattern> patterns;
  BoundExprPtr where;
  std::vector<Slot> new_slots;  // set to null by OPTIONAL MATCH on no match
};

struct BoundAggregate {
  const Function* function = nullptr;  // null for count(*)
  bool distinct = false;
  std::vector<BoundExprPtr> args;
  Slot slot = kNoSlot;
};

struct BoundProjection {
  struct Item {
    BoundExprPtr expr;
    Slot slot = kNoSlot;
    std::string name;
    bool grouping = true;  // false when the item holds an aggregate
  };
  bool is_return = false;
  bool distinct = false;
  std::vector<Item> items;
  std::vector<BoundAggregate> aggregates;  // non-empty: an aggregation
  std::vector<std::pair<BoundExprPtr, bool>> order_by;  // (expr, descending)
  BoundExprPtr skip;
  BoundExprPtr limit;
  BoundExprPtr where;
};

struct BoundUnwind {
  BoundExprPtr list;
  Slot slot = kNoSlot;
};

struct BoundCreate {
  std::vector<BoundPattern> patterns;
};

struct BoundSetItem {
  ast::SetItem::Kind kind = ast::SetItem::Kind::kProperty;
  bool remove = false;  // REMOVE n.p / REMOVE n:L
  BoundExprPtr target;  // the entity expression
  KeyId key = 0;        // kProperty
  BoundExprPtr value;   // null for labels and REMOVE
  std::vector<LazyId> labels;
};

struct BoundSet {
  std::vector<BoundSetItem> items;
};

struct BoundDelete {
  bool detach = false;
  std::vector<BoundExprPtr> targets;
};

struct BoundMerge {
  BoundPattern pattern;
  std::vector<BoundSetItem> on_create;
  std::vector<BoundSetItem> on_match;
  std::vector<Slot> new_slots;
};

using BoundClause =
    std::variant<BoundMatch, BoundUnwind, BoundProjection, BoundCreate,
                 BoundMerge, BoundSet, BoundDelete>;

struct BoundSingleQuery {
  std::vector<BoundClause> clauses;
  std::vector<Slot> output_slots;  // empty when the query ends in an update
};

struct BoundQuery {
  ast::Statement::Mode mode = ast::Statement::Mode::kExecute;
  std::vector<BoundSingleQuery> parts;
  std::vector<bool> union_all;
  std::vector<std::string> columns;
  Slot slot_count = 0;
  // Every kExists / kPatternComprehension expression, for the planner to
  // give a SubPlan (the expressions are owned by the clauses above).
  std::vector<BoundExpr*> subqueries;
};

}  // namespace kg::query

#endif  // KG_QUERY_BOUND_H_
