// Expressions: a Pratt loop over openCypher's operator levels, loosest first:
//   1 OR   2 XOR   3 AND   4 NOT (prefix)
//   5 comparison = <> < > <= >=, chained: a < b < c is (a < b) AND (b < c)
//   6 predicates STARTS WITH, ENDS WITH, CONTAINS, IN, =~, IS [NOT] NULL
//   7 + -   8 * / %   9 ^   10 unary + -
//   then postfix .key [i] [a..b] :Label, then atoms (parser_atom.cc).
// All binary operators are left-associative (2 ^ 3 ^ 2 is 64, as in the
// openCypher grammar). NOT may not stand inside an operand of a tighter
// operator (1 = NOT x is a syntax error, as in the grammar), while unary
// minus binds tighter than ^: -3 ^ 2 is 9.0. A '-' directly before a number
// folds into a negative literal, which is how -9223372036854775808 is a
// valid integer.
#include "absl/strings/str_cat.h"
#include "graph/status_macros.h"
#include "query/parser_impl.h"

namespace kg::query {
namespace {

enum Precedence : int {
  kOr = 1,
  kXor = 2,
  kAnd = 3,
  kNot = 4,
  kComparison = 5,
  kPredicate = 6,
  kAdditive = 7,
  kMultiplicative = 8,
  kPower = 9,
};

bool ComparisonOp(TokenKind kind, ast::CompareOp* op) {
  switch (kind) {
    case TokenKind::kEq:
      *op = ast::CompareOp::kEq;
      return true;
    case TokenKind::kNe:
      *op = ast::CompareOp::kNe;
      return true;
    case TokenKind::kLt:
      *op = ast::CompareOp::kLt;
      return true;
    case TokenKind::kGt:
      *op = ast::CompareOp::kGt;
      return true;
    case TokenKind::kLe:
      *op = ast::CompareOp::kLe;
      return true;
    case TokenKind::kGe:
      *op = ast::CompareOp::kGe;
      return true;
    default:
      return false;
  }
}

}  // namespace

absl::StatusOr<ast::ExprPtr> Parser::ParseExpression() {
  DepthGuard guard(this);
  if (!guard.ok()) return TooDeep();
  return ParseBinary(kOr);
}

absl::StatusOr<ast::ExprPtr> Parser::ParseBinary(int min_precedence) {
  const SourceSpan first = Peek().span;
  KG_ASSIGN_OR_RETURN(ast::ExprPtr lhs, ParsePrefix(min_precedence));
  WrapCounter wraps(this);
  while (true) {
    const Token& t = Peek();
    int precedence = 0;
    ast::BinaryOp op = ast::BinaryOp::kOr;
    ast::CompareOp compare;
    bool is_comparison = false;
    if (AtKeyword("OR")) {
      precedence = kOr;
      op = ast::BinaryOp::kOr;
    } else if (AtKeyword("XOR")) {
      precedence = kXor;
      op = ast::BinaryOp::kXor;
    } else if (AtKeyword("AND")) {
      precedence = kAnd;
      op = ast::BinaryOp::kAnd;
    } else if (ComparisonOp(t.kind, &compare)) {
      precedence = kComparison;
      is_comparison = true;
    } else if (AtKeyword("IN")) {
      precedence = kPredicate;
      op = ast::BinaryOp::kIn;
    } else if (AtKeyword("STARTS") && AtKeyword("WITH", 1)) {
      precedence = kPredicate;
      op = ast::BinaryOp::kStartsWith;
    } else if (AtKeyword("ENDS") && AtKeyword("WITH", 1)) {
      precedence = kPredicate;
      op = ast::BinaryOp::kEndsWith;
    } else if (AtKeyword("CONTAINS")) {
      precedence = kPredicate;
      op = ast::BinaryOp::kContains;
    } else if (t.kind == TokenKind::kRegexMatch) {
      precedence = kPredicate;
      op = ast::BinaryOp::kRegexMatch;
    } else if (AtKeyword("IS")) {
      precedence = kPredicate;
    } else if (t.kind == TokenKind::kPlus || t.kind == TokenKind::kMinus) {
      precedence = kAdditive;
      op = t.kind == TokenKind::kPlus ? ast::BinaryOp::kAdd
                                      : ast::BinaryOp::kSubtract;
    } else if (t.kind == TokenKind::kStar || t.kind == TokenKind::kSlash ||
               t.kind == TokenKind::kPercent) {
      precedence = kMultiplicative;
      op = t.kind == TokenKind::kStar    ? ast::BinaryOp::kMultiply
           : t.kind == TokenKind::kSlash ? ast::BinaryOp::kDivide
                                         : ast::BinaryOp::kModulo;
    } else if (t.kind == TokenKind::kCaret) {
      precedence = kPower;
      op = ast::BinaryOp::kPower;
    }
    if (precedence == 0 || precedence < min_precedence) break;
    if (!wraps.Add()) return TooDeep();

    if (is_comparison) {
      auto chain = std::make_unique<ast::ComparisonExpr>(first);
      chain->operands.push_back(std::move(lhs));
      while (ComparisonOp(Peek().kind, &compare)) {
        if (chain->ops.size() > 0 && !wraps.Add()) return TooDeep();
        Next();
        KG_ASSIGN_OR_RETURN(ast::ExprPtr rhs, ParseBinary(kPredicate));
        chain->ops.push_back(compare);
        chain->operands.push_back(std::move(rhs));
      }
      chain->set_span(SpanFrom(first));
      lhs = std::move(chain);
      continue;
    }
    if (AtKeyword("IS")) {
      Next();
      const bool negated = AcceptKeyword("NOT");
      KG_RETURN_IF_ERROR(ExpectKeyword("NULL"));
      lhs = std::make_unique<ast::IsNullExpr>(SpanFrom(first), std::move(lhs),
                                              negated);
      continue;
    }
    Next();
    if (op == ast::BinaryOp::kStartsWith || op == ast::BinaryOp::kEndsWith) {
      Next();  // WITH
    }
    // Predicates take an additive operand; the rest are left-associative.
    KG_ASSIGN_OR_RETURN(
        ast::ExprPtr rhs,
        ParseBinary(precedence == kPredicate ? kAdditive : precedence + 1));
    lhs = std::make_unique<ast::BinaryExpr>(SpanFrom(first), op, std::move(lhs),
                                            std::move(rhs));
  }
  return lhs;
}

absl::StatusOr<ast::ExprPtr> Parser::ParsePrefix(int min_precedence) {
  if (!AtKeyword("NOT")) return ParseUnary();
  if (min_precedence > kNot) {
    return SyntaxError(Peek().span, ErrorCategory::kUnexpectedSyntax,
                       "NOT cannot stand here without parentheses");
  }
  DepthGuard guard(this);
  if (!guard.ok()) return TooDeep();
  const SourceSpan first = Next().span;
  // NOT's operand is a whole comparison: NOT a = b is NOT (a = b).
  KG_ASSIGN_OR_RETURN(ast::ExprPtr operand, AtKeyword("NOT")
                                                ? ParsePrefix(kNot)
                                                : ParseBinary(kComparison));
  return ast::ExprPtr(std::make_unique<ast::UnaryExpr>(
      SpanFrom(first), ast::UnaryOp::kNot, std::move(operand)));
}

absl::StatusOr<ast::ExprPtr> Parser::ParseUnary() {
  if (!At(TokenKind::kMinus) && !At(TokenKind::kPlus)) {
    return ParseAtomWithPostfix();
  }
  DepthGuard guard(this);
  if (!guard.ok()) return TooDeep();
  const Token& sign = Next();
  if (sign.kind == TokenKind::kMinus && At(TokenKind::kInteger)) {
    KG_ASSIGN_OR_RETURN(ast::ExprPtr literal, ParseIntegerLiteral(sign));
    return ParsePostfix(std::move(literal));
  }
  if (sign.kind == TokenKind::kMinus && At(TokenKind::kFloat)) {
    const Token& number = Next();
    return ParsePostfix(std::make_unique<ast::LiteralExpr>(
        SpanFrom(sign.span), Value::Float(-number.float_value)));
  }
  KG_ASSIGN_OR_RETURN(ast::ExprPtr operand, ParseUnary());
  return ast::ExprPtr(std::make_unique<ast::UnaryExpr>(
      SpanFrom(sign.span),
      sign.kind == TokenKind::kMinus ? ast::UnaryOp::kMinus
                                     : ast::UnaryOp::kPlus,
      std::move(operand)));
}

absl::StatusOr<ast::ExprPtr> Parser::ParseIntegerLiteral(const Token& sign) {
  const bool negative = sign.kind == TokenKind::kMinus;
  const Token& number = Next();
  const SourceSpan span = negative ? SpanFrom(sign.span) : number.span;
  const uint64_t limit = static_cast<uint64_t>(INT64_MAX) + (negative ? 1 : 0);
  if (number.int_too_large || number.int_value > limit) {
    return SyntaxError(
        span, ErrorCategory::kIntegerOverflow,
        absl::StrCat("integer is too large: ",
                     std::string(source_.substr(span.offset, span.length))));
  }
  // -(2^63) wraps to INT64_MIN, which is what it means.
  const int64_t value = negative ? static_cast<int64_t>(0 - number.int_value)
                                 : static_cast<int64_t>(number.int_value);
  return ast::ExprPtr(
      std::make_unique<ast::LiteralExpr>(span, Value::Int(value)));
}

absl::StatusOr<ast::ExprPtr> Parser::ParseAtomWithPostfix() {
  KG_ASSIGN_OR_RETURN(ast::ExprPtr atom, ParseAtom());
  return ParsePostfix(std::move(atom));
}

absl::StatusOr<ast::ExprPtr> Parser::ParsePostfix(ast::ExprPtr expr) {
  const SourceSpan first = expr->span();
  WrapCounter wraps(this);
  while (true) {
    if (At(TokenKind::kDot)) {
      if (!wraps.Add()) return TooDeep();
      Next();
      KG_ASSIGN_OR_RETURN(ast::Name key, ParseSymbolicName("a property name"));
      expr = std::make_unique<ast::PropertyExpr>(
          SpanFrom(first), std::move(expr), std::move(key));
    } else if (At(TokenKind::kLBracket)) {
      if (!wraps.Add()) return TooDeep();
      Next();
      ast::ExprPtr from, to;
      bool slice = false;
      if (!At(TokenKind::kDotDot)) {
        KG_ASSIGN_OR_RETURN(from, ParseExpression());
      }
      if (Accept(TokenKind::kDotDot)) {
        slice = true;
        if (!At(TokenKind::kRBracket)) {
          KG_ASSIGN_OR_RETURN(to, ParseExpression());
        }
      }
      KG_RETURN_IF_ERROR(Expect(TokenKind::kRBracket));
      if (slice) {
        expr = std::make_unique<ast::SliceExpr>(
            SpanFrom(first), std::move(expr), std::move(from), std::move(to));
      } else {
        expr = std::make_unique<ast::SubscriptExpr>(
            SpanFrom(first), std::move(expr), std::move(from));
      }
    } else if (At(TokenKind::kColon)) {
      if (!wraps.Add()) return TooDeep();
      std::vector<ast::Name> labels;
      KG_RETURN_IF_ERROR(ParseLabels(&labels));
      expr = std::make_unique<ast::HasLabelsExpr>(
          SpanFrom(first), std::move(expr), std::move(labels));
    } else {
      return expr;
    }
  }
}

}  // namespace kg::query
