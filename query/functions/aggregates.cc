// Aggregate functions: count, sum, avg, min, max, collect, stDev, stDevP,
// percentileCont, percentileDisc. Nulls are skipped; DISTINCT keeps the first
// of each equivalence class of the first argument.
#include <algorithm>
#include <cmath>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "query/errors.h"
#include "query/functions/registry.h"

namespace kg::query {
namespace {

using Args = absl::Span<const Value>;

class Count final : public Accumulator {
 public:
  explicit Count(bool star) : star_(star) {}
  absl::Status Add(Args a) override {
    if (star_ || !a[0].is_null()) ++n_;
    return absl::OkStatus();
  }
  absl::StatusOr<Value> Finish() override { return Value::Int(n_); }

 private:
  bool star_;
  int64_t n_ = 0;
};

class Sum final : public Accumulator {
 public:
  explicit Sum(bool average) : average_(average) {}
  absl::Status Add(Args a) override {
    if (a[0].is_null()) return absl::OkStatus();
    if (!a[0].is_number()) return TypeError("sum() and avg() expect numbers");
    ++n_;
    if (a[0].is_int() && !is_float_) {
      if (__builtin_add_overflow(int_sum_, a[0].AsInt(), &int_sum_)) {
        if (!average_) return RuntimeError("IntegerOverflow", "sum overflows");
        is_float_ = true;
      }
    } else if (!is_float_) {
      is_float_ = true;
    }
    float_sum_ += a[0].AsNumber();
    return absl::OkStatus();
  }
  absl::StatusOr<Value> Finish() override {
    if (average_) {
      if (n_ == 0) return Value();
      return Value::Float(float_sum_ / static_cast<double>(n_));
    }
    return is_float_ ? Value::Float(float_sum_) : Value::Int(int_sum_);
  }

 private:
  bool average_;
  bool is_float_ = false;
  int64_t n_ = 0;
  int64_t int_sum_ = 0;
  double float_sum_ = 0;
};

class Extreme final : public Accumulator {
 public:
  explicit Extreme(bool max) : max_(max) {}
  absl::Status Add(Args a) override {
    if (a[0].is_null()) return absl::OkStatus();
    if (best_.is_null()) {
      best_ = a[0];
    } else {
      int c = OrderCompare(a[0], best_);
      if (max_ ? c > 0 : c < 0) best_ = a[0];
    }
    return absl::OkStatus();
  }
  absl::StatusOr<Value> Finish() override { return best_; }

 private:
  bool max_;
  Value best_;
};

class Collect final : public Accumulator {
 public:
  absl::Status Add(Args a) override {
    if (!a[0].is_null()) items_.push_back(a[0]);
    return absl::OkStatus();
  }
  absl::StatusOr<Value> Finish() override { return Value::List(items_); }

 private:
  ValueList items_;
};

class StdDev final : public Accumulator {
 public:
  explicit StdDev(bool population) : population_(population) {}
  absl::Status Add(Args a) override {
    if (a[0].is_null()) return absl::OkStatus();
    if (!a[0].is_number()) return TypeError("stDev() expects numbers");
    values_.push_back(a[0].AsNumber());
    return absl::OkStatus();
  }
  absl::StatusOr<Value> Finish() override {
    size_t n = values_.size();
    if (n == 0 || (!population_ && n == 1)) return Value::Float(0);
    double mean = 0;
    for (double v : values_) mean += v;
    mean /= static_cast<double>(n);
    double sq = 0;
    for (double v : values_) sq += (v - mean) * (v - mean);
    return Value::Float(
        std::sqrt(sq / static_cast<double>(population_ ? n : n - 1)));
  }

