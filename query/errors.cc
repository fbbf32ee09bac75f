// Builders for semantic and run-time errors; see errors.h.
#include "query/errors.h"

#include "absl/strings/str_cat.h"

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

}  // namespace kg::query
