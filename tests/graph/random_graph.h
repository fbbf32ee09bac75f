// Random graphs for the property-based round-trip tests, and a strict
// comparison of two graphs.
//
// RandomGraph(seed) is a pure function of the seed (std::mt19937_64, and no
// distribution whose output the standard leaves to the library), so a
// failing seed reproduces anywhere. The graphs hold what kg's graphs can
// hold and what trips exporters: several labels per node, every storable
// value kind (strings with quotes, delimiters, line breaks, NUL, unicode and
// emoji; INT64 min and max; negative zero, NaN, infinities, subnormals; the
// six temporal kinds, with far years, odd offsets, named zones and negative
// durations; lists of each kind, empty ones too), names that need quoting, self
// loops, parallel relationships and deleted elements (holes in the ids).
//
// GraphDiff() compares what a user sees: live nodes in id order (so holes
// do not matter), each node's set of labels, properties with exact values
// (an integer is not a float, -0.0 is not 0.0, NaN equals NaN), and
// relationships in id order with their ends, type and properties.
#ifndef KG_TESTS_GRAPH_RANDOM_GRAPH_H_
#define KG_TESTS_GRAPH_RANDOM_GRAPH_H_

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "graph/graph.h"
#include "graph/temporal.h"
#include "graph/temporal_parse.h"
#include "graph/value.h"
#include "gtest/gtest.h"

namespace kg::random_graph {

struct Options {
  // Also use, now and then, what some formats cannot hold (see csv_io.h):
  // lists mixing kinds, the list [''], strings holding NUL, and empty
  // labels, types and keys.
  bool awkward = true;
};

class Maker {
 public:
  explicit Maker(uint64_t seed, Options options = {})
      : rng_(seed), options_(options) {}

  Graph Make() {
    Graph g;
    int nodes = Below(9);
    std::vector<NodeId> ids;
    for (int i = 0; i < nodes; ++i) {
      std::vector<LabelId> labels;
      for (int l = Below(4); l > 0; --l) {
        LabelId id = g.InternLabel(Label());
        if (std::find(labels.begin(), labels.end(), id) == labels.end()) {
          labels.push_back(id);
        }
      }
      NodeId n = g.AddNode(labels);
      for (int p = Below(6); p > 0; --p) {
        (void)g.SetProperty(n, g.InternKey(Key()), RandomValue());
      }
      ids.push_back(n);
    }
    std::vector<RelId> rels;
    for (int r = ids.empty() ? 0 : Below(12); r > 0; --r) {
      RelId id = g.AddRelationship(ids[Below(ids.size())],
                                   ids[Below(ids.size())], g.InternType(Type()))
                     .value();
      for (int p = Below(4); p > 0; --p) {
        (void)g.SetProperty(id, g.InternKey(Key()), RandomValue());
      }
      rels.push_back(id);
    }
    // Holes: a deleted relationship and a deleted node, now and then.
    if (!rels.empty() && Below(3) == 0) {
      (void)g.DeleteRelationship(rels[Below(rels.size())]);
    }
    if (!ids.empty() && Below(3) == 0) {
      (void)g.DeleteNode(ids[Below(ids.size())], /*detach=*/true);
    }
    return g;
  }

  Value RandomValue() {
    switch (Below(7)) {
      case 0:
        return Value::Bool(Below(2) == 0);
      case 1:
        return Value::Int(RandomInt());
      case 2:
        return Value::Float(RandomFloat());
      case 3:
      case 4:
        return Value::String(RandomString());
      case 5:
        return RandomTemporal(TemporalKind());
      default:
        return RandomList();
    }
  }

 private:
  // Uniform in [0, n) without std::uniform_int_distribution, whose output
  // differs between standard libraries.
  int Below(size_t n) { return static_cast<int>(rng_() % n); }

  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[Below(v.size())];
  }

