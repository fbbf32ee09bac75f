// Dump(): the AST as a compact S-expression, for golden tests and debugging.
//
// The forms, by example (names print bare when they are plain identifiers,
// else in backticks):
//   statement   (query clause...)   (explain (query ...))   (profile ...)
//   union       (union (query ...) (query ...))   (union-all ...); a chain
//               nests to the left: (union (union A B) C)
//   match       (match pattern... (where e))   (optional-match ...)
//   unwind      (unwind e x)
//   with/return (with distinct * (item e (as a)) (order-by (asc e) (desc e))
//                (skip e) (limit e) (where e)); each part only when present
//   create      (create pattern...)
//   merge       (merge pattern (on-create set-item...) (on-match ...))
//   set         (set (set-prop (prop n k) e) (set-all n e) (set-merge n e)
//                (set-labels n A B))
//   remove      (remove (remove-prop (prop n k)) (remove-labels n A))
//   delete      (delete e...)   (detach-delete e...)
//   call        (call ns.proc (args e...) (yield a (as b c)) (where e));
//               no (args) when implicit; (yield *)
//   pattern     (pattern (node n (labels A) (props e)) (rel -> r (types T U)
//                (range 1 _) (props e)) (node)); wrapped in (shortest ...),
//               (all-shortest ...) and (path p ...) as written
//   literals    null true 42 1.5 'text'   parameter $name   variable n
//   postfix     (prop e k) (index e i) (slice e a _) (has-labels e A B)
//   operators   (not e) (neg e) (pos e) (or a b) (xor ..) (and ..) (+ ..)
//               (- ..) (* ..) (/ ..) (% ..) (^ ..) (in ..) (starts-with ..)
//               (ends-with ..) (contains ..) (=~ ..) (is-null e)
//               (is-not-null e); comparisons (= a b) (<> ..) (< ..) (> ..)
//               (<= ..) (>= ..); a chain a < b < c is (chain (< a b) (< b c))
//   calls       (call f e...) (call count distinct e) (count-star)
//   case        (case [subject] (when c v)... (else e))
//   collections (list e...) (map (k e)...) (list-comp x l (where p) (project
//   e))
//               (all x l (where p)) any none single (reduce acc init x l e)
//               (pattern-comp pattern (where p) (project e))
//               (pattern-pred pattern) (exists pattern... (where p))
//               (exists (query ...)) (map-proj n (prop k) (all-props)
//                (entry k e) (var x))
#include "absl/strings/str_cat.h"
#include "query/ast.h"
#include "query/ast_printer.h"

