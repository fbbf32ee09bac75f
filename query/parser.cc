// The parser's entry point, token helpers, names, and the statement level:
//   statement := [EXPLAIN | PROFILE] query [';']
//   query     := single (UNION [ALL] single)*
//   single    := clause+                        (clauses: parser_clause.cc)
// Which clause may follow which is the binder's business, except YIELD *,
// which the grammar itself allows only in a CALL standing alone.
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "graph/status_macros.h"
#include "query/lexer_internal.h"
#include "query/parser_impl.h"

namespace kg::query {

absl::StatusOr<std::unique_ptr<ast::Statement>> Parse(std::string_view text) {
  Parser parser(text);
  return parser.ParseStatement();
}

namespace {

absl::string_view AbslView(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}

}  // namespace

Parser::Parser(std::string_view text) : source_(text), lexer_(text) {
  tokens_ = lexer_.Tokenize();
  // Bracket matching for lookahead; mismatched closers are ignored.
  match_.assign(tokens_.size(), UINT32_MAX);
  std::vector<uint32_t> open;
  for (uint32_t i = 0; i < tokens_.size(); ++i) {
    const TokenKind k = tokens_[i].kind;
    if (k == TokenKind::kLParen || k == TokenKind::kLBracket ||
        k == TokenKind::kLBrace) {
      open.push_back(i);
    } else if (k == TokenKind::kRParen || k == TokenKind::kRBracket ||
               k == TokenKind::kRBrace) {
      if (open.empty()) continue;
      const TokenKind o = tokens_[open.back()].kind;
      if ((o == TokenKind::kLParen && k == TokenKind::kRParen) ||
          (o == TokenKind::kLBracket && k == TokenKind::kRBracket) ||
          (o == TokenKind::kLBrace && k == TokenKind::kRBrace)) {
        match_[open.back()] = i;
        open.pop_back();
      }
    }
  }
}

bool Parser::Accept(TokenKind kind) {
  if (!At(kind)) return false;
  Next();
  return true;
}

absl::Status Parser::Expect(TokenKind kind) {
  if (Accept(kind)) return absl::OkStatus();
  return Unexpected(Peek(), absl::StrCat("'", TokenKindName(kind), "'"));
}

bool Parser::AtKeyword(std::string_view keyword, size_t ahead) const {
  const Token& t = Peek(ahead);
  return t.kind == TokenKind::kIdentifier && !t.quoted &&
         absl::EqualsIgnoreCase(AbslView(t.text), AbslView(keyword));
}

bool Parser::AcceptKeyword(std::string_view keyword) {
  if (!AtKeyword(keyword)) return false;
  Next();
  return true;
}

absl::Status Parser::ExpectKeyword(std::string_view keyword) {
  if (AcceptKeyword(keyword)) return absl::OkStatus();
  return Unexpected(Peek(), keyword);
}

SourceSpan Parser::SpanFrom(const SourceSpan& first) const {
  if (pos_ == 0) return first;
  return Cover(first, tokens_[pos_ - 1].span);
}

absl::Status Parser::Unexpected(const Token& found,
                                std::string_view expected) const {
  if (found.kind == TokenKind::kError) {
    return SyntaxError(found.span, found.error, found.text);
  }
  const std::string what =
      found.kind == TokenKind::kEnd
          ? std::string("end of input")
          : absl::StrCat("'",
                         lexer_internal::Describe(source_.substr(
                             found.span.offset, found.span.length)),
                         "'");
  return SyntaxError(
      found.span, ErrorCategory::kUnexpectedSyntax,
      absl::StrCat("expected ", AbslView(expected), " but found ", what));
}

absl::Status Parser::TooDeep() const {
  return SyntaxError(Peek().span, ErrorCategory::kNestingTooDeep,
                     absl::StrCat("nesting too deep (the limit is ",
                                  kMaxNestingDepth, " levels)"));
}

// openCypher's reserved words: they name a variable only in backticks.
bool Parser::IsReservedWord(const Token& t) const {
  static const auto* const kReserved = new absl::flat_hash_set<std::string>{
      "ALL",       "ASC",        "ASCENDING", "BY",       "CREATE",  "DELETE",
      "DESC",      "DESCENDING", "DETACH",    "EXISTS",   "LIMIT",   "MATCH",
      "MERGE",     "ON",         "OPTIONAL",  "ORDER",    "REMOVE",  "RETURN",
      "SET",       "SKIP",       "WHERE",     "WITH",     "UNION",   "UNWIND",
      "AND",       "AS",         "CONTAINS",  "DISTINCT", "ENDS",    "IN",
      "IS",        "NOT",        "OR",        "STARTS",   "XOR",     "CASE",
      "ELSE",      "END",        "THEN",      "WHEN",     "NULL",    "TRUE",
      "FALSE",     "CONSTRAINT", "DO",        "FOR",      "REQUIRE", "UNIQUE",
      "MANDATORY", "SCALAR",     "OF",        "ADD",      "DROP"};
  if (t.kind != TokenKind::kIdentifier || t.quoted) return false;
  return kReserved->contains(absl::AsciiStrToUpper(AbslView(t.text)));
}

absl::StatusOr<ast::Name> Parser::ParseSymbolicName(std::string_view what) {
  const Token& t = Peek();
  if (t.kind == TokenKind::kIdentifier) {
    Next();
    return ast::Name{std::string(t.text), t.span};
  }
  if (t.kind == TokenKind::kError &&
      t.error == ErrorCategory::kInvalidNumberLiteral) {
    // "1B2c" where a name belongs is bad syntax, not a bad number.
    return SyntaxError(t.span, ErrorCategory::kUnexpectedSyntax,
                       absl::StrCat("expected ", AbslView(what), " but found '",
                                    lexer_internal::Describe(source_.substr(
                                        t.span.offset, t.span.length)),
                                    "'"));
  }
  return Unexpected(t, what);
}

absl::StatusOr<ast::Name> Parser::ParseVariableName() {
  if (IsReservedWord(Peek())) return Unexpected(Peek(), "a variable name");
  return ParseSymbolicName("a variable name");
}

absl::StatusOr<std::unique_ptr<ast::Statement>> Parser::ParseStatement() {
  auto statement = std::make_unique<ast::Statement>();
  const SourceSpan first = Peek().span;
  if (AcceptKeyword("EXPLAIN")) {
    statement->mode = ast::Statement::Mode::kExplain;
  } else if (AcceptKeyword("PROFILE")) {
    statement->mode = ast::Statement::Mode::kProfile;
  }
  KG_ASSIGN_OR_RETURN(statement->query, ParseQuery());
  Accept(TokenKind::kSemicolon);
  if (!At(TokenKind::kEnd)) return Unexpected(Peek(), "end of input");
  statement->span = SpanFrom(first);
  return statement;
}

absl::StatusOr<std::unique_ptr<ast::Query>> Parser::ParseQuery() {
  DepthGuard guard(this);
  if (!guard.ok()) return TooDeep();
  auto query = std::make_unique<ast::Query>();
  const SourceSpan first = Peek().span;
  KG_ASSIGN_OR_RETURN(ast::SingleQuery part, ParseSingleQuery());
  query->parts.push_back(std::move(part));
  while (AcceptKeyword("UNION")) {
    query->union_all.push_back(AcceptKeyword("ALL"));
    KG_ASSIGN_OR_RETURN(ast::SingleQuery next, ParseSingleQuery());
    query->parts.push_back(std::move(next));
  }
  query->span = SpanFrom(first);
  return query;
}

absl::StatusOr<ast::SingleQuery> Parser::ParseSingleQuery() {
  ast::SingleQuery single;
  const SourceSpan first = Peek().span;
  if (!AtClauseStart()) {
    return Unexpected(Peek(), "a clause such as MATCH, CREATE or RETURN");
  }
  while (AtClauseStart()) {
    KG_ASSIGN_OR_RETURN(ast::ClausePtr clause, ParseClause());
    single.clauses.push_back(std::move(clause));
  }
  for (const ast::ClausePtr& clause : single.clauses) {
    if (clause->kind() != ast::Clause::Kind::kCall) continue;
    const auto& call = static_cast<const ast::CallClause&>(*clause);
    if (call.yield_star && single.clauses.size() > 1) {
      return SyntaxError(call.span(), ErrorCategory::kUnexpectedSyntax,
                         "YIELD * is only allowed in a CALL standing alone");
    }
  }
  single.span = SpanFrom(first);
  return single;
}

}  // namespace kg::query
