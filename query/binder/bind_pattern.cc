// Binding patterns: MATCH, and the patterns of CREATE, MERGE and of pattern
// expressions. Every node and relationship gets a slot, named or not; names
// already in scope are reused (their slot is then bound when the pattern is
// matched), new names are declared.
#include <algorithm>
#include <string>

#include "absl/strings/str_cat.h"
#include "query/binder/binder_internal.h"

namespace kg::query {
namespace {

const char* TypeName(VarType t) {
  switch (t) {
    case VarType::kNode:
      return "a node";
    case VarType::kRel:
      return "a relationship";
    case VarType::kPath:
      return "a path";
    case VarType::kValue:
      return "a value";
    default:
      return "a value";
  }
}

}  // namespace

absl::StatusOr<Slot> Binder::DeclareVar(const ast::Name& name, VarType type,
                                        PatternUse use, bool decorated,
                                        Scope& scope,
                                        std::vector<Slot>& new_slots,
                                        bool& bound) {
  const Var* existing = scope.Find(name.text);
  if (existing != nullptr) {
    bool compatible =
        existing->type == type ||
        (existing->type == VarType::kAny && type != VarType::kPath);
    if (!compatible) {
      return SemanticError(
          name.span, "VariableTypeConflict",
          absl::StrCat("'", name.text, "' is ", TypeName(existing->type),
                       ", not ", TypeName(type)));
    }
    bool creating = use == PatternUse::kCreate || use == PatternUse::kMerge;
    bool same_clause = std::find(new_slots.begin(), new_slots.end(),
                                 existing->slot) != new_slots.end();
    if (use == PatternUse::kMatch && type != VarType::kNode && same_clause) {
      return SemanticError(name.span, "RelationshipUniquenessViolation",
                           absl::StrCat("relationship '", name.text,
                                        "' appears twice in one pattern"));
    }
    if (creating && (decorated || type == VarType::kRel)) {
      return SemanticError(
          name.span, "VariableAlreadyBound",
          absl::StrCat("variable '", name.text, "' is already declared"));
    }
    bound = true;
    return existing->slot;
  }
  Slot slot = NewSlot();
  scope.vars[name.text] = Var{slot, type};
  new_slots.push_back(slot);
  bound = false;
  return slot;
}

absl::Status Binder::BindProperties(const ast::Expr* map, const Scope& scope,
                                    bool creating, BoundProperties& out) {
  if (map == nullptr) return absl::OkStatus();
  if (map->kind() == ast::Expr::Kind::kParameter && !creating) {
    return SemanticError(map->span(), "InvalidParameterUse",
                         "a parameter cannot stand for the properties of a "
                         "pattern to match");
  }
  if (map->kind() == ast::Expr::Kind::kMap) {
    for (const auto& [name, e] :
         static_cast<const ast::MapExpr&>(*map).entries) {
      KG_ASSIGN_OR_RETURN(BoundExprPtr b, BindExpr(*e, scope));
      out.emplace_back(Key(name.text), std::move(b));
    }
    return absl::OkStatus();
  }
  // A parameter: its map's entries become literals.
  KG_ASSIGN_OR_RETURN(BoundExprPtr b, BindExpr(*map, scope));
  if (b->kind != BoundExpr::Kind::kLiteral || !b->value.is_map()) {
    return SemanticError(map->span(), "InvalidParameterUse",
                         "pattern properties must be a map");
  }
  for (const auto& [key, value] : b->value.AsMap()) {
    auto lit =
        std::make_unique<BoundExpr>(BoundExpr::Kind::kLiteral, map->span());
    lit->value = value;
    out.emplace_back(Key(key), std::move(lit));
  }
  return absl::OkStatus();
}

absl::StatusOr<BoundPattern> Binder::BindPattern(const ast::Pattern& pattern,
                                                 PatternUse use, Scope& scope,
                                                 std::vector<Slot>& new_slots) {
  // Each node and relationship to match becomes an operator of one pull
  // chain (and a slot of every row): cap them like the clauses. CREATE
  // makes one operator for all its patterns.
  if (use != PatternUse::kCreate) {
    part_count_ += pattern.nodes.size() + pattern.relationships.size();
  }
  if (part_count_ > kMaxPatternParts) {
    return SemanticError(
        pattern.span, "NestingTooDeep",
        absl::StrCat("a statement may have at most ", kMaxPatternParts,
                     " nodes and relationships in its patterns"));
  }
  BoundPattern out;
  out.span = pattern.span;
  out.shortest = pattern.shortest;
  bool creating = use == PatternUse::kCreate || use == PatternUse::kMerge;
  for (const ast::NodePattern& n : pattern.nodes) {
    BoundNode node;
    bool decorated = !n.labels.empty() || n.properties != nullptr ||
                     pattern.nodes.size() == 1;
    if (n.variable) {
      node.name = n.variable->text;
      KG_ASSIGN_OR_RETURN(
          node.slot, DeclareVar(*n.variable, VarType::kNode, use, decorated,
                                scope, new_slots, node.bound_before));
    } else {
      node.slot = NewSlot();
      new_slots.push_back(node.slot);
    }
    for (const ast::Name& l : n.labels) node.labels.emplace_back(l.text);
    KG_RETURN_IF_ERROR(BindProperties(n.properties.get(), scope,
                                      use == PatternUse::kCreate,
                                      node.properties));
    out.nodes.push_back(std::move(node));
  }
  for (const ast::RelationshipPattern& r : pattern.relationships) {
    BoundRel rel;
    if (r.variable) {
      rel.name = r.variable->text;
      KG_ASSIGN_OR_RETURN(
          rel.slot,
          DeclareVar(*r.variable, r.length ? VarType::kValue : VarType::kRel,
                     use, true, scope, new_slots, rel.bound_before));
    } else {
      rel.slot = NewSlot();
      new_slots.push_back(rel.slot);
    }
    if (creating && r.types.size() != 1) {
      return SemanticError(r.span, "NoSingleRelationshipType",
                           "a relationship to create needs exactly one type");
    }
    if (use == PatternUse::kCreate && r.direction == ast::Direction::kBoth) {
      return SemanticError(r.span, "RequiresDirectedRelationship",
                           "a relationship to create needs a direction");
    }
    if (creating && r.length) {
      return SemanticError(r.span, "CreatingVarLength",
                           "variable-length relationships cannot be created");
    }
    for (const ast::Name& t : r.types) rel.types.emplace_back(t.text);
    rel.direction = r.direction;
    if (r.length) {
      rel.var_length = true;
      rel.min_hops = r.length->min.value_or(1);
      rel.max_hops = r.length->max.value_or(-1);
    }
    KG_RETURN_IF_ERROR(BindProperties(
        r.properties.get(), scope, use == PatternUse::kCreate, rel.properties));
    out.rels.push_back(std::move(rel));
  }
  if (pattern.path_variable) {
    const ast::Name& name = *pattern.path_variable;
    if (scope.Find(name.text) != nullptr) {
      return SemanticError(
          name.span, "VariableAlreadyBound",
          absl::StrCat("variable '", name.text, "' is already declared"));
    }
    out.path_slot = NewSlot();
    scope.vars[name.text] = Var{out.path_slot, VarType::kPath};
    new_slots.push_back(out.path_slot);
  }
  return out;
}

absl::StatusOr<BoundClause> Binder::BindMatch(const ast::MatchClause& clause) {
  BoundMatch match;
  match.optional = clause.optional;
  for (const ast::PatternPtr& p : clause.patterns) {
    KG_ASSIGN_OR_RETURN(BoundPattern bp, BindPattern(*p, PatternUse::kMatch,
                                                     scope_, match.new_slots));
    match.patterns.push_back(std::move(bp));
  }
  if (clause.where) {
    if (clause.where->kind() == ast::Expr::Kind::kVariable) {
      const Var* v = scope_.Find(
          static_cast<const ast::VariableExpr&>(*clause.where).name);
      if (v != nullptr && v->type != VarType::kAny &&
          v->type != VarType::kValue) {
        return SemanticError(clause.where->span(), "InvalidArgumentType",
                             "WHERE needs a boolean, not a graph element");
      }
    }
    ExprEnv env;
    env.scope = &scope_;
    env.where = "in WHERE";
    KG_ASSIGN_OR_RETURN(match.where, BindExpr(*clause.where, env));
  }
  return BoundClause(std::move(match));
}

absl::StatusOr<BoundExprPtr> Binder::BindSubPattern(
    const std::vector<const ast::Pattern*>& patterns,
    const ast::Expr* predicate, const ast::Expr* projection,
    BoundExpr::Kind kind, SourceSpan span, const Scope& scope) {
  Scope inner = scope;
  // A pattern predicate may not introduce variables; EXISTS { } and
  // pattern comprehensions may.
  if (kind == BoundExpr::Kind::kExists && predicate == nullptr &&
      patterns.size() == 1) {
    if (patterns[0]->relationships.empty()) {
      return SemanticError(span, "InvalidArgumentType",
                           "a pattern predicate needs a relationship");
    }
    for (const ast::NodePattern& n : patterns[0]->nodes) {
      if (n.variable && scope.Find(n.variable->text) == nullptr) {
        return SemanticError(
            n.variable->span, "UndefinedVariable",
            absl::StrCat("variable '", n.variable->text, "' is not defined"));
      }
    }
    for (const ast::RelationshipPattern& r : patterns[0]->relationships) {
      if (r.variable && scope.Find(r.variable->text) == nullptr) {
        return SemanticError(
            r.variable->span, "UndefinedVariable",
            absl::StrCat("variable '", r.variable->text, "' is not defined"));
      }
    }
  }
  auto match = std::make_shared<BoundMatch>();
  for (const ast::Pattern* p : patterns) {
    KG_ASSIGN_OR_RETURN(
        BoundPattern bp,
        BindPattern(*p, PatternUse::kExpression, inner, match->new_slots));
    match->patterns.push_back(std::move(bp));
  }
  ExprEnv env;
  env.scope = &inner;
  env.where = "in a pattern expression";
  if (predicate != nullptr) {
    KG_ASSIGN_OR_RETURN(match->where, BindExpr(*predicate, env));
  }
  auto out = std::make_unique<BoundExpr>(kind, span);
  if (projection != nullptr) {
    KG_ASSIGN_OR_RETURN(BoundExprPtr proj, BindExpr(*projection, env));
    out->children.push_back(std::move(proj));
  }
  out->match = std::move(match);
  subqueries_.push_back(out.get());
  return out;
}

}  // namespace kg::query
