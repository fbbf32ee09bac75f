// Functions over lists (and strings where openCypher allows): size, head,
// last, tail, range, reverse, coalesce.
#include <algorithm>
#include <string>

#include "graph/status_macros.h"
#include "query/errors.h"
#include "query/functions/registry.h"
#include "query/functions/utf8.h"

namespace kg::query {
namespace {

using Args = absl::Span<const Value>;

// range() refuses lists longer than this rather than exhaust memory.
constexpr int64_t kMaxRange = 10'000'000;

absl::StatusOr<Value> Size(ExecContext&, Args a) {
  if (a[0].is_null()) return Value();
  if (a[0].is_list()) {
    return Value::Int(static_cast<int64_t>(a[0].AsList().size()));
  }
  if (a[0].is_string()) return Value::Int(CodePointCount(a[0].AsString()));
  return TypeError("size() expects a list or a string");
}

absl::StatusOr<Value> Head(ExecContext&, Args a) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_list()) return TypeError("head() expects a list");
  return a[0].AsList().empty() ? Value() : a[0].AsList().front();
}

absl::StatusOr<Value> Last(ExecContext&, Args a) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_list()) return TypeError("last() expects a list");
  return a[0].AsList().empty() ? Value() : a[0].AsList().back();
}

absl::StatusOr<Value> Tail(ExecContext&, Args a) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_list()) return TypeError("tail() expects a list");
  const ValueList& l = a[0].AsList();
  if (l.empty()) return Value::List({});
  return Value::List(ValueList(l.begin() + 1, l.end()));
}

absl::StatusOr<Value> Range(ExecContext& ctx, Args a) {
  for (const Value& v : a) {
    if (!v.is_int()) return TypeError("range() expects integer arguments");
  }
  int64_t from = a[0].AsInt(), to = a[1].AsInt();
  int64_t step = a.size() > 2 ? a[2].AsInt() : 1;
  if (step == 0) return RuntimeError("NumberOutOfRange", "range() step is 0");
  // The number of elements; doubles cannot overflow and are exact enough
  // for a bound.
  double count = (static_cast<double>(to) - static_cast<double>(from)) /
                     static_cast<double>(step) +
                 1;
  if (count > kMaxRange) {
    return absl::ResourceExhaustedError("range() would have too many elements");
  }
  if (count > 0) {
    KG_RETURN_IF_ERROR(
        ctx.CheckMemory(static_cast<uint64_t>(count) * sizeof(Value)));
  }
  ValueList out;
  if (step > 0) {
    for (int64_t i = from; i <= to; i += step) {
      KG_RETURN_IF_ERROR(ctx.Tick());
      out.push_back(Value::Int(i));
      if (i > INT64_MAX - step) break;
    }
  } else {
    for (int64_t i = from; i >= to; i += step) {
      KG_RETURN_IF_ERROR(ctx.Tick());
      out.push_back(Value::Int(i));
      if (i < INT64_MIN - step) break;
    }
  }
  return Value::List(std::move(out));
}

absl::StatusOr<Value> Reverse(ExecContext&, Args a) {
  if (a[0].is_null()) return Value();
  if (a[0].is_string()) {
    std::vector<size_t> offsets = CodePointOffsets(a[0].AsString());
    std::string out;
    for (size_t i = offsets.size() - 1; i > 0; --i) {
      out +=
          a[0].AsString().substr(offsets[i - 1], offsets[i] - offsets[i - 1]);
    }
    return Value::String(std::move(out));
  }
  if (!a[0].is_list()) return TypeError("reverse() expects a list or a string");
  ValueList out(a[0].AsList().rbegin(), a[0].AsList().rend());
  return Value::List(std::move(out));
}

absl::StatusOr<Value> Coalesce(ExecContext&, Args a) {
  for (const Value& v : a) {
    if (!v.is_null()) return v;
  }
  return Value();
}

const Function kFunctions[] = {
    {"size", 1, 1, Size},          {"head", 1, 1, Head},
    {"last", 1, 1, Last},          {"tail", 1, 1, Tail},
    {"range", 2, 3, Range},        {"reverse", 1, 1, Reverse},
    {"coalesce", 1, -1, Coalesce},
};

}  // namespace

absl::Span<const Function> ListFunctions() { return kFunctions; }

}  // namespace kg::query
