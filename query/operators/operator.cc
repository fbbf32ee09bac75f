// The Operator base: counters, Reset, the Argument leaf and plan printing.
#include "query/operators/operator.h"

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"

namespace kg::query {

absl::StatusOr<bool> Operator::Next(ExecContext& ctx, Row& row) {
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

void Operator::Reset() {
  if (child_) child_->Reset();
}

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

void Print(const Operator& op, bool profile, int depth, std::string& out) {
  out.append(static_cast<size_t>(depth) * 2, ' ');
  out += op.ToString();
  if (profile) {
    absl::StrAppend(&out, "  (rows=", op.rows(),
                    ", time=", absl::FormatDuration(op.time()), ")");
  }
  out += '\n';
  for (const Operator* child : op.Children()) {
    Print(*child, profile, depth + 1, out);
  }
}

}  // namespace

std::string PlanToString(const Operator& root, bool profile) {
  std::string out;
  Print(root, profile, 0, out);
  return out;
}

}  // namespace kg::query
