// Patterns:
//   pattern  := [p '='] (shortestPath | allShortestPaths) '(' element ')'
//             | [p '='] element
//   element  := node (relationship node)* | '(' element ')'
//   node     := '(' [var] (':' Label)* [map | $param] ')'
//   rel      := ['<'] '-' ['[' [var] [':' T ('|' [':'] U)*] ['*' range]
//               [map | $param] ']'] '-' ['>']
//   range    := [min] ['..' [max]]
// Arrows arrive as separate '<', '-', '>' tokens and are put together here.
#include "absl/strings/str_cat.h"
#include "graph/status_macros.h"
#include "query/parser_impl.h"

namespace kg::query {

absl::StatusOr<std::vector<ast::PatternPtr>> Parser::ParsePatternList() {
  std::vector<ast::PatternPtr> patterns;
  do {
    KG_ASSIGN_OR_RETURN(ast::PatternPtr pattern, ParsePattern());
    patterns.push_back(std::move(pattern));
  } while (Accept(TokenKind::kComma));
  return patterns;
}

absl::StatusOr<ast::PatternPtr> Parser::ParsePattern() {
  auto pattern = std::make_unique<ast::Pattern>();
  const SourceSpan first = Peek().span;
  if (At(TokenKind::kIdentifier) && At(TokenKind::kEq, 1)) {
    KG_ASSIGN_OR_RETURN(pattern->path_variable, ParseVariableName());
    Next();  // '='
  }
  if ((AtKeyword("shortestPath") || AtKeyword("allShortestPaths")) &&
      At(TokenKind::kLParen, 1)) {
    pattern->shortest = AtKeyword("shortestPath")
                            ? ast::Pattern::Shortest::kShortest
                            : ast::Pattern::Shortest::kAll;
    Next();
    Next();  // '('
    KG_RETURN_IF_ERROR(ParsePatternElement(pattern.get()));
    KG_RETURN_IF_ERROR(Expect(TokenKind::kRParen));
  } else {
    KG_RETURN_IF_ERROR(ParsePatternElement(pattern.get()));
  }
  pattern->span = SpanFrom(first);
  return pattern;
}

absl::Status Parser::ParsePatternElement(ast::Pattern* pattern) {
  DepthGuard guard(this);
  if (!guard.ok()) return TooDeep();
  if (At(TokenKind::kLParen) && At(TokenKind::kLParen, 1)) {
    Next();  // a parenthesized element: ((a)-->(b))
    KG_RETURN_IF_ERROR(ParsePatternElement(pattern));
    return Expect(TokenKind::kRParen);
  }
  KG_ASSIGN_OR_RETURN(ast::NodePattern node, ParseNodePattern());
  pattern->nodes.push_back(std::move(node));
  while (AtRelationshipStart()) {
    KG_ASSIGN_OR_RETURN(ast::RelationshipPattern rel,
                        ParseRelationshipPattern());
    pattern->relationships.push_back(std::move(rel));
    KG_ASSIGN_OR_RETURN(ast::NodePattern next, ParseNodePattern());
    pattern->nodes.push_back(std::move(next));
  }
  return absl::OkStatus();
}

bool Parser::AtRelationshipStart() const {
  return At(TokenKind::kMinus) ||
         (At(TokenKind::kLt) && At(TokenKind::kMinus, 1));
}

absl::StatusOr<ast::NodePattern> Parser::ParseNodePattern() {
  ast::NodePattern node;
  node.span = Peek().span;
  KG_RETURN_IF_ERROR(Expect(TokenKind::kLParen));
  if (At(TokenKind::kIdentifier)) {
    KG_ASSIGN_OR_RETURN(node.variable, ParseVariableName());
  }
  KG_RETURN_IF_ERROR(ParseLabels(&node.labels));
  KG_ASSIGN_OR_RETURN(node.properties, ParseProperties());
  KG_RETURN_IF_ERROR(Expect(TokenKind::kRParen));
  node.span = SpanFrom(node.span);
  return node;
}

absl::Status Parser::ParseLabels(std::vector<ast::Name>* labels) {
  while (Accept(TokenKind::kColon)) {
    KG_ASSIGN_OR_RETURN(ast::Name label, ParseSymbolicName("a label name"));
    labels->push_back(std::move(label));
  }
  return absl::OkStatus();
}

absl::StatusOr<ast::ExprPtr> Parser::ParseProperties() {
  if (At(TokenKind::kLBrace)) return ParseMapLiteral();
  if (At(TokenKind::kParameter)) {
    const Token& t = Next();
    return ast::ExprPtr(
        std::make_unique<ast::ParameterExpr>(t.span, std::string(t.text)));
  }
  return ast::ExprPtr();
}

absl::StatusOr<ast::RelationshipPattern> Parser::ParseRelationshipPattern() {
  ast::RelationshipPattern rel;
  rel.span = Peek().span;
  const bool left = Accept(TokenKind::kLt);
  KG_RETURN_IF_ERROR(Expect(TokenKind::kMinus));
  if (Accept(TokenKind::kLBracket)) {
    if (At(TokenKind::kIdentifier)) {
      KG_ASSIGN_OR_RETURN(rel.variable, ParseVariableName());
    }
    if (Accept(TokenKind::kColon)) {
      while (true) {
        KG_ASSIGN_OR_RETURN(ast::Name type,
                            ParseSymbolicName("a relationship type"));
        rel.types.push_back(std::move(type));
        if (!Accept(TokenKind::kPipe)) break;
        Accept(TokenKind::kColon);  // the older spelling T|:U
      }
    }
    if (At(TokenKind::kDotDot) || At(TokenKind::kInteger)) {
      return SyntaxError(Peek().span,
                         ErrorCategory::kInvalidRelationshipPattern,
                         "a variable-length range needs a '*' before it");
    }
    if (Accept(TokenKind::kStar)) {
      if (At(TokenKind::kMinus)) {
        return SyntaxError(Peek().span,
                           ErrorCategory::kInvalidRelationshipPattern,
                           "a variable-length bound cannot be negative");
      }
      ast::VarLength length;
      if (At(TokenKind::kInteger)) {
        KG_ASSIGN_OR_RETURN(length.min, ParseRangeBound());
        length.max = length.min;
      }
      if (Accept(TokenKind::kDotDot)) {
        length.max.reset();
        if (At(TokenKind::kInteger)) {
          KG_ASSIGN_OR_RETURN(length.max, ParseRangeBound());
        }
      }
      rel.length = length;
    }
    KG_ASSIGN_OR_RETURN(rel.properties, ParseProperties());
    KG_RETURN_IF_ERROR(Expect(TokenKind::kRBracket));
  }
  KG_RETURN_IF_ERROR(Expect(TokenKind::kMinus));
  const bool right = Accept(TokenKind::kGt);
  rel.direction = left == right ? ast::Direction::kBoth
                  : left        ? ast::Direction::kRightToLeft
                                : ast::Direction::kLeftToRight;
  rel.span = SpanFrom(rel.span);
  return rel;
}

absl::StatusOr<int64_t> Parser::ParseRangeBound() {
  const Token& t = Next();
  if (t.int_too_large || t.int_value > static_cast<uint64_t>(INT64_MAX)) {
    return SyntaxError(t.span, ErrorCategory::kIntegerOverflow,
                       absl::StrCat("integer is too large: ",
                                    std::string(source_.substr(
                                        t.span.offset, t.span.length))));
  }
  return static_cast<int64_t>(t.int_value);
}

bool Parser::LooksLikeRelationshipPattern(size_t i) const {
  if (TokenAt(i).kind != TokenKind::kLParen) return false;
  ++i;
  if (TokenAt(i).kind == TokenKind::kIdentifier) ++i;
  while (TokenAt(i).kind == TokenKind::kColon &&
         TokenAt(i + 1).kind == TokenKind::kIdentifier) {
    i += 2;
  }
  if (TokenAt(i).kind == TokenKind::kLBrace) {
    if (i >= match_.size() || match_[i] == UINT32_MAX) return false;
    i = match_[i] + 1;
  } else if (TokenAt(i).kind == TokenKind::kParameter) {
    ++i;
  }
  if (TokenAt(i).kind != TokenKind::kRParen) return false;
  const TokenKind a = TokenAt(i + 1).kind;
  const TokenKind b = TokenAt(i + 2).kind;
  const TokenKind c = TokenAt(i + 3).kind;
  if (a == TokenKind::kMinus) {
    return b == TokenKind::kLBracket ||
           (b == TokenKind::kMinus &&
            (c == TokenKind::kGt || c == TokenKind::kLParen));
  }
  return a == TokenKind::kLt && b == TokenKind::kMinus &&
         (c == TokenKind::kLBracket || c == TokenKind::kMinus);
}

}  // namespace kg::query
