// The openCypher operator rules: arithmetic with integer overflow checks,
// comparisons, IN with nulls.
#include <cmath>
#include <string>

#include "graph/status_macros.h"
#include "query/errors.h"
#include "query/eval.h"
#include "query/temporal_arith.h"

namespace kg::query {
namespace {

absl::Status Overflow() {
  return RuntimeError("IntegerOverflow", "integer overflow");
}

Value TernaryValue(Ternary t) {
  return t == Ternary::kNull ? Value() : Value::Bool(t == Ternary::kTrue);
}

absl::StatusOr<Value> IntArithmetic(ast::BinaryOp op, int64_t x, int64_t y) {
  int64_t r = 0;
  switch (op) {
    case ast::BinaryOp::kAdd:
      if (__builtin_add_overflow(x, y, &r)) return Overflow();
      return Value::Int(r);
    case ast::BinaryOp::kSubtract:
      if (__builtin_sub_overflow(x, y, &r)) return Overflow();
      return Value::Int(r);
    case ast::BinaryOp::kMultiply:
      if (__builtin_mul_overflow(x, y, &r)) return Overflow();
      return Value::Int(r);
    case ast::BinaryOp::kDivide:
    case ast::BinaryOp::kModulo:
      if (y == 0) return RuntimeError("DivisionByZero", "division by zero");
      if (x == INT64_MIN && y == -1) {
        if (op == ast::BinaryOp::kModulo) return Value::Int(0);
        return Overflow();
      }
      return Value::Int(op == ast::BinaryOp::kDivide ? x / y : x % y);
    default:
      return Value::Float(
          std::pow(static_cast<double>(x), static_cast<double>(y)));
  }
}

double FloatArithmetic(ast::BinaryOp op, double x, double y) {
  switch (op) {
    case ast::BinaryOp::kAdd:
      return x + y;
    case ast::BinaryOp::kSubtract:
      return x - y;
    case ast::BinaryOp::kMultiply:
      return x * y;
    case ast::BinaryOp::kDivide:
      return x / y;
    case ast::BinaryOp::kModulo:
      return std::fmod(x, y);
    default:
      return std::pow(x, y);
  }
}

std::string ToText(const Value& v) {
  if (v.is_string()) return v.AsString();
  if (v.is_float()) return FormatDouble(v.AsFloat());
  return v.ToString();
}

}  // namespace

absl::StatusOr<Value> Arithmetic(ast::BinaryOp op, const Value& a,
                                 const Value& b) {
  if (op == ast::BinaryOp::kAdd) {
    if (a.is_list() || b.is_list()) {
      if (a.is_null() && !b.is_list()) return Value();
      ValueList out;
      if (a.is_list()) {
        out = a.AsList();
      } else {
        out.push_back(a);
      }
      if (b.is_list()) {
        out.insert(out.end(), b.AsList().begin(), b.AsList().end());
      } else {
        out.push_back(b);
      }
      return Value::List(std::move(out));
    }
    if (a.is_null() || b.is_null()) return Value();
    if ((a.is_string() && (b.is_string() || b.is_number())) ||
        (b.is_string() && a.is_number())) {
      return Value::String(ToText(a) + ToText(b));
    }
  }
  if (a.is_null() || b.is_null()) return Value();
  if (auto t = TemporalArithmetic(op, a, b)) return *std::move(t);
  if (!a.is_number() || !b.is_number()) {
    return TypeError(std::string("cannot apply an arithmetic operator to ") +
                     Value::KindName(a.kind()) + " and " +
                     Value::KindName(b.kind()));
  }
  if (a.is_int() && b.is_int()) return IntArithmetic(op, a.AsInt(), b.AsInt());
  return Value::Float(FloatArithmetic(op, a.AsNumber(), b.AsNumber()));
}

absl::StatusOr<Value> Negate(const Value& v) {
  if (v.is_null()) return v;
  if (v.is_int()) {
    if (v.AsInt() == INT64_MIN) return Overflow();
    return Value::Int(-v.AsInt());
  }
  if (v.is_float()) return Value::Float(-v.AsFloat());
  if (v.kind() == Value::Kind::kDuration) {
    KG_ASSIGN_OR_RETURN(temporal::Duration d, NegateDuration(v.AsDuration()));
    return Value::FromDuration(d);
  }
  return TypeError(std::string("cannot negate a ") + Value::KindName(v.kind()));
}

Value CompareValues(ast::CompareOp op, const Value& a, const Value& b) {
  switch (op) {
    case ast::CompareOp::kEq:
      return TernaryValue(Equals(a, b));
    case ast::CompareOp::kNe: {
      Ternary t = Equals(a, b);
      if (t == Ternary::kNull) return Value();
      return Value::Bool(t == Ternary::kFalse);
    }
    case ast::CompareOp::kLt:
      return TernaryValue(IsLess(Compare(a, b)));
    case ast::CompareOp::kGt:
      return TernaryValue(IsGreater(Compare(a, b)));
    case ast::CompareOp::kLe:
      return TernaryValue(IsLessOrEqual(Compare(a, b)));
    case ast::CompareOp::kGe:
      return TernaryValue(IsGreaterOrEqual(Compare(a, b)));
  }
  return Value();
}

absl::StatusOr<Value> InList(const Value& x, const Value& list) {
  if (list.is_null()) return Value();
  if (!list.is_list()) {
    return TypeError(std::string("IN expects a list, not a ") +
                     Value::KindName(list.kind()));
  }
  bool saw_null = false;
  for (const Value& item : list.AsList()) {
    Ternary t = Equals(x, item);
    if (t == Ternary::kTrue) return Value::Bool(true);
    if (t == Ternary::kNull) saw_null = true;
  }
  return saw_null ? Value() : Value::Bool(false);
}

}  // namespace kg::query
