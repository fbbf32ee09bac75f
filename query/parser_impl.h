// The Parser class behind Parse(); internal to query/. Its members are split
// by grammar area: parser.cc (entry, tokens, names, statements),
// parser_clause.cc (clauses), parser_pattern.cc (patterns), parser_expr.cc
// (operators) and parser_atom.cc (atoms).
//
// One Parser parses one text once; it owns the Lexer and the token vector,
// and moves each AST node out as soon as it is built.
#ifndef KG_QUERY_PARSER_IMPL_H_
#define KG_QUERY_PARSER_IMPL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "query/ast.h"
#include "query/lexer.h"
#include "query/parser.h"

namespace kg::query {

class Parser {
 public:
  explicit Parser(std::string_view text);
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  absl::StatusOr<std::unique_ptr<ast::Statement>> ParseStatement();

 private:
  // Counts one level of nesting for as long as it lives.
  class DepthGuard {
   public:
    explicit DepthGuard(Parser* p) : p_(p) { ++p_->depth_; }
    ~DepthGuard() { --p_->depth_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
    bool ok() const { return p_->depth_ <= kMaxNestingDepth; }

   private:
    Parser* p_;
  };
  // Counts the levels a loop adds by wrapping its result (a + b + c ...),
  // until the end of the enclosing function.
  class WrapCounter {
   public:
    explicit WrapCounter(Parser* p) : p_(p) {}
    ~WrapCounter() { p_->depth_ -= count_; }
    WrapCounter(const WrapCounter&) = delete;
    WrapCounter& operator=(const WrapCounter&) = delete;
    bool Add() {
      ++count_;
      ++p_->depth_;
      return p_->depth_ <= kMaxNestingDepth;
    }

   private:
    Parser* p_;
    int count_ = 0;
  };
  // Sets a flag for as long as it lives.
  class FlagSetter {
   public:
    FlagSetter(bool* flag, bool value) : flag_(flag), saved_(*flag) {
      *flag_ = value;
    }
    ~FlagSetter() { *flag_ = saved_; }
    FlagSetter(const FlagSetter&) = delete;
    FlagSetter& operator=(const FlagSetter&) = delete;

   private:
    bool* flag_;
    bool saved_;
  };

  // Tokens.
  const Token& Peek(size_t ahead = 0) const {
    const size_t i = pos_ + ahead;
    return i < tokens_.size() ? tokens_[i] : tokens_.back();
  }
  const Token& TokenAt(size_t i) const {
    return i < tokens_.size() ? tokens_[i] : tokens_.back();
  }
  const Token& Next() {
    const Token& t = Peek();
    if (pos_ + 1 < tokens_.size()) ++pos_;
    return t;
  }
  bool At(TokenKind kind, size_t ahead = 0) const {
    return Peek(ahead).kind == kind;
  }
  bool Accept(TokenKind kind);
  absl::Status Expect(TokenKind kind);
  bool AtKeyword(std::string_view keyword, size_t ahead = 0) const;
  bool AcceptKeyword(std::string_view keyword);
  absl::Status ExpectKeyword(std::string_view keyword);
  // The span from `first` to the last token consumed.
  SourceSpan SpanFrom(const SourceSpan& first) const;
  // "expected <expected> but found <token>", or the token's own error if it
  // is a lexical error.
  absl::Status Unexpected(const Token& found, std::string_view expected) const;
  absl::Status TooDeep() const;

  // Statements and clauses (parser.cc).
  absl::StatusOr<std::unique_ptr<ast::Query>> ParseQuery();
  absl::StatusOr<ast::SingleQuery> ParseSingleQuery();
  bool AtClauseStart() const;
  absl::StatusOr<ast::ClausePtr> ParseClause();
  absl::StatusOr<ast::ClausePtr> ParseMatch();
  absl::StatusOr<ast::ClausePtr> ParseUnwind();
  absl::StatusOr<ast::ClausePtr> ParseWith();
  absl::StatusOr<ast::ClausePtr> ParseReturn();
  absl::Status ParseProjection(ast::Projection* projection);
  absl::StatusOr<ast::ClausePtr> ParseCreate();
  absl::StatusOr<ast::ClausePtr> ParseMerge();
  absl::Status ParseSetItems(std::vector<ast::SetItem>* items);
  absl::StatusOr<ast::ClausePtr> ParseSet();
  absl::StatusOr<ast::ClausePtr> ParseRemove();
  absl::StatusOr<ast::ClausePtr> ParseDelete();
  absl::StatusOr<ast::ClausePtr> ParseCall();
  // WHERE expr if present (pattern predicates allowed), else null.
  absl::StatusOr<ast::ExprPtr> ParseOptionalWhere();

