// Equality, comparison, ORDER BY order and hashing of values, as
// openCypher defines them (value.h); the values themselves are in value.cc.
#include <algorithm>
#include <cmath>
#include <limits>

#include "graph/value.h"

namespace kg {
namespace {

using namespace temporal;  // NOLINT: the temporal kinds are Value kinds

// 2^63 as a double: the first double above every int64.
constexpr double kTwoPow63 = 9223372036854775808.0;

// Exact comparison of an integer with a non-NaN double.
int CompareIntDouble(int64_t i, double d) {
  if (d >= kTwoPow63) return -1;
  if (d < -kTwoPow63) return 1;
  double t = std::trunc(d);
  int64_t ti = static_cast<int64_t>(t);
  if (i < ti) return -1;
  if (i > ti) return 1;
  double frac = d - t;
  if (frac > 0) return -1;
  if (frac < 0) return 1;
  return 0;
}

// Numeric three-way comparison; NaN is handled by the callers.
int CompareNumbers(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) {
    return a.AsInt() < b.AsInt() ? -1 : (a.AsInt() > b.AsInt() ? 1 : 0);
  }
  if (a.is_int()) return CompareIntDouble(a.AsInt(), b.AsFloat());
  if (b.is_int()) return -CompareIntDouble(b.AsInt(), a.AsFloat());
  double x = a.AsFloat(), y = b.AsFloat();
  return x < y ? -1 : (x > y ? 1 : 0);
}

Ternary FromBool(bool b) { return b ? Ternary::kTrue : Ternary::kFalse; }

bool IsNaN(const Value& v) { return v.is_float() && std::isnan(v.AsFloat()); }

int Sign(int c) { return c < 0 ? -1 : (c > 0 ? 1 : 0); }

Comparison FromInt(int c) {
  return c < 0 ? Comparison::kLess
               : (c > 0 ? Comparison::kGreater : Comparison::kEqual);
}

// Rank of each kind in the ORDER BY total order.
int OrderRank(Value::Kind k) {
  switch (k) {
    case Value::Kind::kMap:
      return 0;
    case Value::Kind::kNode:
      return 1;
    case Value::Kind::kRelationship:
      return 2;
    case Value::Kind::kList:
      return 3;
    case Value::Kind::kPath:
      return 4;
    case Value::Kind::kDateTime:
      return 5;
    case Value::Kind::kLocalDateTime:
      return 6;
    case Value::Kind::kDate:
      return 7;
    case Value::Kind::kTime:
      return 8;
    case Value::Kind::kLocalTime:
      return 9;
    case Value::Kind::kDuration:
      return 10;
    case Value::Kind::kString:
      return 11;
    case Value::Kind::kBool:
      return 12;
    case Value::Kind::kInt:
    case Value::Kind::kFloat:
      return 13;
    case Value::Kind::kNull:
      return 14;
  }
  return 15;
}

template <typename T>
int CompareScalars(const T& x, const T& y) {
  return x < y ? -1 : (y < x ? 1 : 0);
}

// The order of two temporal values of one kind; Durations by their fields.
int CompareTemporal(const Value& a, const Value& b) {
  switch (a.kind()) {
    case Value::Kind::kDate:
      return CompareScalars(a.AsDate().days, b.AsDate().days);
    case Value::Kind::kLocalTime:
      return CompareScalars(a.AsLocalTime().nanos, b.AsLocalTime().nanos);
    case Value::Kind::kTime:
      return CompareTimes(a.AsTime(), b.AsTime());
    case Value::Kind::kLocalDateTime: {
      const LocalDateTime& x = a.AsLocalDateTime();
      const LocalDateTime& y = b.AsLocalDateTime();
      int c = CompareScalars(x.seconds, y.seconds);
      return c != 0 ? c : CompareScalars(x.nanos, y.nanos);
    }
    case Value::Kind::kDateTime:
      return CompareDateTimes(a.AsDateTime(), b.AsDateTime());
    case Value::Kind::kDuration: {
      const Duration& x = a.AsDuration();
      const Duration& y = b.AsDuration();
      if (int c = CompareScalars(x.months, y.months)) return c;
      if (int c = CompareScalars(x.days, y.days)) return c;
      if (int c = CompareScalars(x.seconds, y.seconds)) return c;
      return CompareScalars(x.nanos, y.nanos);
    }
    default:
      return 0;
  }
}

}  // namespace

