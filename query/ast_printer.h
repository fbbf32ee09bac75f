// The S-expression printer behind ast::Dump(), shared by ast_dump.cc
// (statements, clauses, patterns) and ast_dump_expr.cc (expressions).
// Internal to query/.
#ifndef KG_QUERY_AST_PRINTER_H_
#define KG_QUERY_AST_PRINTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "query/ast.h"

namespace kg::query::ast {

// True for names that print without backticks: [A-Za-z_][A-Za-z0-9_]*.
bool IsPlainName(const std::string& s);

class Printer {
 public:
  std::string Take() { return std::move(out_); }

  void Name(const std::string& name) {
    if (IsPlainName(name)) {
      out_ += name;
      return;
    }
    out_ += '`';
    for (char c : name) {
      if (c == '`') out_ += '`';
      out_ += c;
    }
    out_ += '`';
  }
  void Name(const ast::Name& name) { Name(name.text); }
  // ns.f and $0: dotted names print segment by segment; a parameter may be
  // all digits.
  void QualifiedName(const std::string& name);
  void ParameterName(const std::string& name);

  void Names(const char* head, const std::vector<ast::Name>& names) {
    if (names.empty()) return;
    out_ += " (";
    out_ += head;
    for (const ast::Name& n : names) {
      out_ += ' ';
      Name(n);
    }
    out_ += ')';
  }

  void Open(const char* head) {
    out_ += '(';
    out_ += head;
  }
  void Close() { out_ += ')'; }
  void Space() { out_ += ' '; }
  void Raw(std::string_view text) { out_.append(text); }

  void Statement(const ast::Statement& s) {
    if (s.mode == Statement::Mode::kExplain) Open("explain ");
    if (s.mode == Statement::Mode::kProfile) Open("profile ");
    if (s.query) Query(*s.query);
    if (s.mode != Statement::Mode::kExecute) Close();
  }

  // A UNION chain nests to the left: (union (union A B) C). Printed without
  // recursion, since a chain can be as long as the text allows.
  void Query(const ast::Query& q) {
    if (q.parts.empty()) return;
    for (size_t i = q.parts.size() - 1; i > 0; --i) {
      Open(q.union_all[i - 1] ? "union-all " : "union ");
    }
    Single(q.parts[0]);
    for (size_t i = 1; i < q.parts.size(); ++i) {
      Space();
      Single(q.parts[i]);
      Close();
    }
  }

  void Single(const SingleQuery& s) {
    Open("query");
    for (const ClausePtr& c : s.clauses) {
      Space();
      Clause(*c);
    }
    Close();
  }

  void Clause(const ast::Clause& c);
  void Projection(const ast::Projection& p);
  void SetItem(const ast::SetItem& item);
  void Pattern(const ast::Pattern& p);
  void Node(const NodePattern& n);
  void Relationship(const RelationshipPattern& r);
  void Expr(const ast::Expr& e);

  void OptionalExpr(const char* head, const ExprPtr& e) {
    if (!e) return;
    out_ += " (";
    out_ += head;
    out_ += ' ';
    Expr(*e);
    out_ += ')';
  }

 private:
  std::string out_;
};

}  // namespace kg::query::ast

#endif  // KG_QUERY_AST_PRINTER_H_
