// Atoms: literals, parameters, variables, parenthesized expressions, lists
// and list/pattern comprehensions, maps and map projections, CASE, function
// calls with count(*), the quantifiers all/any/none/single, reduce,
// exists(...) and EXISTS { }, and pattern predicates.
//
// What '[' and '(' open is decided by bounded lookahead, never by parsing
// twice, so no input makes the parser backtrack:
//   [x IN ...          list comprehension
//   [(a)-->(b) ...     pattern comprehension (also [p = (a)-->(b) ...])
//   [ ...              list literal
//   (a)-->(b)          pattern predicate, allowed in WHERE only
//   ( ...              parenthesized expression
#include "absl/strings/str_cat.h"
#include "graph/status_macros.h"
#include "query/parser_impl.h"

namespace kg::query {

absl::StatusOr<ast::ExprPtr> Parser::ParseAtom() {
  const Token& t = Peek();
  switch (t.kind) {
    case TokenKind::kInteger:
      return ParseIntegerLiteral(t);
    case TokenKind::kFloat:
      Next();
      return ast::ExprPtr(std::make_unique<ast::LiteralExpr>(
          t.span, Value::Float(t.float_value)));
    case TokenKind::kString:
      Next();
      return ast::ExprPtr(std::make_unique<ast::LiteralExpr>(
          t.span, Value::String(std::string(t.text))));
    case TokenKind::kParameter:
      Next();
      return ast::ExprPtr(
          std::make_unique<ast::ParameterExpr>(t.span, std::string(t.text)));
    case TokenKind::kLBracket:
      return ParseBracketed();
    case TokenKind::kLBrace:
      return ParseMapLiteral();
    case TokenKind::kLParen:
      if (LooksLikeRelationshipPattern(pos_)) return ParsePatternPredicate();
      return ParseParenthesized();
    case TokenKind::kIdentifier:
      break;
    default:
      return Unexpected(t, "an expression");
  }
  if (!t.quoted) {
    if (AtKeyword("TRUE") || AtKeyword("FALSE")) {
      const bool value = AtKeyword("TRUE");
      Next();
      return ast::ExprPtr(
          std::make_unique<ast::LiteralExpr>(t.span, Value::Bool(value)));
    }
    if (AtKeyword("NULL")) {
      Next();
      return ast::ExprPtr(std::make_unique<ast::LiteralExpr>(t.span, Value()));
    }
    if (AtKeyword("CASE")) return ParseCase();
    if (At(TokenKind::kLParen, 1)) {
      if (AtKeyword("COUNT") && At(TokenKind::kStar, 2) &&
          At(TokenKind::kRParen, 3)) {
        Next();
        Next();
        Next();
        Next();
        return ast::ExprPtr(
            std::make_unique<ast::CountStarExpr>(SpanFrom(t.span)));
      }
      if (AtKeyword("ALL")) return ParseQuantifier(ast::QuantifierKind::kAll);
      if (AtKeyword("ANY")) return ParseQuantifier(ast::QuantifierKind::kAny);
      if (AtKeyword("NONE")) {
        return ParseQuantifier(ast::QuantifierKind::kNone);
      }
      if (AtKeyword("SINGLE")) {
        return ParseQuantifier(ast::QuantifierKind::kSingle);
      }
      if (AtKeyword("REDUCE")) return ParseReduce();
    }
    if (AtKeyword("EXISTS") && At(TokenKind::kLBrace, 1)) return ParseExists();
  }
  if (AtFunctionCall()) return ParseFunctionCall();
  if (IsReservedWord(t)) return Unexpected(t, "an expression");
  if (At(TokenKind::kLBrace, 1)) return ParseMapProjection();
  Next();
  return ast::ExprPtr(
      std::make_unique<ast::VariableExpr>(t.span, std::string(t.text)));
}

bool Parser::AtFunctionCall() const {
  size_t i = 0;
  while (At(TokenKind::kIdentifier, i) && At(TokenKind::kDot, i + 1) &&
         At(TokenKind::kIdentifier, i + 2)) {
    i += 2;
  }
  return At(TokenKind::kIdentifier, i) && At(TokenKind::kLParen, i + 1);
}

absl::StatusOr<ast::ExprPtr> Parser::ParseParenthesized() {
  const SourceSpan first = Next().span;
  KG_ASSIGN_OR_RETURN(ast::ExprPtr inner, ParseExpression());
  KG_RETURN_IF_ERROR(Expect(TokenKind::kRParen));
  // The parentheses belong to the text (a column is named "(1 + 2)").
  inner->set_span(SpanFrom(first));
  return inner;
}

absl::StatusOr<ast::ExprPtr> Parser::ParsePatternPredicate() {
  if (!patterns_allowed_) {
    return SyntaxError(
        Peek().span, ErrorCategory::kUnexpectedSyntax,
        "a pattern can only be used as a predicate in WHERE; use a pattern "
        "comprehension [(a)-->(b) | b] or EXISTS { } elsewhere");
  }
  auto predicate = std::make_unique<ast::PatternPredicateExpr>(Peek().span);
  KG_ASSIGN_OR_RETURN(predicate->pattern, ParsePattern());
  predicate->set_span(predicate->pattern->span);
  return ast::ExprPtr(std::move(predicate));
}

absl::StatusOr<ast::ExprPtr> Parser::ParseBracketed() {
  if (At(TokenKind::kIdentifier, 1) && AtKeyword("IN", 2)) {
    return ParseListComprehension();
  }
  if (LooksLikeRelationshipPattern(pos_ + 1) ||
      (At(TokenKind::kIdentifier, 1) && At(TokenKind::kEq, 2) &&
       LooksLikeRelationshipPattern(pos_ + 3))) {
    return ParsePatternComprehension();
  }
  auto list = std::make_unique<ast::ListExpr>(Next().span);
  if (!Accept(TokenKind::kRBracket)) {
    do {
      KG_ASSIGN_OR_RETURN(ast::ExprPtr item, ParseExpression());
      list->items.push_back(std::move(item));
    } while (Accept(TokenKind::kComma));
    KG_RETURN_IF_ERROR(Expect(TokenKind::kRBracket));
  }
  list->set_span(SpanFrom(list->span()));
  return ast::ExprPtr(std::move(list));
}

absl::StatusOr<ast::ExprPtr> Parser::ParseListComprehension() {
  auto comp = std::make_unique<ast::ListComprehensionExpr>(Next().span);
  KG_ASSIGN_OR_RETURN(comp->variable, ParseVariableName());
  Next();  // IN
  KG_ASSIGN_OR_RETURN(comp->list, ParseExpression());
  KG_ASSIGN_OR_RETURN(comp->predicate, ParseOptionalWhere());
  if (Accept(TokenKind::kPipe)) {
    KG_ASSIGN_OR_RETURN(comp->projection, ParseExpression());
  }
  KG_RETURN_IF_ERROR(Expect(TokenKind::kRBracket));
  comp->set_span(SpanFrom(comp->span()));
  return ast::ExprPtr(std::move(comp));
}

absl::StatusOr<ast::ExprPtr> Parser::ParsePatternComprehension() {
  DepthGuard guard(this);
  if (!guard.ok()) return TooDeep();
  auto comp = std::make_unique<ast::PatternComprehensionExpr>(Next().span);
  KG_ASSIGN_OR_RETURN(comp->pattern, ParsePattern());
  KG_ASSIGN_OR_RETURN(comp->predicate, ParseOptionalWhere());
  KG_RETURN_IF_ERROR(Expect(TokenKind::kPipe));
  KG_ASSIGN_OR_RETURN(comp->projection, ParseExpression());
  KG_RETURN_IF_ERROR(Expect(TokenKind::kRBracket));
  comp->set_span(SpanFrom(comp->span()));
  return ast::ExprPtr(std::move(comp));
}

absl::StatusOr<ast::ExprPtr> Parser::ParseMapLiteral() {
  DepthGuard guard(this);
  if (!guard.ok()) return TooDeep();
  auto map = std::make_unique<ast::MapExpr>(Peek().span);
  KG_RETURN_IF_ERROR(Expect(TokenKind::kLBrace));
  if (!Accept(TokenKind::kRBrace)) {
    do {
      KG_ASSIGN_OR_RETURN(ast::Name key,
                          ParseSymbolicName("a property key name"));
      KG_RETURN_IF_ERROR(Expect(TokenKind::kColon));
      KG_ASSIGN_OR_RETURN(ast::ExprPtr value, ParseExpression());
      map->entries.emplace_back(std::move(key), std::move(value));
    } while (Accept(TokenKind::kComma));
    KG_RETURN_IF_ERROR(Expect(TokenKind::kRBrace));
  }
  map->set_span(SpanFrom(map->span()));
  return ast::ExprPtr(std::move(map));
}

absl::StatusOr<ast::ExprPtr> Parser::ParseMapProjection() {
  DepthGuard guard(this);
  if (!guard.ok()) return TooDeep();
  auto proj = std::make_unique<ast::MapProjectionExpr>(Peek().span);
  KG_ASSIGN_OR_RETURN(proj->variable, ParseVariableName());
  Next();  // '{'
  if (!Accept(TokenKind::kRBrace)) {
    do {
      ast::MapProjectionExpr::Item item;
      if (Accept(TokenKind::kDot)) {
        if (Accept(TokenKind::kStar)) {
          item.kind = ast::MapProjectionExpr::ItemKind::kAllProperties;
        } else {
          item.kind = ast::MapProjectionExpr::ItemKind::kProperty;
          KG_ASSIGN_OR_RETURN(item.name, ParseSymbolicName("a property name"));
        }
      } else if (At(TokenKind::kColon, 1)) {
        item.kind = ast::MapProjectionExpr::ItemKind::kEntry;
        KG_ASSIGN_OR_RETURN(item.name,
                            ParseSymbolicName("a property key name"));
        Next();  // ':'
        KG_ASSIGN_OR_RETURN(item.value, ParseExpression());
      } else {
        item.kind = ast::MapProjectionExpr::ItemKind::kVariable;
        KG_ASSIGN_OR_RETURN(item.name, ParseVariableName());
      }
      proj->items.push_back(std::move(item));
    } while (Accept(TokenKind::kComma));
    KG_RETURN_IF_ERROR(Expect(TokenKind::kRBrace));
  }
  proj->set_span(SpanFrom(proj->span()));
  return ast::ExprPtr(std::move(proj));
}

absl::StatusOr<ast::ExprPtr> Parser::ParseCase() {
  auto expr = std::make_unique<ast::CaseExpr>(Next().span);
  if (!AtKeyword("WHEN")) {
    KG_ASSIGN_OR_RETURN(expr->subject, ParseExpression());
  }
  if (!AtKeyword("WHEN")) return Unexpected(Peek(), "WHEN");
  while (AcceptKeyword("WHEN")) {
    KG_ASSIGN_OR_RETURN(ast::ExprPtr when, ParseExpression());
    KG_RETURN_IF_ERROR(ExpectKeyword("THEN"));
    KG_ASSIGN_OR_RETURN(ast::ExprPtr then, ParseExpression());
    expr->whens.emplace_back(std::move(when), std::move(then));
  }
  if (AcceptKeyword("ELSE")) {
    KG_ASSIGN_OR_RETURN(expr->otherwise, ParseExpression());
  }
  KG_RETURN_IF_ERROR(ExpectKeyword("END"));
  expr->set_span(SpanFrom(expr->span()));
  return ast::ExprPtr(std::move(expr));
}

absl::StatusOr<ast::ExprPtr> Parser::ParseFunctionCall() {
  const Token& head = Peek();
  const bool qualified = At(TokenKind::kDot, 1);
  const bool exists = !qualified && AtKeyword("EXISTS");
  if (!qualified && !exists && IsReservedWord(head)) {
    return Unexpected(head, "an expression");
  }
  std::string name(Next().text);
  while (Accept(TokenKind::kDot)) {
    name += ".";
    name += Next().text;
  }
  auto call =
      std::make_unique<ast::FunctionCallExpr>(head.span, std::move(name));
  Next();  // '('
  // exists((a)-->(b)) takes a pattern wherever it stands.
  FlagSetter allow(&patterns_allowed_, patterns_allowed_ || exists);
  call->distinct = AcceptKeyword("DISTINCT");
  if (!Accept(TokenKind::kRParen)) {
    do {
      KG_ASSIGN_OR_RETURN(ast::ExprPtr arg, ParseExpression());
      call->args.push_back(std::move(arg));
    } while (Accept(TokenKind::kComma));
    KG_RETURN_IF_ERROR(Expect(TokenKind::kRParen));
  }
  call->set_span(SpanFrom(head.span));
  return ast::ExprPtr(std::move(call));
}

absl::StatusOr<ast::ExprPtr> Parser::ParseQuantifier(ast::QuantifierKind kind) {
  auto expr = std::make_unique<ast::QuantifierExpr>(Next().span, kind);
  KG_RETURN_IF_ERROR(Expect(TokenKind::kLParen));
  KG_ASSIGN_OR_RETURN(expr->variable, ParseVariableName());
  KG_RETURN_IF_ERROR(ExpectKeyword("IN"));
  KG_ASSIGN_OR_RETURN(expr->list, ParseExpression());
  KG_ASSIGN_OR_RETURN(expr->predicate, ParseOptionalWhere());
  KG_RETURN_IF_ERROR(Expect(TokenKind::kRParen));
  expr->set_span(SpanFrom(expr->span()));
  return ast::ExprPtr(std::move(expr));
}

absl::StatusOr<ast::ExprPtr> Parser::ParseReduce() {
  auto expr = std::make_unique<ast::ReduceExpr>(Next().span);
  KG_RETURN_IF_ERROR(Expect(TokenKind::kLParen));
  KG_ASSIGN_OR_RETURN(expr->accumulator, ParseVariableName());
  KG_RETURN_IF_ERROR(Expect(TokenKind::kEq));
  KG_ASSIGN_OR_RETURN(expr->init, ParseExpression());
  KG_RETURN_IF_ERROR(Expect(TokenKind::kComma));
  KG_ASSIGN_OR_RETURN(expr->variable, ParseVariableName());
  KG_RETURN_IF_ERROR(ExpectKeyword("IN"));
  KG_ASSIGN_OR_RETURN(expr->list, ParseExpression());
  KG_RETURN_IF_ERROR(Expect(TokenKind::kPipe));
  KG_ASSIGN_OR_RETURN(expr->expression, ParseExpression());
  KG_RETURN_IF_ERROR(Expect(TokenKind::kRParen));
  expr->set_span(SpanFrom(expr->span()));
  return ast::ExprPtr(std::move(expr));
}

absl::StatusOr<ast::ExprPtr> Parser::ParseExists() {
  DepthGuard guard(this);
  if (!guard.ok()) return TooDeep();
  auto expr = std::make_unique<ast::ExistsExpr>(Next().span);
  Next();  // '{'
  if (AtClauseStart()) {
    KG_ASSIGN_OR_RETURN(expr->query, ParseQuery());
  } else {
    KG_ASSIGN_OR_RETURN(expr->patterns, ParsePatternList());
    KG_ASSIGN_OR_RETURN(expr->predicate, ParseOptionalWhere());
  }
  KG_RETURN_IF_ERROR(Expect(TokenKind::kRBrace));
  expr->set_span(SpanFrom(expr->span()));
  return ast::ExprPtr(std::move(expr));
}

}  // namespace kg::query
