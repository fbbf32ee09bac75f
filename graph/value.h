// Value: one openCypher value.
//
// A Value is null, a boolean, a 64-bit integer, a double, a UTF-8 string, a
// list, a map (string keys, kept sorted), a reference to a node, a
// relationship or a path of the graph, or a temporal value (temporal.h). Lists,
// maps and paths are immutable once built and shared between copies, so copying
// a Value is cheap.
//
// openCypher defines three different ways to compare values, and kg keeps them
// apart on purpose:
//   * Equals()       -- the `=` operator: ternary (true, false or null).
//   * Compare()      -- `<`, `<=`, `>`, `>=`: defined only within numbers,
//                       strings, booleans, lists and each temporal kind but
//                       Duration; otherwise null.
//   * OrderCompare() -- the total order used by ORDER BY; also defines
//                       equivalence (DISTINCT, grouping, index keys), under
//                       which null ~ null, NaN ~ NaN and 1 ~ 1.0.
// Thread-safety: a const Value may be read from any number of threads.
#ifndef KG_GRAPH_VALUE_H_
#define KG_GRAPH_VALUE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "absl/hash/hash.h"
#include "graph/temporal.h"

namespace kg {

// Stable identifiers. A deleted node or relationship leaves a hole: ids are
// never reused or renumbered.
enum class NodeId : uint64_t {};
enum class RelId : uint64_t {};

inline constexpr uint64_t Raw(NodeId id) { return static_cast<uint64_t>(id); }
inline constexpr uint64_t Raw(RelId id) { return static_cast<uint64_t>(id); }

class Value;
using ValueList = std::vector<Value>;
using ValueMap = std::map<std::string, Value, std::less<>>;

// A path alternates nodes and relationships: nodes.size() == rels.size() + 1.
struct PathValue {
  std::vector<NodeId> nodes;
  std::vector<RelId> rels;
};

// The result of `=` and of the comparison operators.
enum class Ternary : uint8_t { kFalse, kTrue, kNull };

// The result of Compare(): an order, or why there is none. kNaN stands for a
// comparison involving NaN, which openCypher makes false for every operator.
enum class Comparison : uint8_t { kLess, kEqual, kGreater, kNull, kNaN };

class Value {
 public:
  enum class Kind : uint8_t {
    kNull,
    kBool,
    kInt,
    kFloat,
    kString,
    kList,
    kMap,
    kNode,
    kRelationship,
    kPath,
    kDate,
    kLocalTime,
    kTime,
    kLocalDateTime,
    kDateTime,
    kDuration,
  };

  Value() = default;  // null

  static Value Null() { return Value(); }
  static Value Bool(bool b) { return Value(Rep(b)); }
  static Value Int(int64_t i) { return Value(Rep(i)); }
  static Value Float(double d) { return Value(Rep(d)); }
  static Value String(std::string s) { return Value(Rep(std::move(s))); }
  static Value List(ValueList items);
  static Value Map(ValueMap entries);
  static Value Node(NodeId id) { return Value(Rep(id)); }
  static Value Relationship(RelId id) { return Value(Rep(id)); }
  static Value Path(PathValue path);
  static Value FromDate(temporal::Date d) { return Value(Rep(d)); }
  static Value FromLocalTime(temporal::LocalTime t) { return Value(Rep(t)); }
  static Value FromTime(temporal::Time t) { return Value(Rep(t)); }
  static Value FromLocalDateTime(temporal::LocalDateTime t) {
    return Value(Rep(t));
  }
  static Value FromDateTime(temporal::DateTime t);
  static Value FromDuration(temporal::Duration d) { return Value(Rep(d)); }

  Kind kind() const { return static_cast<Kind>(rep_.index()); }
  bool is_null() const { return kind() == Kind::kNull; }
  bool is_bool() const { return kind() == Kind::kBool; }
  bool is_int() const { return kind() == Kind::kInt; }
  bool is_float() const { return kind() == Kind::kFloat; }
  bool is_number() const { return is_int() || is_float(); }
  bool is_string() const { return kind() == Kind::kString; }
  bool is_list() const { return kind() == Kind::kList; }
  bool is_map() const { return kind() == Kind::kMap; }
  bool is_node() const { return kind() == Kind::kNode; }
  bool is_relationship() const { return kind() == Kind::kRelationship; }
  bool is_path() const { return kind() == Kind::kPath; }
  bool is_temporal() const { return kind() >= Kind::kDate; }

