// The Operator base: counters, Reset, the Argument leaf and plan printing.
#include "query/operators/operator.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/clock.h"
#include "graph/status_macros.h"

namespace kg::query {

absl::StatusOr<bool> Operator::Next(ExecContext& ctx, Row& row) {
  KG_RETURN_IF_ERROR(ctx.Tick());
  if (!ctx.profile) {
    absl::StatusOr<bool> more = Produce(ctx, row);
    if (more.ok() && *more) ++rows_;
    return more;
  }
  absl::Time start = absl::Now();
  absl::StatusOr<bool> more = Produce(ctx, row);
  time_ += absl::Now() - start;
  if (more.ok() && *more) ++rows_;
  return more;
}

Operator::~Operator() {
  // Unlinks the chain below one operator at a time: destroying it through
  // the members would recurse as deep as the chain is long.
  OperatorPtr next = std::move(child_);
  while (next) {
    OperatorPtr below = std::move(next->child_);
    next = std::move(below);
  }
}

void Operator::Reset() {
  if (child_) child_->Reset();
}

double Operator::Estimate() const { return estimate_; }

std::vector<const Operator*> Operator::Children() const {
  if (!child_) return {};
  return {child_.get()};
}

absl::StatusOr<bool> Argument::Produce(ExecContext&, Row& row) {
  if (done_ || input_ == nullptr) return false;
  done_ = true;
  row = *input_;
  return true;
}

namespace {

// Deeper lines keep this indentation and say their depth instead, so that
// the text of a plan grows with its operator count, not with depth squared.
constexpr size_t kMaxIndent = 32;

// Whole rows from one up, two significant digits below ("0.25").
std::string FormatEstimate(double rows) {
  if (rows >= 1 || rows == 0) return absl::StrCat(std::llround(rows));
  return absl::StrFormat("%.2g", rows);
}

}  // namespace

// Walks the tree with an explicit stack: a plan may be deeper than the call
// stack allows recursion.
std::string PlanToString(const Operator& root, bool profile) {
  std::string out;
  std::vector<std::pair<const Operator*, size_t>> stack = {{&root, 0}};
  while (!stack.empty()) {
    auto [op, depth] = stack.back();
    stack.pop_back();
    out.append(std::min(depth, kMaxIndent) * 2, ' ');
    if (depth > kMaxIndent) absl::StrAppend(&out, "[", depth, "] ");
    out += op->ToString();
    const double estimate = op->Estimate();
    if (profile) {
      absl::StrAppend(&out, "  (", estimate >= 0 ? "est=" : "",
                      estimate >= 0 ? FormatEstimate(estimate) + ", " : "",
                      "rows=", op->rows(),
                      ", time=", absl::FormatDuration(op->time()), ")");
    } else if (estimate >= 0) {
      absl::StrAppend(&out, "  (est=", FormatEstimate(estimate), ")");
    }
    out += '\n';
    std::vector<const Operator*> children = op->Children();
    for (auto it = children.rbegin(); it != children.rend(); ++it) {
      stack.emplace_back(*it, depth + 1);
    }
  }
  return out;
}

size_t PlanDepth(const Operator& root) {
  size_t deepest = 0;
  std::vector<std::pair<const Operator*, size_t>> stack = {{&root, 1}};
  while (!stack.empty()) {
    auto [op, depth] = stack.back();
    stack.pop_back();
    deepest = std::max(deepest, depth);
    for (const Operator* child : op->Children()) {
      stack.emplace_back(child, depth + 1);
    }
  }
  return deepest;
}

}  // namespace kg::query