  // A name from `pool`; now and then, when awkward, the empty name.
  std::string Name(const std::vector<std::string>& pool) {
    if (options_.awkward && Below(64) == 0) return "";
    return Pick(pool);
  }
  std::string Label() {
    static const std::vector<std::string> pool = {
        "Person",      "Agency",
        "Multi Word",  "Zoë",
        "🚀",           "with`tick",
        "semi;colon",  "comma,name",
        "pipe|x",      "colon:x",
        "quote\"x",    "apos'x",
        "line\nbreak", "UNIQUE IMPORT LABEL"};
    return Name(pool);
  }
  std::string Type() {
    static const std::vector<std::string> pool = {
        "KNOWS", "WORKS_FOR", "with space", "тип", "semi;colon", "tick`s", "🚀"};
    return Name(pool);
  }
  std::string Key() {
    static const std::vector<std::string> pool = {
        "name", "age",   "x y",    "ключ",   "🔑",
        "a:b",  "a:int", "tick`s", "q\"",    "semi;",
        "c,d",  "id",    "type",   "labels", "UNIQUE IMPORT ID"};
    return Name(pool);
  }

  int64_t RandomInt() {
    static const std::vector<int64_t> special = {
        0,
        1,
        -1,
        std::numeric_limits<int64_t>::min(),
        std::numeric_limits<int64_t>::max(),
        (int64_t{1} << 53) + 1,
        -(int64_t{1} << 53) - 1,
        1975};
    if (Below(2) == 0) return Pick(special);
    return static_cast<int64_t>(rng_()) >> Below(64);
  }

  double RandomFloat() {
    static const std::vector<double> special = {
        0.0,
        -0.0,
        0.1,
        -2.5,
        3.0,
        1e300,
        -1e-300,
        5e-324,
        std::numeric_limits<double>::max(),
        1.0 / 3.0,
        std::nan(""),
        std::numeric_limits<double>::infinity(),
        -std::numeric_limits<double>::infinity(),
        9007199254740993.0};
    if (Below(2) == 0) return Pick(special);
    // Any finite double, from its bits.
    uint64_t bits = rng_();
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return std::isfinite(d) ? d : 0.5;
  }

  std::string RandomString() {
    static const std::vector<std::string> pieces = {
        "",     " ",   "a",     "Zoë",    "东京", "🚀",  "👩‍🚀",
        "\"",   "'",   ",",     "\n",     "\r\n", "\r", "|",
        ";",    "\\",  "`",     "\t",     "{}",   "[",  ":",
        "$x",   "//",  "/*",    "\u2028", "123",  "-0", "true",
        "null", "NaN", " pad ", "#",      "\x01", "é",  "e\u0301"};
    std::string s;
    for (int n = Below(5); n > 0; --n) s += Pick(pieces);
    // NUL, which CSV text cannot carry.
    if (options_.awkward && Below(64) == 0) s += std::string("\0", 1);
    return s;
  }

  Value::Kind TemporalKind() {
    return static_cast<Value::Kind>(static_cast<int>(Value::Kind::kDate) +
                                    Below(6));
  }

  // Days since 1970: recent dates, the ends of four-digit years, and years
  // far outside them (which the text forms write with a sign).
  int64_t RandomDays() {
    static const std::vector<int64_t> special = {
        0,
        -1,
        16637,  // 2015-07-21
        temporal::DaysFromCivil(1, 1, 1),
        temporal::DaysFromCivil(0, 2, 29),
        temporal::DaysFromCivil(-1, 12, 31),
        temporal::DaysFromCivil(9999, 12, 31),
        temporal::DaysFromCivil(10000, 1, 1),
        temporal::DaysFromCivil(-999999999, 1, 1),
        temporal::DaysFromCivil(999999999, 12, 31)};
    if (Below(3) == 0) return Pick(special);
    return static_cast<int64_t>(rng_() % 146097000) - 73048500;
  }

  // Nanoseconds of a day, now whole minutes or seconds, now any.
  int64_t RandomNanosOfDay() {
    int64_t n = static_cast<int64_t>(rng_() % temporal::kNanosPerDay);
    switch (Below(4)) {
      case 0:
        return n - n % (60 * temporal::kNanosPerSecond);
      case 1:
        return n - n % temporal::kNanosPerSecond;
      case 2:
        return n - n % 1000000;
      default:
        return n;
    }
  }

  // Seconds east of UTC, within +-18 hours; now and then not whole minutes.
  int32_t RandomOffset() {
    if (Below(4) == 0) return 0;
    int32_t minutes = Below(18 * 60 * 2 + 1) - 18 * 60;
    if (Below(8) == 0 && std::abs(minutes) < 18 * 60) {
      return minutes * 60 + (minutes < 0 ? -Below(60) : Below(60));
    }
    return minutes * 60;
  }

