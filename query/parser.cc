// The parser's entry point, token helpers, names, and the clause grammar:
//   statement := [EXPLAIN | PROFILE] query [';']
//   query     := single (UNION [ALL] single)*
//   single    := clause+
//   clause    := [OPTIONAL] MATCH patterns [WHERE e] | UNWIND e AS x
//              | WITH projection [WHERE e] | RETURN projection
//              | CREATE patterns | MERGE pattern (ON (CREATE|MATCH) SET ...)*
//              | SET items | REMOVE items | [DETACH] DELETE e, ...
//              | CALL ns.proc[(args)] [YIELD * | YIELD x [AS y], ... [WHERE e]]
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

bool Parser::AtClauseStart() const {
  static constexpr std::string_view kClauseKeywords[] = {
      "MATCH", "OPTIONAL", "UNWIND", "WITH",   "RETURN", "CREATE",
      "MERGE", "SET",      "REMOVE", "DELETE", "DETACH", "CALL"};
  for (std::string_view k : kClauseKeywords) {
    if (AtKeyword(k)) return true;
  }
  return false;
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

absl::StatusOr<ast::ClausePtr> Parser::ParseClause() {
  if (AtKeyword("MATCH") || AtKeyword("OPTIONAL")) return ParseMatch();
  if (AtKeyword("UNWIND")) return ParseUnwind();
  if (AtKeyword("WITH")) return ParseWith();
  if (AtKeyword("RETURN")) return ParseReturn();
  if (AtKeyword("CREATE")) return ParseCreate();
  if (AtKeyword("MERGE")) return ParseMerge();
  if (AtKeyword("SET")) return ParseSet();
  if (AtKeyword("REMOVE")) return ParseRemove();
  if (AtKeyword("DELETE") || AtKeyword("DETACH")) return ParseDelete();
  return ParseCall();
}

absl::StatusOr<ast::ExprPtr> Parser::ParseOptionalWhere() {
  if (!AcceptKeyword("WHERE")) return ast::ExprPtr();
  FlagSetter allow(&patterns_allowed_, true);
  return ParseExpression();
}

absl::StatusOr<ast::ClausePtr> Parser::ParseMatch() {
  auto match = std::make_unique<ast::MatchClause>(Peek().span);
  match->optional = AcceptKeyword("OPTIONAL");
  KG_RETURN_IF_ERROR(ExpectKeyword("MATCH"));
  KG_ASSIGN_OR_RETURN(match->patterns, ParsePatternList());
  KG_ASSIGN_OR_RETURN(match->where, ParseOptionalWhere());
  match->set_span(SpanFrom(match->span()));
  return match;
}

absl::StatusOr<ast::ClausePtr> Parser::ParseUnwind() {
  auto unwind = std::make_unique<ast::UnwindClause>(Next().span);
  KG_ASSIGN_OR_RETURN(unwind->list, ParseExpression());
  KG_RETURN_IF_ERROR(ExpectKeyword("AS"));
  KG_ASSIGN_OR_RETURN(unwind->variable, ParseVariableName());
  unwind->set_span(SpanFrom(unwind->span()));
  return unwind;
}

absl::StatusOr<ast::ClausePtr> Parser::ParseWith() {
  auto with = std::make_unique<ast::WithClause>(Next().span);
  KG_RETURN_IF_ERROR(ParseProjection(&with->projection));
  KG_ASSIGN_OR_RETURN(with->where, ParseOptionalWhere());
  with->set_span(SpanFrom(with->span()));
  return with;
}

absl::StatusOr<ast::ClausePtr> Parser::ParseReturn() {
  auto ret = std::make_unique<ast::ReturnClause>(Next().span);
  KG_RETURN_IF_ERROR(ParseProjection(&ret->projection));
  ret->set_span(SpanFrom(ret->span()));
  return ret;
}

absl::Status Parser::ParseProjection(ast::Projection* projection) {
  projection->distinct = AcceptKeyword("DISTINCT");
  bool need_item = true;
  if (Accept(TokenKind::kStar)) {
    projection->star = true;
    need_item = Accept(TokenKind::kComma);
  }
  while (need_item) {
    ast::ProjectionItem item;
    KG_ASSIGN_OR_RETURN(item.expr, ParseExpression());
    const SourceSpan& span = item.expr->span();
    item.text = std::string(source_.substr(span.offset, span.length));
    if (AcceptKeyword("AS")) {
      KG_ASSIGN_OR_RETURN(item.alias, ParseVariableName());
    }
    projection->items.push_back(std::move(item));
    need_item = Accept(TokenKind::kComma);
  }
  if (AcceptKeyword("ORDER")) {
    KG_RETURN_IF_ERROR(ExpectKeyword("BY"));
    do {
      ast::SortItem sort;
      KG_ASSIGN_OR_RETURN(sort.expr, ParseExpression());
      if (AcceptKeyword("DESC") || AcceptKeyword("DESCENDING")) {
        sort.descending = true;
      } else if (!AcceptKeyword("ASC")) {
        AcceptKeyword("ASCENDING");
      }
      projection->order_by.push_back(std::move(sort));
    } while (Accept(TokenKind::kComma));
  }
  if (AcceptKeyword("SKIP")) {
    KG_ASSIGN_OR_RETURN(projection->skip, ParseExpression());
  }
  if (AcceptKeyword("LIMIT")) {
    KG_ASSIGN_OR_RETURN(projection->limit, ParseExpression());
  }
  return absl::OkStatus();
}

absl::StatusOr<ast::ClausePtr> Parser::ParseCreate() {
  auto create = std::make_unique<ast::CreateClause>(Next().span);
  KG_ASSIGN_OR_RETURN(create->patterns, ParsePatternList());
  create->set_span(SpanFrom(create->span()));
  return create;
}

absl::StatusOr<ast::ClausePtr> Parser::ParseMerge() {
  auto merge = std::make_unique<ast::MergeClause>(Next().span);
  KG_ASSIGN_OR_RETURN(merge->pattern, ParsePattern());
  while (AtKeyword("ON")) {
    Next();
    ast::MergeClause::Action action;
    if (AcceptKeyword("CREATE")) {
      action.on_create = true;
    } else if (AcceptKeyword("MATCH")) {
      action.on_create = false;
    } else {
      return Unexpected(Peek(), "CREATE or MATCH");
    }
    KG_RETURN_IF_ERROR(ExpectKeyword("SET"));
    KG_RETURN_IF_ERROR(ParseSetItems(&action.items));
    merge->actions.push_back(std::move(action));
  }
  merge->set_span(SpanFrom(merge->span()));
  return merge;
}

absl::Status Parser::ParseSetItems(std::vector<ast::SetItem>* items) {
  do {
    ast::SetItem item;
    item.span = Peek().span;
    KG_ASSIGN_OR_RETURN(item.target, ParseAtomWithPostfix());
    const ast::Expr::Kind kind = item.target->kind();
    if (kind == ast::Expr::Kind::kHasLabels) {
      auto& has = static_cast<ast::HasLabelsExpr&>(*item.target);
      item.kind = ast::SetItem::Kind::kLabels;
      item.labels = std::move(has.labels);
      item.target = std::move(has.object);
    } else if (kind == ast::Expr::Kind::kProperty) {
      item.kind = ast::SetItem::Kind::kProperty;
      KG_RETURN_IF_ERROR(Expect(TokenKind::kEq));
      KG_ASSIGN_OR_RETURN(item.value, ParseExpression());
    } else if (kind == ast::Expr::Kind::kVariable) {
      if (Accept(TokenKind::kPlusEq)) {
        item.kind = ast::SetItem::Kind::kMergeProperties;
      } else if (Accept(TokenKind::kEq)) {
        item.kind = ast::SetItem::Kind::kAllProperties;
      } else {
        return Unexpected(Peek(), "'=', '+=' or ':'");
      }
      KG_ASSIGN_OR_RETURN(item.value, ParseExpression());
    } else {
      return SyntaxError(item.target->span(), ErrorCategory::kUnexpectedSyntax,
                         "expected a property, a variable or labels to set");
    }
    item.span = SpanFrom(item.span);
    items->push_back(std::move(item));
  } while (Accept(TokenKind::kComma));
  return absl::OkStatus();
}

absl::StatusOr<ast::ClausePtr> Parser::ParseSet() {
  auto set = std::make_unique<ast::SetClause>(Next().span);
  KG_RETURN_IF_ERROR(ParseSetItems(&set->items));
  set->set_span(SpanFrom(set->span()));
  return set;
}

absl::StatusOr<ast::ClausePtr> Parser::ParseRemove() {
  auto remove = std::make_unique<ast::RemoveClause>(Next().span);
  do {
    ast::RemoveItem item;
    item.span = Peek().span;
    KG_ASSIGN_OR_RETURN(item.target, ParseAtomWithPostfix());
    if (item.target->kind() == ast::Expr::Kind::kHasLabels) {
      auto& has = static_cast<ast::HasLabelsExpr&>(*item.target);
      item.labels = std::move(has.labels);
      item.target = std::move(has.object);
    } else if (item.target->kind() != ast::Expr::Kind::kProperty) {
      return SyntaxError(item.target->span(), ErrorCategory::kUnexpectedSyntax,
                         "expected a property or labels to remove");
    }
    item.span = SpanFrom(item.span);
    remove->items.push_back(std::move(item));
  } while (Accept(TokenKind::kComma));
  remove->set_span(SpanFrom(remove->span()));
  return remove;
}

absl::StatusOr<ast::ClausePtr> Parser::ParseDelete() {
  auto del = std::make_unique<ast::DeleteClause>(Peek().span);
  del->detach = AcceptKeyword("DETACH");
  KG_RETURN_IF_ERROR(ExpectKeyword("DELETE"));
  do {
    KG_ASSIGN_OR_RETURN(ast::ExprPtr target, ParseExpression());
    del->targets.push_back(std::move(target));
  } while (Accept(TokenKind::kComma));
  del->set_span(SpanFrom(del->span()));
  return del;
}

absl::StatusOr<ast::ClausePtr> Parser::ParseCall() {
  auto call = std::make_unique<ast::CallClause>(Next().span);
  KG_ASSIGN_OR_RETURN(call->procedure, ParseSymbolicName("a procedure name"));
  while (Accept(TokenKind::kDot)) {
    KG_ASSIGN_OR_RETURN(ast::Name part, ParseSymbolicName("a procedure name"));
    call->procedure.text += ".";
    call->procedure.text += part.text;
    call->procedure.span = Cover(call->procedure.span, part.span);
  }
  if (Accept(TokenKind::kLParen)) {
    if (!Accept(TokenKind::kRParen)) {
      do {
        KG_ASSIGN_OR_RETURN(ast::ExprPtr arg, ParseExpression());
        call->args.push_back(std::move(arg));
      } while (Accept(TokenKind::kComma));
      KG_RETURN_IF_ERROR(Expect(TokenKind::kRParen));
    }
  } else {
    call->implicit_args = true;
  }
  if (AcceptKeyword("YIELD")) {
    call->has_yield = true;
    if (Accept(TokenKind::kStar)) {
      call->yield_star = true;
    } else {
      do {
        ast::CallClause::YieldItem item;
        KG_ASSIGN_OR_RETURN(item.field, ParseSymbolicName("a field name"));
        if (AcceptKeyword("AS")) {
          KG_ASSIGN_OR_RETURN(item.alias, ParseVariableName());
        }
        call->yields.push_back(std::move(item));
      } while (Accept(TokenKind::kComma));
      KG_ASSIGN_OR_RETURN(call->where, ParseOptionalWhere());
    }
  }
  call->set_span(SpanFrom(call->span()));
  return call;
}

}  // namespace kg::query