 private:
  bool population_;
  std::vector<double> values_;
};

class Percentile final : public Accumulator {
 public:
  explicit Percentile(bool continuous) : continuous_(continuous) {}
  absl::Status Add(Args a) override {
    if (!a[1].is_number()) return TypeError("percentile must be a number");
    percentile_ = a[1].AsNumber();
    if (percentile_ < 0 || percentile_ > 1) {
      return RuntimeError("NumberOutOfRange",
                          "percentile must be between 0.0 and 1.0");
    }
    if (a[0].is_null()) return absl::OkStatus();
    if (!a[0].is_number()) return TypeError("percentile expects numbers");
    values_.push_back(a[0]);
    return absl::OkStatus();
  }
  absl::StatusOr<Value> Finish() override {
    if (values_.empty()) return Value();
    std::stable_sort(values_.begin(), values_.end(),
                     [](const Value& x, const Value& y) {
                       return x.AsNumber() < y.AsNumber();
                     });
    double n = static_cast<double>(values_.size());
    if (!continuous_) {
      double pos = std::ceil(percentile_ * n) - 1;
      size_t i = pos < 0 ? 0 : static_cast<size_t>(pos);
      return values_[std::min(i, values_.size() - 1)];
    }
    double pos = percentile_ * (n - 1);
    size_t lo = static_cast<size_t>(std::floor(pos));
    size_t hi = static_cast<size_t>(std::ceil(pos));
    double frac = pos - static_cast<double>(lo);
    double v = values_[lo].AsNumber() +
               (values_[hi].AsNumber() - values_[lo].AsNumber()) * frac;
    return Value::Float(v);
  }

 private:
  bool continuous_;
  double percentile_ = 0;
  ValueList values_;
};

// Feeds the inner accumulator only the first row of each distinct value.
class Distinct final : public Accumulator {
 public:
  explicit Distinct(std::unique_ptr<Accumulator> inner)
      : inner_(std::move(inner)) {}
  absl::Status Add(Args a) override {
    if (!a[0].is_null() && !seen_.insert(a[0]).second) {
      return absl::OkStatus();
    }
    return inner_->Add(a);
  }
  absl::StatusOr<Value> Finish() override { return inner_->Finish(); }

 private:
  std::unique_ptr<Accumulator> inner_;
  absl::flat_hash_set<Value, ValueHash, ValueEquivalent> seen_;
};

const Function kFunctions[] = {
    {"count", 1, 1, nullptr},
    {"sum", 1, 1, nullptr},
    {"avg", 1, 1, nullptr},
    {"min", 1, 1, nullptr},
    {"max", 1, 1, nullptr},
    {"collect", 1, 1, nullptr},
    {"stDev", 1, 1, nullptr},
    {"stDevP", 1, 1, nullptr},
    {"percentileCont", 2, 2, nullptr},
    {"percentileDisc", 2, 2, nullptr},
};

std::unique_ptr<Accumulator> MakeInner(const Function* f) {
  if (f == nullptr) return std::make_unique<Count>(true);
  std::string_view n = f->name;
  if (n == "count") return std::make_unique<Count>(false);
  if (n == "sum") return std::make_unique<Sum>(false);
  if (n == "avg") return std::make_unique<Sum>(true);
  if (n == "min") return std::make_unique<Extreme>(false);
  if (n == "max") return std::make_unique<Extreme>(true);
  if (n == "collect") return std::make_unique<Collect>();
  if (n == "stDev") return std::make_unique<StdDev>(false);
  if (n == "stDevP") return std::make_unique<StdDev>(true);
  if (n == "percentileCont") return std::make_unique<Percentile>(true);
  return std::make_unique<Percentile>(false);
}

}  // namespace

std::unique_ptr<Accumulator> MakeAccumulator(const Function* function,
                                             bool distinct) {
  std::unique_ptr<Accumulator> inner = MakeInner(function);
  if (distinct && function != nullptr) {
    return std::make_unique<Distinct>(std::move(inner));
  }
  return inner;
}

absl::Span<const Function> AggregateFunctions() { return kFunctions; }

}  // namespace kg::query