  Value RandomTemporal(Value::Kind kind) {
    using namespace temporal;  // NOLINT: the cases build temporal values
    const int64_t nanos = RandomNanosOfDay();
    const LocalDateTime local{
        RandomDays() * kSecondsPerDay + nanos / kNanosPerSecond,
        static_cast<int32_t>(nanos % kNanosPerSecond)};
    switch (kind) {
      case Value::Kind::kDate:
        return Value::FromDate(Date{RandomDays()});
      case Value::Kind::kLocalTime:
        return Value::FromLocalTime(LocalTime{nanos});
      case Value::Kind::kTime:
        return Value::FromTime(Time{nanos, RandomOffset()});
      case Value::Kind::kLocalDateTime:
        return Value::FromLocalDateTime(local);
      case Value::Kind::kDateTime: {
        if (Below(3) != 0) {
          int32_t offset = RandomOffset();
          return Value::FromDateTime(
              DateTime{local.seconds - offset, local.nanos, offset, ""});
        }
        // In a named zone, between 1900 and 2100, read from text as a
        // user would write it.
        static const std::vector<std::string> zones = {
            "Europe/London", "America/New_York", "Asia/Kolkata",
            "Australia/Lord_Howe", "America/Argentina/Buenos_Aires"};
        LocalDateTime when{
            DaysFromCivil(1900, 1, 1) * kSecondsPerDay +
                static_cast<int64_t>(rng_() % (200ull * 365 * 86400)),
            local.nanos};
        std::string text =
            absl::StrCat(Value::FromLocalDateTime(when).TemporalText(), "[",
                         Pick(zones), "]");
        absl::StatusOr<DateTime> t = ParseDateTime(text);
        if (!t.ok()) {
          ADD_FAILURE() << "the tz database is needed: " << t.status();
          return Value::Null();
        }
        return Value::FromDateTime(*std::move(t));
      }
      default: {
        auto signed_below = [&](uint64_t n) {
          return static_cast<int64_t>(rng_() % (2 * n + 1)) -
                 static_cast<int64_t>(n);
        };
        Duration d;
        if (Below(4) != 0) d.months = signed_below(24000);
        if (Below(4) != 0) d.days = signed_below(100000);
        if (Below(4) != 0) d.seconds = signed_below(int64_t{1} << 40);
        if (Below(2) == 0)
          d.nanos = static_cast<int32_t>(nanos % kNanosPerSecond);
        return Value::FromDuration(d);
      }
    }
  }

  Value RandomList() {
    ValueList items;
    int n = Below(5);
    // One kind per list, as most formats need; a mixed list now and then.
    bool mixed = options_.awkward && Below(16) == 0;
    int kind = Below(5);
    Value::Kind temporal_kind = TemporalKind();
    if (options_.awkward && Below(32) == 0) {
      return Value::List({Value::String("")});
    }
    for (int i = 0; i < n; ++i) {
      switch (mixed ? Below(5) : kind) {
        case 0:
          items.push_back(Value::Bool(Below(2) == 0));
          break;
        case 1:
          items.push_back(Value::Int(RandomInt()));
          break;
        case 2:
          items.push_back(Value::Float(RandomFloat()));
          break;
        case 3:
          items.push_back(RandomTemporal(temporal_kind));
          break;
        default:
          items.push_back(Value::String(RandomString()));
      }
    }
    // A lone "" is the list [''] above; plain graphs do without it.
    if (!options_.awkward && items.size() == 1 && items[0].is_string() &&
        items[0].AsString().empty()) {
      items[0] = Value::String("a");
    }
    return Value::List(std::move(items));
  }

  std::mt19937_64 rng_;
  Options options_;
};

inline Graph RandomGraph(uint64_t seed, Options options = {}) {
  return Maker(seed, options).Make();
}

// Exact equality of stored values: kinds must match, floats by bit pattern
// (so -0.0 differs from 0.0) except that NaN equals NaN.
inline bool SameValue(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case Value::Kind::kBool:
      return a.AsBool() == b.AsBool();
    case Value::Kind::kInt:
      return a.AsInt() == b.AsInt();
    case Value::Kind::kFloat: {
      double x = a.AsFloat(), y = b.AsFloat();
      if (std::isnan(x) || std::isnan(y)) return std::isnan(x) && std::isnan(y);
      return std::memcmp(&x, &y, sizeof x) == 0;
    }
    case Value::Kind::kString:
      return a.AsString() == b.AsString();
    case Value::Kind::kList: {
      const ValueList& l = a.AsList();
      const ValueList& m = b.AsList();
      if (l.size() != m.size()) return false;
      for (size_t i = 0; i < l.size(); ++i) {
        if (!SameValue(l[i], m[i])) return false;
      }
      return true;
    }
    default:
      if (a.is_temporal()) return a.TemporalText() == b.TemporalText();
      return Equivalent(a, b);
  }
}