  // REQUIRES: the matching kind.
  bool AsBool() const { return std::get<bool>(rep_); }
  int64_t AsInt() const { return std::get<int64_t>(rep_); }
  double AsFloat() const { return std::get<double>(rep_); }
  // REQUIRES: is_number().
  double AsNumber() const {
    return is_int() ? static_cast<double>(AsInt()) : AsFloat();
  }
  const std::string& AsString() const { return std::get<std::string>(rep_); }
  const ValueList& AsList() const;
  const ValueMap& AsMap() const;
  NodeId AsNode() const { return std::get<NodeId>(rep_); }
  RelId AsRelationship() const { return std::get<RelId>(rep_); }
  const PathValue& AsPath() const;
  const temporal::Date& AsDate() const {
    return std::get<temporal::Date>(rep_);
  }
  const temporal::LocalTime& AsLocalTime() const {
    return std::get<temporal::LocalTime>(rep_);
  }
  const temporal::Time& AsTime() const {
    return std::get<temporal::Time>(rep_);
  }
  const temporal::LocalDateTime& AsLocalDateTime() const {
    return std::get<temporal::LocalDateTime>(rep_);
  }
  const temporal::DateTime& AsDateTime() const {
    return *std::get<DateTimePtr>(rep_);
  }
  const temporal::Duration& AsDuration() const {
    return std::get<temporal::Duration>(rep_);
  }

  // The ISO 8601 form of a temporal value (temporal.h), as toString() gives
  // it. REQUIRES: is_temporal().
  std::string TemporalText() const;

  // True for what a graph may store as a property: bool, int, float, string,
  // a temporal value, or a list of those (nested lists are refused). Null is
  // not storable: setting a property to null removes it.
  bool IsStorableProperty() const;

  // A human-readable openCypher literal: null, true, 42, 1.5, 'it\'s',
  // [1, 'a'], {k: 1}. Nodes, relationships and paths print as their ids
  // (the graph layer renders them with labels and properties).
  std::string ToString() const;

  // The name of the kind as openCypher error messages say it
  // ("Integer", "Float", "String", "List", "Map", "Node", ...).
  static const char* KindName(Kind kind);

  // How deeply lists and maps nest in this value: 0 for a scalar, a node,
  // a relationship or a path, 1 for [1] or {}, 2 for [[1]]... Kept with the
  // value, so O(1): callers that build values in a loop bound it, since the
  // walks over a value (printing, comparing, destroying) recurse.
  uint32_t depth() const;

 private:
  // A list or map with its depth, computed once when it is built.
  struct ListRep;
  struct MapRep;
  using ListPtr = std::shared_ptr<const ListRep>;
  using MapPtr = std::shared_ptr<const MapRep>;
  using PathPtr = std::shared_ptr<const PathValue>;
  // Shared because of the zone name, which would otherwise double the size
  // of every Value.
  using DateTimePtr = std::shared_ptr<const temporal::DateTime>;
  // The alternative order matches Kind.
  using Rep =
      std::variant<std::monostate, bool, int64_t, double, std::string, ListPtr,
                   MapPtr, NodeId, RelId, PathPtr, temporal::Date,
                   temporal::LocalTime, temporal::Time, temporal::LocalDateTime,
                   DateTimePtr, temporal::Duration>;

  explicit Value(Rep rep) : rep_(std::move(rep)) {}

  Rep rep_;
};

// openCypher `=`. Different kinds are unequal (numbers compare by value);
// null anywhere, also inside lists and maps, may make the result null.
Ternary Equals(const Value& a, const Value& b);

// openCypher `<` family. kNull where the values are not comparable.
Comparison Compare(const Value& a, const Value& b);

// Applies a comparison operator to Compare()'s result.
Ternary IsLess(Comparison c);
Ternary IsLessOrEqual(Comparison c);
Ternary IsGreater(Comparison c);
Ternary IsGreaterOrEqual(Comparison c);

// The ORDER BY total order: negative, zero or positive. Ascending, the kinds
// come as map < node < relationship < list < path < datetime < localdatetime
// < date < time < localtime < duration < string < boolean < number < null;
// NaN sorts above every other number. Durations order by their fields
// (months, days, seconds, nanoseconds): there is no natural order.
int OrderCompare(const Value& a, const Value& b);

// Equivalence: OrderCompare(a, b) == 0.
inline bool Equivalent(const Value& a, const Value& b) {
  return OrderCompare(a, b) == 0;
}

// A hash consistent with Equivalent(): 1 and 1.0 hash alike.
size_t HashValue(const Value& v);

struct ValueHash {
  size_t operator()(const Value& v) const { return HashValue(v); }
};
struct ValueEquivalent {
  bool operator()(const Value& a, const Value& b) const {
    return Equivalent(a, b);
  }
};

// Formats a double as openCypher writes it: shortest round-trip form, always
// with a decimal point or exponent (1.0, 0.1, 1e+300, NaN, Infinity).
std::string FormatDouble(double d);

// Quotes a string as an openCypher literal with single quotes.
std::string QuoteString(std::string_view s);

}  // namespace kg

#endif  // KG_GRAPH_VALUE_H_