namespace kg::query::ast {

bool IsPlainName(const std::string& s) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    c == '_' || (i > 0 && c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

void Printer::QualifiedName(const std::string& name) {
  size_t start = 0;
  for (size_t dot; (dot = name.find('.', start)) != std::string::npos;
       start = dot + 1) {
    Name(name.substr(start, dot - start));
    out_ += '.';
  }
  Name(name.substr(start));
}

void Printer::ParameterName(const std::string& name) {
  const bool digits = !name.empty() &&
                      name.find_first_not_of("0123456789") == std::string::npos;
  if (digits) {
    out_ += name;
  } else {
    Name(name);
  }
}

void Printer::Clause(const ast::Clause& c) {
  switch (c.kind()) {
    case Clause::Kind::kMatch: {
      const auto& m = static_cast<const MatchClause&>(c);
      Open(m.optional ? "optional-match" : "match");
      for (const PatternPtr& p : m.patterns) {
        Space();
        Pattern(*p);
      }
      OptionalExpr("where", m.where);
      Close();
      return;
    }
    case Clause::Kind::kUnwind: {
      const auto& u = static_cast<const UnwindClause&>(c);
      Open("unwind ");
      Expr(*u.list);
      Space();
      Name(u.variable);
      Close();
      return;
    }
    case Clause::Kind::kWith: {
      const auto& w = static_cast<const WithClause&>(c);
      Open("with");
      Projection(w.projection);
      OptionalExpr("where", w.where);
      Close();
      return;
    }
    case Clause::Kind::kReturn:
      Open("return");
      Projection(static_cast<const ReturnClause&>(c).projection);
      Close();
      return;
    case Clause::Kind::kCreate:
      Open("create");
      for (const PatternPtr& p : static_cast<const CreateClause&>(c).patterns) {
        Space();
        Pattern(*p);
      }
      Close();
      return;
    case Clause::Kind::kMerge: {
      const auto& m = static_cast<const MergeClause&>(c);
      Open("merge ");
      Pattern(*m.pattern);
      for (const MergeClause::Action& a : m.actions) {
        Raw(a.on_create ? " (on-create" : " (on-match");
        for (const ast::SetItem& item : a.items) {
          Space();
          SetItem(item);
        }
        Close();
      }
      Close();
      return;
    }
    case Clause::Kind::kSet:
      Open("set");
      for (const ast::SetItem& item : static_cast<const SetClause&>(c).items) {
        Space();
        SetItem(item);
      }
      Close();
      return;
    case Clause::Kind::kRemove:
      Open("remove");
      for (const RemoveItem& item : static_cast<const RemoveClause&>(c).items) {
        if (item.labels.empty()) {
          Raw(" (remove-prop ");
          Expr(*item.target);
        } else {
          Raw(" (remove-labels ");
          Expr(*item.target);
          for (const ast::Name& l : item.labels) {
            Space();
            Name(l);
          }
        }
        Close();
      }
      Close();
      return;
    case Clause::Kind::kDelete: {
      const auto& d = static_cast<const DeleteClause&>(c);
      Open(d.detach ? "detach-delete" : "delete");
      for (const ExprPtr& e : d.targets) {
        Space();
        Expr(*e);
      }
      Close();
      return;
    }
    case Clause::Kind::kCall: {
      const auto& call = static_cast<const CallClause&>(c);
      Open("call ");
      QualifiedName(call.procedure.text);
      if (!call.implicit_args) {
        Raw(" (args");
        for (const ExprPtr& e : call.args) {
          Space();
          Expr(*e);
        }
        Close();
      }
      if (call.has_yield) {
        Raw(" (yield");
        if (call.yield_star) Raw(" *");
        for (const CallClause::YieldItem& y : call.yields) {
          Space();
          if (y.alias) Raw("(as ");
          Name(y.field);
          if (y.alias) {
            Space();
            Name(*y.alias);
            Close();
          }
        }
        Close();
      }
      OptionalExpr("where", call.where);
      Close();
      return;
    }
  }
}

void Printer::Projection(const ast::Projection& p) {
  if (p.distinct) Raw(" distinct");
  if (p.star) Raw(" *");
  for (const ProjectionItem& item : p.items) {
    Raw(" (item ");
    Expr(*item.expr);
    if (item.alias) {
      Raw(" (as ");
      Name(*item.alias);
      Close();
    }
    Close();
  }
  if (!p.order_by.empty()) {
    Raw(" (order-by");
    for (const SortItem& s : p.order_by) {
      Raw(s.descending ? " (desc " : " (asc ");
      Expr(*s.expr);
      Close();
    }
    Close();
  }
  OptionalExpr("skip", p.skip);
  OptionalExpr("limit", p.limit);
}

void Printer::SetItem(const ast::SetItem& item) {
  switch (item.kind) {
    case SetItem::Kind::kProperty:
      Open("set-prop ");
      break;
    case SetItem::Kind::kAllProperties:
      Open("set-all ");
      break;
    case SetItem::Kind::kMergeProperties:
      Open("set-merge ");
      break;
    case SetItem::Kind::kLabels:
      Open("set-labels ");
      break;
  }
  Expr(*item.target);
  if (item.value) {
    Space();
    Expr(*item.value);
  }
  for (const ast::Name& l : item.labels) {
    Space();
    Name(l);
  }
  Close();
}

void Printer::Pattern(const ast::Pattern& p) {
  int wrappers = 0;
  if (p.path_variable) {
    Open("path ");
    Name(*p.path_variable);
    Space();
    ++wrappers;
  }
  if (p.shortest != Pattern::Shortest::kNone) {
    Open(p.shortest == Pattern::Shortest::kShortest ? "shortest "
                                                    : "all-shortest ");
    ++wrappers;
  }
  Open("pattern");
  for (size_t i = 0; i < p.nodes.size(); ++i) {
    Space();
    Node(p.nodes[i]);
    if (i < p.relationships.size()) {
      Space();
      Relationship(p.relationships[i]);
    }
  }
  Close();
  for (; wrappers > 0; --wrappers) Close();
}

void Printer::Node(const NodePattern& n) {
  Open("node");
  if (n.variable) {
    Space();
    Name(*n.variable);
  }
  Names("labels", n.labels);
  OptionalExpr("props", n.properties);
  Close();
}

void Printer::Relationship(const RelationshipPattern& r) {
  Open("rel ");
  Raw(r.direction == Direction::kLeftToRight   ? "->"
      : r.direction == Direction::kRightToLeft ? "<-"
                                               : "--");
  if (r.variable) {
    Space();
    Name(*r.variable);
  }
  Names("types", r.types);
  if (r.length) {
    Raw(" (range ");
    Raw(r.length->min ? absl::StrCat(*r.length->min) : "_");
    Space();
    Raw(r.length->max ? absl::StrCat(*r.length->max) : "_");
    Close();
  }
  OptionalExpr("props", r.properties);
  Close();
}

std::string Dump(const Statement& statement) {
  Printer p;
  p.Statement(statement);
  return p.Take();
}

std::string Dump(const Query& query) {
  Printer p;
  p.Query(query);
  return p.Take();
}

std::string Dump(const Clause& clause) {
  Printer p;
  p.Clause(clause);
  return p.Take();
}

std::string Dump(const Pattern& pattern) {
  Printer p;
  p.Pattern(pattern);
  return p.Take();
}

std::string Dump(const Expr& expr) {
  Printer p;
  p.Expr(expr);
  return p.Take();
}

}  // namespace kg::query::ast