// A value as text that tells apart what SameValue tells apart.
inline std::string Show(const Value& v) {
  if (v.is_float() && v.AsFloat() == 0 && std::signbit(v.AsFloat())) {
    return "-0.0";
  }
  return v.ToString();
}

namespace internal {

inline std::map<std::string, Value> Props(const Graph& g,
                                          const PropertyList& props) {
  std::map<std::string, Value> out;
  for (const auto& [k, v] : props) out[g.KeyName(k)] = v;
  return out;
}

inline std::string PropsDiff(const std::string& where,
                             const std::map<std::string, Value>& a,
                             const std::map<std::string, Value>& b) {
  for (const auto& [k, v] : a) {
    auto it = b.find(k);
    if (it == b.end()) return absl::StrCat(where, ": property `", k, "` lost");
    if (!SameValue(v, it->second)) {
      return absl::StrCat(where, ": property `", k, "` was ", Show(v),
                          ", came back ", Show(it->second));
    }
  }
  for (const auto& [k, v] : b) {
    if (!a.contains(k)) {
      return absl::StrCat(where, ": property `", k, "` appeared: ", Show(v));
    }
  }
  return "";
}

}  // namespace internal

// "" when `a` and `b` hold the same data; else the first difference.
inline std::string GraphDiff(const Graph& a, const Graph& b) {
  std::vector<NodeId> na, nb;
  a.ForEachNode([&](NodeId n) { na.push_back(n); });
  b.ForEachNode([&](NodeId n) { nb.push_back(n); });
  if (na.size() != nb.size()) {
    return absl::StrCat(na.size(), " nodes became ", nb.size());
  }
  absl::flat_hash_map<NodeId, size_t> dense_a, dense_b;
  for (size_t i = 0; i < na.size(); ++i) {
    dense_a[na[i]] = i;
    dense_b[nb[i]] = i;
    std::vector<std::string> la, lb;
    for (LabelId l : a.Labels(na[i])) la.push_back(a.LabelName(l));
    for (LabelId l : b.Labels(nb[i])) lb.push_back(b.LabelName(l));
    std::sort(la.begin(), la.end());
    std::sort(lb.begin(), lb.end());
    if (la != lb) {
      return absl::StrCat("node ", i, ": labels [", absl::StrJoin(la, "|"),
                          "] became [", absl::StrJoin(lb, "|"), "]");
    }
    std::string d = internal::PropsDiff(
        absl::StrCat("node ", i), internal::Props(a, a.Properties(na[i])),
        internal::Props(b, b.Properties(nb[i])));
    if (!d.empty()) return d;
  }
  std::vector<RelId> ra, rb;
  a.ForEachRelationship([&](RelId r) { ra.push_back(r); });
  b.ForEachRelationship([&](RelId r) { rb.push_back(r); });
  if (ra.size() != rb.size()) {
    return absl::StrCat(ra.size(), " relationships became ", rb.size());
  }
  for (size_t i = 0; i < ra.size(); ++i) {
    std::string where = absl::StrCat("relationship ", i);
    if (dense_a[a.Source(ra[i])] != dense_b[b.Source(rb[i])] ||
        dense_a[a.Target(ra[i])] != dense_b[b.Target(rb[i])]) {
      return absl::StrCat(where, ": ends changed");
    }
    if (a.TypeName(a.Type(ra[i])) != b.TypeName(b.Type(rb[i]))) {
      return absl::StrCat(where, ": type `", a.TypeName(a.Type(ra[i])),
                          "` became `", b.TypeName(b.Type(rb[i])), "`");
    }
    std::string d =
        internal::PropsDiff(where, internal::Props(a, a.Properties(ra[i])),
                            internal::Props(b, b.Properties(rb[i])));
    if (!d.empty()) return d;
  }
  return "";
}

}  // namespace kg::random_graph

#endif  // KG_TESTS_GRAPH_RANDOM_GRAPH_H_
