// The Binder class behind Bind() (internal to query/binder/): scopes,
// variables and the per-clause binding functions, split over bind_*.cc.
#ifndef KG_QUERY_BINDER_BINDER_INTERNAL_H_
#define KG_QUERY_BINDER_BINDER_INTERNAL_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "query/binder/binder.h"
#include "query/errors.h"

namespace kg::query {

// What a variable is known to hold: kValue is anything that is surely not a
// node, relationship or path (a literal, a list, a computed number...).
enum class VarType : uint8_t { kAny, kNode, kRel, kPath, kValue };

struct Var {
  Slot slot = kNoSlot;
  VarType type = VarType::kAny;
};

// The variables visible at one point of a query.
struct Scope {
  absl::flat_hash_map<std::string, Var> vars;
  const Var* Find(const std::string& name) const {
    auto it = vars.find(name);
    return it == vars.end() ? nullptr : &it->second;
  }
};

// How an expression may use aggregates, and what it may refer to after an
// aggregation.
struct ExprEnv {
  const Scope* scope = nullptr;
  // Where aggregate calls go; null where aggregates are not allowed.
  std::vector<BoundAggregate>* aggregates = nullptr;
  // After an aggregation or DISTINCT: expressions (by their AST dump) that
  // are projected and so may be read back from a slot. Null otherwise.
  const std::vector<std::pair<std::string, Slot>>* projected = nullptr;
  // The scope aggregate arguments see (the input of the aggregation).
  const Scope* input_scope = nullptr;
  bool in_aggregate = false;
  // The whole of an ORDER BY item: may equal any projected expression. Inside
  // an aggregating expression only projected variables and properties may be
  // reused (openCypher's AmbiguousAggregationExpression rule).
  bool top_level = false;
  const char* where = "here";  // for InvalidAggregation messages
};

inline BoundExprPtr MakeBound(BoundExpr::Kind kind, SourceSpan span) {
  return std::make_unique<BoundExpr>(kind, span);
}

inline BoundExprPtr SlotRef(Slot slot, SourceSpan span) {
  BoundExprPtr e = MakeBound(BoundExpr::Kind::kSlot, span);
  e->slot = slot;
  return e;
}

class Binder {
 public:
  Binder(Graph* graph, const ValueMap& parameters)
      : graph_(graph), parameters_(parameters) {}

  absl::StatusOr<BoundQuery> BindStatement(const ast::Statement& statement);

  // bind_expr.cc
  absl::StatusOr<BoundExprPtr> BindExpr(const ast::Expr& expr,
                                        const ExprEnv& env);
  absl::StatusOr<BoundExprPtr> BindExpr(const ast::Expr& expr,
                                        const Scope& scope) {
    ExprEnv env;
    env.scope = &scope;
    return BindExpr(expr, env);
  }

 private:
  // bind_query.cc
  absl::StatusOr<BoundSingleQuery> BindSingle(
      const ast::SingleQuery& query, std::vector<std::string>& columns);
  absl::Status BindClause(const ast::Clause& clause, bool last,
                          BoundSingleQuery& out,
                          std::vector<std::string>& columns);
  absl::StatusOr<BoundClause> BindUnwind(const ast::UnwindClause& clause);
  absl::StatusOr<BoundClause> BindCreate(const ast::CreateClause& clause);
  absl::StatusOr<BoundClause> BindMerge(const ast::MergeClause& clause);
  absl::StatusOr<BoundClause> BindDelete(const ast::DeleteClause& clause);
  absl::StatusOr<BoundSetItem> BindSetItem(const ast::SetItem& item);
  absl::StatusOr<BoundSetItem> BindRemoveItem(const ast::RemoveItem& item);

  // bind_pattern.cc
  absl::StatusOr<BoundClause> BindMatch(const ast::MatchClause& clause);
  enum class PatternUse : uint8_t { kMatch, kCreate, kMerge, kExpression };
  // Declares the pattern's new variables in `scope`; `new_slots` collects
  // every slot it allocates.
  absl::StatusOr<BoundPattern> BindPattern(const ast::Pattern& pattern,
                                           PatternUse use, Scope& scope,
                                           std::vector<Slot>& new_slots);
  absl::Status BindProperties(const ast::Expr* map, const Scope& scope,
                              bool creating, BoundProperties& out);
  absl::StatusOr<Slot> DeclareVar(const ast::Name& name, VarType type,
                                  PatternUse use, bool decorated, Scope& scope,
                                  std::vector<Slot>& new_slots, bool& bound);
  // A pattern inside an expression: kExists or kPatternComprehension.
  absl::StatusOr<BoundExprPtr> BindSubPattern(
      const std::vector<const ast::Pattern*>& patterns,
      const ast::Expr* predicate, const ast::Expr* projection,
      BoundExpr::Kind kind, SourceSpan span, const Scope& scope);

  // bind_projection.cc
  absl::StatusOr<BoundClause> BindProjection(const ast::Projection& projection,
                                             const ast::Expr* where,
                                             bool is_return, SourceSpan span,
                                             std::vector<std::string>& columns);
  absl::Status BindOrderBy(const ast::Projection& projection,
                           const Scope& input, const Scope& output,
                           bool aggregating, BoundProjection& out);

  // bind_expr.cc helpers
  absl::StatusOr<BoundExprPtr> BindFunction(const ast::FunctionCallExpr& call,
                                            const ExprEnv& env);
  absl::StatusOr<BoundExprPtr> BindIterating(const ast::Expr& expr,
                                             const ExprEnv& env);
  absl::StatusOr<BoundExprPtr> BindExistsQuery(const ast::ExistsExpr& exists,
                                               const ExprEnv& env);
  absl::StatusOr<BoundExprPtr> BindMapProjection(
      const ast::MapProjectionExpr& expr, const ExprEnv& env);

  Slot NewSlot() { return slot_count_++; }
  // A property key's id. A read-only statement interns nothing (it may run
  // beside other readers): an unknown key is kNoKey, which no element has.
  KeyId Key(const std::string& name) {
    if (!read_only_) return graph_->InternKey(name);
    return graph_->FindKey(name).value_or(kNoKey);
  }

  static constexpr int kMaxClauses = 4096;
  static constexpr size_t kMaxPatternParts = 2048;

  Graph* graph_;
  const ValueMap& parameters_;
  Slot slot_count_ = 0;
  int clause_count_ = 0;
  size_t part_count_ = 0;
  bool read_only_ = true;  // no update clause anywhere in the statement  //
                           // across UNION parts and EXISTS subqueries
  Scope scope_;            // the current clause's input scope
  std::vector<BoundExpr*> subqueries_;
};

}  // namespace kg::query

#endif  // KG_QUERY_BINDER_BINDER_INTERNAL_H_
