// Numeric functions: abs, ceil, floor, round, sign, sqrt, exp, log, log10,
// trigonometry, degrees, radians, haversin, rand, e, pi. Null in, null out;
// anything but a number is InvalidArgumentType.
#include <cmath>
#include <random>

#include "query/errors.h"
#include "query/functions/registry.h"

namespace kg::query {
namespace {

using Args = absl::Span<const Value>;

// Applies a double -> double function to a numeric argument.
template <double (*F)(double)>
absl::StatusOr<Value> Unary(ExecContext&, Args a) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_number()) return TypeError("expected a number");
  return Value::Float(F(a[0].AsNumber()));
}

double Round(double d) { return std::floor(d + 0.5); }
double Cot(double d) { return 1.0 / std::tan(d); }
double Degrees(double d) { return d * 180.0 / M_PI; }
double Radians(double d) { return d * M_PI / 180.0; }
double Haversin(double d) { return (1.0 - std::cos(d)) / 2.0; }
double Sqrt(double d) { return std::sqrt(d); }
double Exp(double d) { return std::exp(d); }
double Log(double d) { return std::log(d); }
double Log10(double d) { return std::log10(d); }
double Sin(double d) { return std::sin(d); }
double Cos(double d) { return std::cos(d); }
double Tan(double d) { return std::tan(d); }
double Asin(double d) { return std::asin(d); }
double Acos(double d) { return std::acos(d); }
double Atan(double d) { return std::atan(d); }
double Ceil(double d) { return std::ceil(d); }
double Floor(double d) { return std::floor(d); }

absl::StatusOr<Value> Abs(ExecContext&, Args a) {
  if (a[0].is_null()) return Value();
  if (a[0].is_int()) {
    if (a[0].AsInt() == INT64_MIN) {
      return RuntimeError("IntegerOverflow", "abs() overflows");
    }
    return Value::Int(a[0].AsInt() < 0 ? -a[0].AsInt() : a[0].AsInt());
  }
  if (a[0].is_float()) return Value::Float(std::fabs(a[0].AsFloat()));
  return TypeError("abs() expects a number");
}

absl::StatusOr<Value> Sign(ExecContext&, Args a) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_number()) return TypeError("sign() expects a number");
  double d = a[0].AsNumber();
  return Value::Int(d > 0 ? 1 : d < 0 ? -1 : 0);
}

absl::StatusOr<Value> Atan2(ExecContext&, Args a) {
  if (a[0].is_null() || a[1].is_null()) return Value();
  if (!a[0].is_number() || !a[1].is_number()) {
    return TypeError("atan2() expects numbers");
  }
  return Value::Float(std::atan2(a[0].AsNumber(), a[1].AsNumber()));
}

absl::StatusOr<Value> Rand(ExecContext& ctx, Args) {
  return Value::Float(std::uniform_real_distribution<double>(0, 1)(ctx.rng));
}

absl::StatusOr<Value> E(ExecContext&, Args) { return Value::Float(M_E); }
absl::StatusOr<Value> Pi(ExecContext&, Args) { return Value::Float(M_PI); }

const Function kFunctions[] = {
    {"abs", 1, 1, Abs},
    {"ceil", 1, 1, Unary<Ceil>},
    {"floor", 1, 1, Unary<Floor>},
    {"round", 1, 1, Unary<Round>},
    {"sign", 1, 1, Sign},
    {"sqrt", 1, 1, Unary<Sqrt>},
    {"exp", 1, 1, Unary<Exp>},
    {"log", 1, 1, Unary<Log>},
    {"log10", 1, 1, Unary<Log10>},
    {"sin", 1, 1, Unary<Sin>},
    {"cos", 1, 1, Unary<Cos>},
    {"tan", 1, 1, Unary<Tan>},
    {"asin", 1, 1, Unary<Asin>},
    {"acos", 1, 1, Unary<Acos>},
    {"atan", 1, 1, Unary<Atan>},
    {"atan2", 2, 2, Atan2},
    {"cot", 1, 1, Unary<Cot>},
    {"degrees", 1, 1, Unary<Degrees>},
    {"radians", 1, 1, Unary<Radians>},
    {"haversin", 1, 1, Unary<Haversin>},
    {"rand", 0, 0, Rand},
    {"e", 0, 0, E},
    {"pi", 0, 0, Pi},
};

}  // namespace

absl::Span<const Function> MathFunctions() { return kFunctions; }

}  // namespace kg::query
