// The clause grammar:
//   clause := [OPTIONAL] MATCH patterns [WHERE e] | UNWIND e AS x
//           | WITH projection [WHERE e] | RETURN projection
//           | CREATE patterns | MERGE pattern (ON (CREATE|MATCH) SET items)*
//           | SET items | REMOVE items | [DETACH] DELETE e, ...
//           | CALL ns.proc[(args)] [YIELD * | YIELD x [AS y], ... [WHERE e]]
//   projection := [DISTINCT] (* | item) (, item)* [ORDER BY e [ASC|DESC], ...]
//                 [SKIP e] [LIMIT e]
// SET and REMOVE targets are parsed as postfix expressions (n.p, n:L, n)
// and then sorted into their item kinds.
#include "graph/status_macros.h"
#include "query/parser_impl.h"

namespace kg::query {

bool Parser::AtClauseStart() const {
  static constexpr std::string_view kClauseKeywords[] = {
      "MATCH", "OPTIONAL", "UNWIND", "WITH",   "RETURN", "CREATE",
      "MERGE", "SET",      "REMOVE", "DELETE", "DETACH", "CALL"};
  for (std::string_view k : kClauseKeywords) {
    if (AtKeyword(k)) return true;
  }
  return false;
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
