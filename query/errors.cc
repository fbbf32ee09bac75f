// Builders for semantic and run-time errors; see errors.h.
#include "query/errors.h"

#include <optional>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "query/engine.h"

namespace kg::query {
namespace {

absl::string_view View(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}

}  // namespace

absl::Status SemanticError(const SourceSpan& span, std::string_view category,
                           std::string_view message) {
  absl::Status status = absl::InvalidArgumentError(
      absl::StrCat(ToString(span), ": semantic error: ", View(message)));
  AttachSpan(status, span);
  AttachCategory(status, category);
  return status;
}

absl::Status RuntimeError(std::string_view category, std::string_view message) {
  absl::Status status = absl::InvalidArgumentError(
      absl::StrCat("run-time error: ", View(message)));
  AttachCategory(status, category);
  return status;
}

absl::Status TypeError(std::string_view message) {
  return RuntimeError("InvalidArgumentType", message);
}

std::string ErrorCode(const absl::Status& status) {
  const std::optional<std::string> category = GetCategory(status);
  if (!category.has_value()) {
    switch (status.code()) {
      case absl::StatusCode::kDeadlineExceeded:
        return "Neo.ClientError.Transaction.TransactionTimedOut";
      case absl::StatusCode::kCancelled:
        return "Neo.TransientError.Transaction.Terminated";
      case absl::StatusCode::kResourceExhausted:
        if (absl::StrContains(status.message(), "memory")) {
          return "Neo.TransientError.General.MemoryPoolOutOfMemoryError";
        }
        return "Neo.ClientError.Statement.ExecutionFailed";
      default:
        return "Neo.DatabaseError.General.UnknownError";
    }
  }
  const std::string& c = *category;
  if (c == "MissingParameter") {
    return "Neo.ClientError.Statement.ParameterMissing";
  }
  if (c == "ProcedureNotFound") {
    return "Neo.ClientError.Procedure.ProcedureNotFound";
  }
  // The parser and the binder put a position on their errors; run-time
  // errors have none.
  if (GetSpan(status).has_value()) {
    return "Neo.ClientError.Statement.SyntaxError";
  }
  if (c == "DeletedEntityAccess") {
    return "Neo.ClientError.Statement.EntityNotFound";
  }
  if (c == "DeleteConnectedNode") {
    return "Neo.ClientError.Schema.ConstraintValidationFailed";
  }
  if (c == "MergeReadOwnWrites") {
    return "Neo.ClientError.Statement.SemanticError";
  }
  if (c == "NumberOutOfRange" || c == "IntegerOverflow" ||
      c == "DivisionByZero") {
    return "Neo.ClientError.Statement.ArgumentError";
  }
  if (c == "NestingTooDeep") {
    return "Neo.ClientError.Statement.ExecutionFailed";
  }
  if (c == "NegativeIntegerArgument") {
    return "Neo.ClientError.Statement.SyntaxError";
  }
  return "Neo.ClientError.Statement.TypeError";
}

}  // namespace kg::query
