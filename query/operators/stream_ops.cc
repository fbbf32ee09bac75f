// The streaming row operators: Filter, Projection, Unwind, Optional, Union.
#include "absl/strings/str_cat.h"
#include "query/eval.h"
#include "query/operators/row_ops.h"

namespace kg::query {

absl::StatusOr<bool> Filter::Produce(ExecContext& ctx, Row& row) {
  while (true) {
    KG_ASSIGN_OR_RETURN(bool more, child_->Next(ctx, row));
    if (!more) return false;
    KG_ASSIGN_OR_RETURN(bool keep, EvalPredicate(predicate_, row, ctx));
    if (keep) return true;
  }
}

std::string Projection::ToString() const {
  std::string out = "Projection";
  for (const auto& item : items_) absl::StrAppend(&out, " $", item.second);
  return out;
}

absl::StatusOr<bool> Projection::Produce(ExecContext& ctx, Row& row) {
  KG_ASSIGN_OR_RETURN(bool more, child_->Next(ctx, row));
  if (!more) return false;
  for (const auto& [expr, slot] : items_) {
    KG_ASSIGN_OR_RETURN(Value v, Eval(*expr, row, ctx));
    row[slot] = std::move(v);
  }
  return true;
}

void Unwind::Reset() {
  Operator::Reset();
  items_ = Value();
  pos_ = 0;
}

std::string Unwind::ToString() const { return absl::StrCat("Unwind $", slot_); }

absl::StatusOr<bool> Unwind::Produce(ExecContext& ctx, Row& row) {
  while (true) {
    if (items_.is_list() && pos_ < items_.AsList().size()) {
      row = input_;
      row[slot_] = items_.AsList()[pos_++];
      return true;
    }
    KG_ASSIGN_OR_RETURN(bool more, child_->Next(ctx, input_));
    if (!more) return false;
    KG_ASSIGN_OR_RETURN(Value v, Eval(list_, input_, ctx));
    pos_ = 0;
    if (v.is_list() || v.is_null()) {
      items_ = v.is_null() ? Value::List({}) : std::move(v);
    } else {
      items_ = Value::List({std::move(v)});
    }
  }
}

void Optional::Reset() {
  Operator::Reset();
  active_ = false;
}

std::vector<const Operator*> Optional::Children() const {
  return {child_.get(), inner_.root.get()};
}

absl::StatusOr<bool> Optional::Produce(ExecContext& ctx, Row& row) {
  while (true) {
    if (active_) {
      KG_ASSIGN_OR_RETURN(bool got, inner_.root->Next(ctx, row));
      if (got) {
        matched_ = true;
        return true;
      }
      active_ = false;
      if (!matched_) {
        row = input_;
        for (Slot s : nulls_) row[s] = Value();
        return true;
      }
    }
    KG_ASSIGN_OR_RETURN(bool more, child_->Next(ctx, input_));
    if (!more) return false;
    inner_.argument->SetInput(&input_);
    inner_.root->Reset();
    active_ = true;
    matched_ = false;
  }
}

void Union::Reset() {
  for (auto& p : parts_) p->Reset();
  current_ = 0;
}

std::vector<const Operator*> Union::Children() const {
  std::vector<const Operator*> out;
  for (const auto& p : parts_) out.push_back(p.get());
  return out;
}

absl::StatusOr<bool> Union::Produce(ExecContext& ctx, Row& row) {
  while (current_ < parts_.size()) {
    KG_ASSIGN_OR_RETURN(bool more, parts_[current_]->Next(ctx, row));
    if (more) {
      if (current_ > 0) {
        for (size_t i = 0; i < outputs_[0].size(); ++i) {
          row[outputs_[0][i]] = row[outputs_[current_][i]];
        }
      }
      return true;
    }
    ++current_;
  }
  return false;
}

}  // namespace kg::query
