// Printer::Expr: expressions as S-expressions; the forms are listed at the
// top of ast_dump.cc.
#include "query/ast_printer.h"

namespace kg::query::ast {
namespace {

const char* BinaryHead(BinaryOp op) {
  switch (op) {
    case BinaryOp::kOr:
      return "or";
    case BinaryOp::kXor:
      return "xor";
    case BinaryOp::kAnd:
      return "and";
    case BinaryOp::kAdd:
      return "+";
    case BinaryOp::kSubtract:
      return "-";
    case BinaryOp::kMultiply:
      return "*";
    case BinaryOp::kDivide:
      return "/";
    case BinaryOp::kModulo:
      return "%";
    case BinaryOp::kPower:
      return "^";
    case BinaryOp::kIn:
      return "in";
    case BinaryOp::kStartsWith:
      return "starts-with";
    case BinaryOp::kEndsWith:
      return "ends-with";
    case BinaryOp::kContains:
      return "contains";
    case BinaryOp::kRegexMatch:
      return "=~";
  }
  return "?";
}

const char* CompareHead(CompareOp op) {
  switch (op) {
    case CompareOp::kEq:
      return "=";
    case CompareOp::kNe:
      return "<>";
    case CompareOp::kLt:
      return "<";
    case CompareOp::kGt:
      return ">";
    case CompareOp::kLe:
      return "<=";
    case CompareOp::kGe:
      return ">=";
  }
  return "?";
}

const char* QuantifierHead(QuantifierKind q) {
  switch (q) {
    case QuantifierKind::kAll:
      return "all ";
    case QuantifierKind::kAny:
      return "any ";
    case QuantifierKind::kNone:
      return "none ";
    case QuantifierKind::kSingle:
      return "single ";
  }
  return "? ";
}

}  // namespace

void Printer::Expr(const ast::Expr& e) {
  switch (e.kind()) {
    case Expr::Kind::kLiteral:
      Raw(static_cast<const LiteralExpr&>(e).value.ToString());
      return;
    case Expr::Kind::kParameter:
      Raw("$");
      ParameterName(static_cast<const ParameterExpr&>(e).name);
      return;
    case Expr::Kind::kVariable:
      Name(static_cast<const VariableExpr&>(e).name);
      return;
    case Expr::Kind::kProperty: {
      const auto& p = static_cast<const PropertyExpr&>(e);
      Open("prop ");
      Expr(*p.object);
      Space();
      Name(p.key);
      Close();
      return;
    }
    case Expr::Kind::kSubscript: {
      const auto& s = static_cast<const SubscriptExpr&>(e);
      Open("index ");
      Expr(*s.object);
      Space();
      Expr(*s.index);
      Close();
      return;
    }
    case Expr::Kind::kSlice: {
      const auto& s = static_cast<const SliceExpr&>(e);
      Open("slice ");
      Expr(*s.object);
      Space();
      if (s.from) {
        Expr(*s.from);
      } else {
        Raw("_");
      }
      Space();
      if (s.to) {
        Expr(*s.to);
      } else {
        Raw("_");
      }
      Close();
      return;
    }
    case Expr::Kind::kHasLabels: {
      const auto& h = static_cast<const HasLabelsExpr&>(e);
      Open("has-labels ");
      Expr(*h.object);
      for (const ast::Name& l : h.labels) {
        Space();
        Name(l);
      }
      Close();
      return;
    }
    case Expr::Kind::kUnary: {
      const auto& u = static_cast<const UnaryExpr&>(e);
      Open(u.op == UnaryOp::kNot     ? "not "
           : u.op == UnaryOp::kMinus ? "neg "
                                     : "pos ");
      Expr(*u.operand);
      Close();
      return;
    }
    case Expr::Kind::kBinary: {
      const auto& b = static_cast<const BinaryExpr&>(e);
      Open(BinaryHead(b.op));
      Space();
      Expr(*b.lhs);
      Space();
      Expr(*b.rhs);
      Close();
      return;
    }
    case Expr::Kind::kComparison: {
      const auto& c = static_cast<const ComparisonExpr&>(e);
      const bool chain = c.ops.size() > 1;
      if (chain) Open("chain ");
      for (size_t i = 0; i < c.ops.size(); ++i) {
        if (i > 0) Space();
        Open(CompareHead(c.ops[i]));
        Space();
        Expr(*c.operands[i]);
        Space();
        Expr(*c.operands[i + 1]);
        Close();
      }
      if (chain) Close();
      return;
    }
    case Expr::Kind::kIsNull: {
      const auto& n = static_cast<const IsNullExpr&>(e);
      Open(n.negated ? "is-not-null " : "is-null ");
      Expr(*n.operand);
      Close();
      return;
    }
    case Expr::Kind::kFunctionCall: {
      const auto& f = static_cast<const FunctionCallExpr&>(e);
      Open("call ");
      QualifiedName(f.name);
      if (f.distinct) Raw(" distinct");
      for (const ExprPtr& a : f.args) {
        Space();
        Expr(*a);
      }
      Close();
      return;
    }
    case Expr::Kind::kCountStar:
      Raw("(count-star)");
      return;
    case Expr::Kind::kCase: {
      const auto& c = static_cast<const CaseExpr&>(e);
      Open("case");
      if (c.subject) {
        Space();
        Expr(*c.subject);
      }
      for (const auto& [when, then] : c.whens) {
        Raw(" (when ");
        Expr(*when);
        Space();
        Expr(*then);
        Close();
      }
      OptionalExpr("else", c.otherwise);
      Close();
      return;
    }
    case Expr::Kind::kList:
      Open("list");
      for (const ExprPtr& item : static_cast<const ListExpr&>(e).items) {
        Space();
        Expr(*item);
      }
      Close();
      return;
    case Expr::Kind::kMap:
      Open("map");
      for (const auto& [key, value] : static_cast<const MapExpr&>(e).entries) {
        Raw(" (");
        Name(key);
        Space();
        Expr(*value);
        Close();
      }
      Close();
      return;
    case Expr::Kind::kListComprehension: {
      const auto& l = static_cast<const ListComprehensionExpr&>(e);
      Open("list-comp ");
      Name(l.variable);
      Space();
      Expr(*l.list);
      OptionalExpr("where", l.predicate);
      OptionalExpr("project", l.projection);
      Close();
      return;
    }
    case Expr::Kind::kQuantifier: {
      const auto& q = static_cast<const QuantifierExpr&>(e);
      Open(QuantifierHead(q.quantifier));
      Name(q.variable);
      Space();
      Expr(*q.list);
      OptionalExpr("where", q.predicate);
      Close();
      return;
    }
    case Expr::Kind::kReduce: {
      const auto& r = static_cast<const ReduceExpr&>(e);
      Open("reduce ");
      Name(r.accumulator);
      Space();
      Expr(*r.init);
      Space();
      Name(r.variable);
      Space();
      Expr(*r.list);
      Space();
      Expr(*r.expression);
      Close();
      return;
    }
    case Expr::Kind::kPatternComprehension: {
      const auto& p = static_cast<const PatternComprehensionExpr&>(e);
      Open("pattern-comp ");
      Pattern(*p.pattern);
      OptionalExpr("where", p.predicate);
      OptionalExpr("project", p.projection);
      Close();
      return;
    }
    case Expr::Kind::kPatternPredicate:
      Open("pattern-pred ");
      Pattern(*static_cast<const PatternPredicateExpr&>(e).pattern);
      Close();
      return;
    case Expr::Kind::kExists: {
      const auto& x = static_cast<const ExistsExpr&>(e);
      Open("exists");
      if (x.query) {
        Space();
        Query(*x.query);
      }
      for (const PatternPtr& p : x.patterns) {
        Space();
        Pattern(*p);
      }
      OptionalExpr("where", x.predicate);
      Close();
      return;
    }
    case Expr::Kind::kMapProjection: {
      const auto& m = static_cast<const MapProjectionExpr&>(e);
      Open("map-proj ");
      Name(m.variable);
      for (const MapProjectionExpr::Item& item : m.items) {
        switch (item.kind) {
          case MapProjectionExpr::ItemKind::kProperty:
            Raw(" (prop ");
            Name(item.name);
            Close();
            break;
          case MapProjectionExpr::ItemKind::kAllProperties:
            Raw(" (all-props)");
            break;
          case MapProjectionExpr::ItemKind::kEntry:
            Raw(" (entry ");
            Name(item.name);
            Space();
            Expr(*item.value);
            Close();
            break;
          case MapProjectionExpr::ItemKind::kVariable:
            Raw(" (var ");
            Name(item.name);
            Close();
            break;
        }
      }
      Close();
      return;
    }
  }
}

}  // namespace kg::query::ast