Ternary Equals(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Ternary::kNull;
  if (a.is_number() && b.is_number()) {
    if (IsNaN(a) || IsNaN(b)) return Ternary::kFalse;
    return CompareNumbers(a, b) == 0 ? Ternary::kTrue : Ternary::kFalse;
  }
  if (a.kind() != b.kind()) return Ternary::kFalse;
  switch (a.kind()) {
    case Value::Kind::kBool:
      return a.AsBool() == b.AsBool() ? Ternary::kTrue : Ternary::kFalse;
    case Value::Kind::kString:
      return a.AsString() == b.AsString() ? Ternary::kTrue : Ternary::kFalse;
    case Value::Kind::kNode:
      return a.AsNode() == b.AsNode() ? Ternary::kTrue : Ternary::kFalse;
    case Value::Kind::kRelationship:
      return a.AsRelationship() == b.AsRelationship() ? Ternary::kTrue
                                                      : Ternary::kFalse;
    case Value::Kind::kPath:
      return a.AsPath().nodes == b.AsPath().nodes &&
                     a.AsPath().rels == b.AsPath().rels
                 ? Ternary::kTrue
                 : Ternary::kFalse;
    case Value::Kind::kList: {
      const ValueList& x = a.AsList();
      const ValueList& y = b.AsList();
      if (x.size() != y.size()) return Ternary::kFalse;
      bool saw_null = false;
      for (size_t i = 0; i < x.size(); ++i) {
        Ternary t = Equals(x[i], y[i]);
        if (t == Ternary::kFalse) return Ternary::kFalse;
        if (t == Ternary::kNull) saw_null = true;
      }
      return saw_null ? Ternary::kNull : Ternary::kTrue;
    }
    case Value::Kind::kMap: {
      const ValueMap& x = a.AsMap();
      const ValueMap& y = b.AsMap();
      if (x.size() != y.size()) return Ternary::kFalse;
      for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j) {
        if (i->first != j->first) return Ternary::kFalse;
      }
      bool saw_null = false;
      for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j) {
        Ternary t = Equals(i->second, j->second);
        if (t == Ternary::kFalse) return Ternary::kFalse;
        if (t == Ternary::kNull) saw_null = true;
      }
      return saw_null ? Ternary::kNull : Ternary::kTrue;
    }
    case Value::Kind::kDate:
      return FromBool(a.AsDate() == b.AsDate());
    case Value::Kind::kLocalTime:
      return FromBool(a.AsLocalTime() == b.AsLocalTime());
    case Value::Kind::kTime:
      return FromBool(a.AsTime() == b.AsTime());
    case Value::Kind::kLocalDateTime:
      return FromBool(a.AsLocalDateTime() == b.AsLocalDateTime());
    case Value::Kind::kDateTime:
      return FromBool(a.AsDateTime() == b.AsDateTime());
    case Value::Kind::kDuration:
      return FromBool(a.AsDuration() == b.AsDuration());
    default:
      return Ternary::kFalse;
  }
}

Comparison Compare(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Comparison::kNull;
  if (a.is_number() && b.is_number()) {
    if (IsNaN(a) || IsNaN(b)) return Comparison::kNaN;
    return FromInt(CompareNumbers(a, b));
  }
  if (a.kind() != b.kind()) return Comparison::kNull;
  switch (a.kind()) {
    case Value::Kind::kBool:
      return FromInt(CompareScalars(a.AsBool(), b.AsBool()));
    case Value::Kind::kString:
      return FromInt(a.AsString().compare(b.AsString()));
    case Value::Kind::kList: {
      const ValueList& x = a.AsList();
      const ValueList& y = b.AsList();
      size_t n = std::min(x.size(), y.size());
      for (size_t i = 0; i < n; ++i) {
        Comparison c = Compare(x[i], y[i]);
        if (c != Comparison::kEqual) return c;
      }
      return FromInt(CompareScalars(x.size(), y.size()));
    }
    case Value::Kind::kDuration:
      return Comparison::kNull;
    case Value::Kind::kDate:
    case Value::Kind::kLocalTime:
    case Value::Kind::kTime:
    case Value::Kind::kLocalDateTime:
    case Value::Kind::kDateTime:
      return FromInt(CompareTemporal(a, b));
    default:
      return Comparison::kNull;
  }
}

namespace {
Ternary Apply(Comparison c, bool less, bool equal, bool greater) {
  switch (c) {
    case Comparison::kLess:
      return FromBool(less);
    case Comparison::kEqual:
      return FromBool(equal);
    case Comparison::kGreater:
      return FromBool(greater);
    case Comparison::kNaN:
      return Ternary::kFalse;
    case Comparison::kNull:
      return Ternary::kNull;
  }
  return Ternary::kNull;
}
}  // namespace

Ternary IsLess(Comparison c) { return Apply(c, true, false, false); }
Ternary IsLessOrEqual(Comparison c) { return Apply(c, true, true, false); }
Ternary IsGreater(Comparison c) { return Apply(c, false, false, true); }
Ternary IsGreaterOrEqual(Comparison c) { return Apply(c, false, true, true); }