  // Names.
  // Any name: a word (keywords too) or a quoted name.
  absl::StatusOr<ast::Name> ParseSymbolicName(std::string_view what);
  // A name that may bind a variable: reserved words only when quoted.
  absl::StatusOr<ast::Name> ParseVariableName();
  bool IsReservedWord(const Token& t) const;

  // Patterns (parser_pattern.cc).
  absl::StatusOr<std::vector<ast::PatternPtr>> ParsePatternList();
  absl::StatusOr<ast::PatternPtr> ParsePattern();
  absl::Status ParsePatternElement(ast::Pattern* pattern);
  absl::StatusOr<ast::NodePattern> ParseNodePattern();
  absl::StatusOr<ast::RelationshipPattern> ParseRelationshipPattern();
  absl::Status ParseLabels(std::vector<ast::Name>* labels);
  absl::StatusOr<ast::ExprPtr> ParseProperties();
  absl::StatusOr<int64_t> ParseRangeBound();
  bool AtRelationshipStart() const;
  // True if the '(' at token i opens a node pattern that a relationship
  // follows: (a)-->, (a)-[, (a)<-- ... Pure lookahead, O(1) per call.
  bool LooksLikeRelationshipPattern(size_t i) const;

  // Expressions (parser_expr.cc).
  absl::StatusOr<ast::ExprPtr> ParseExpression();
  absl::StatusOr<ast::ExprPtr> ParseBinary(int min_precedence);
  absl::StatusOr<ast::ExprPtr> ParsePrefix(int min_precedence);
  absl::StatusOr<ast::ExprPtr> ParseUnary();
  absl::StatusOr<ast::ExprPtr> ParsePostfix(ast::ExprPtr expr);
  // An atom and its property lookups, subscripts and labels: what SET and
  // REMOVE take as targets.
  absl::StatusOr<ast::ExprPtr> ParseAtomWithPostfix();
  absl::StatusOr<ast::ExprPtr> ParseIntegerLiteral(const Token& sign);

  // Atoms (parser_atom.cc).
  absl::StatusOr<ast::ExprPtr> ParseAtom();
  absl::StatusOr<ast::ExprPtr> ParseParenthesized();
  absl::StatusOr<ast::ExprPtr> ParseBracketed();
  absl::StatusOr<ast::ExprPtr> ParseListComprehension();
  absl::StatusOr<ast::ExprPtr> ParsePatternComprehension();
  absl::StatusOr<ast::ExprPtr> ParseMapLiteral();
  absl::StatusOr<ast::ExprPtr> ParseCase();
  absl::StatusOr<ast::ExprPtr> ParseFunctionCall();
  absl::StatusOr<ast::ExprPtr> ParseQuantifier(ast::QuantifierKind kind);
  absl::StatusOr<ast::ExprPtr> ParseReduce();
  absl::StatusOr<ast::ExprPtr> ParseExists();
  absl::StatusOr<ast::ExprPtr> ParseMapProjection();
  absl::StatusOr<ast::ExprPtr> ParsePatternPredicate();
  bool AtFunctionCall() const;

  std::string_view source_;
  Lexer lexer_;
  std::vector<Token> tokens_;
  // For each '(' '[' '{' token, the index of its closing token, or npos.
  std::vector<uint32_t> match_;
  size_t pos_ = 0;
  int depth_ = 0;
  // Pattern predicates such as (a)-->(b) are expressions only inside WHERE
  // (and exists(...)); elsewhere they are refused as UnexpectedSyntax.
  bool patterns_allowed_ = false;
};

}  // namespace kg::query

#endif  // KG_QUERY_PARSER_IMPL_H_
