// Out-of-line members of the AST: the destructors of the nodes that own a
// Pattern or a Query, which ast_expr.h only declares.
#include "query/ast.h"

namespace kg::query::ast {

Expr::~Expr() = default;

PatternComprehensionExpr::PatternComprehensionExpr(SourceSpan span)
    : Expr(Kind::kPatternComprehension, span) {}
PatternComprehensionExpr::~PatternComprehensionExpr() = default;

PatternPredicateExpr::PatternPredicateExpr(SourceSpan span)
    : Expr(Kind::kPatternPredicate, span) {}
PatternPredicateExpr::~PatternPredicateExpr() = default;

ExistsExpr::ExistsExpr(SourceSpan span) : Expr(Kind::kExists, span) {}
ExistsExpr::~ExistsExpr() = default;

}  // namespace kg::query::ast