int OrderCompare(const Value& a, const Value& b) {
  int ra = OrderRank(a.kind()), rb = OrderRank(b.kind());
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (a.kind()) {
    case Value::Kind::kNull:
      return 0;
    case Value::Kind::kInt:
    case Value::Kind::kFloat: {
      bool na = IsNaN(a), nb = IsNaN(b);
      if (na || nb) return na == nb ? 0 : (na ? 1 : -1);
      return CompareNumbers(a, b);
    }
    case Value::Kind::kBool:
      return CompareScalars(a.AsBool(), b.AsBool());
    case Value::Kind::kString:
      return Sign(a.AsString().compare(b.AsString()));
    case Value::Kind::kNode:
      return CompareScalars(Raw(a.AsNode()), Raw(b.AsNode()));
    case Value::Kind::kRelationship:
      return CompareScalars(Raw(a.AsRelationship()), Raw(b.AsRelationship()));
    case Value::Kind::kList: {
      const ValueList& x = a.AsList();
      const ValueList& y = b.AsList();
      size_t n = std::min(x.size(), y.size());
      for (size_t i = 0; i < n; ++i) {
        int c = OrderCompare(x[i], y[i]);
        if (c != 0) return c;
      }
      return CompareScalars(x.size(), y.size());
    }
    case Value::Kind::kMap: {
      const ValueMap& x = a.AsMap();
      const ValueMap& y = b.AsMap();
      auto i = x.begin();
      auto j = y.begin();
      for (; i != x.end() && j != y.end(); ++i, ++j) {
        int c = Sign(i->first.compare(j->first));
        if (c != 0) return c;
        c = OrderCompare(i->second, j->second);
        if (c != 0) return c;
      }
      return CompareScalars(x.size(), y.size());
    }
    case Value::Kind::kPath: {
      const PathValue& x = a.AsPath();
      const PathValue& y = b.AsPath();
      size_t n = std::min(x.nodes.size(), y.nodes.size());
      for (size_t i = 0; i < n; ++i) {
        int c = CompareScalars(Raw(x.nodes[i]), Raw(y.nodes[i]));
        if (c != 0) return c;
        if (i < x.rels.size() && i < y.rels.size()) {
          c = CompareScalars(Raw(x.rels[i]), Raw(y.rels[i]));
          if (c != 0) return c;
        }
      }
      return CompareScalars(x.nodes.size(), y.nodes.size());
    }
    case Value::Kind::kDate:
    case Value::Kind::kLocalTime:
    case Value::Kind::kTime:
    case Value::Kind::kLocalDateTime:
    case Value::Kind::kDateTime:
    case Value::Kind::kDuration:
      return CompareTemporal(a, b);
  }
  return 0;
}

size_t HashValue(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kNull:
      return absl::HashOf(0);
    case Value::Kind::kBool:
      return absl::HashOf(1, v.AsBool());
    case Value::Kind::kInt:
      return absl::HashOf(2, v.AsInt());
    case Value::Kind::kFloat: {
      double d = v.AsFloat();
      if (std::isnan(d)) return absl::HashOf(3);
      // An integral double hashes as the integer it equals (and -0.0 as 0).
      if (d >= -kTwoPow63 && d < kTwoPow63 && std::trunc(d) == d) {
        return absl::HashOf(2, static_cast<int64_t>(d));
      }
      return absl::HashOf(4, d);
    }
    case Value::Kind::kString:
      return absl::HashOf(5, v.AsString());
    case Value::Kind::kList: {
      size_t h = absl::HashOf(6, v.AsList().size());
      for (const Value& e : v.AsList()) h = absl::HashOf(h, HashValue(e));
      return h;
    }
    case Value::Kind::kMap: {
      size_t h = absl::HashOf(7, v.AsMap().size());
      for (const auto& [k, e] : v.AsMap()) h = absl::HashOf(h, k, HashValue(e));
      return h;
    }
    case Value::Kind::kNode:
      return absl::HashOf(8, Raw(v.AsNode()));
    case Value::Kind::kRelationship:
      return absl::HashOf(9, Raw(v.AsRelationship()));
    case Value::Kind::kPath: {
      size_t h = absl::HashOf(10);
      for (NodeId n : v.AsPath().nodes) h = absl::HashOf(h, Raw(n));
      for (RelId r : v.AsPath().rels) h = absl::HashOf(h, Raw(r));
      return h;
    }
    case Value::Kind::kDate:
      return absl::HashOf(11, v.AsDate().days);
    case Value::Kind::kLocalTime:
      return absl::HashOf(12, v.AsLocalTime().nanos);
    case Value::Kind::kTime:
      return absl::HashOf(13, v.AsTime().nanos, v.AsTime().offset);
    case Value::Kind::kLocalDateTime:
      return absl::HashOf(14, v.AsLocalDateTime().seconds,
                          v.AsLocalDateTime().nanos);
    case Value::Kind::kDateTime: {
      const DateTime& t = v.AsDateTime();
      return absl::HashOf(15, t.seconds, t.nanos, t.offset, t.zone);
    }
    case Value::Kind::kDuration: {
      const Duration& d = v.AsDuration();
      return absl::HashOf(16, d.months, d.days, d.seconds, d.nanos);
    }
  }
  return 0;
}

}  // namespace kg
