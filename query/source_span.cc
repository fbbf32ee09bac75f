// Spans and the Status payloads that carry them; see source_span.h.
#include "query/source_span.h"

#include <charconv>
#include <vector>

#include "absl/strings/cord.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace kg::query {

SourceSpan Cover(const SourceSpan& first, const SourceSpan& last) {
  SourceSpan span = first;
  span.length = last.end() > first.offset ? last.end() - first.offset : 0;
  return span;
}

std::string ToString(const SourceSpan& span) {
  return absl::StrCat(span.line, ":", span.column);
}

const char* CategoryName(ErrorCategory category) {
  switch (category) {
    case ErrorCategory::kUnexpectedSyntax:
      return "UnexpectedSyntax";
    case ErrorCategory::kInvalidNumberLiteral:
      return "InvalidNumberLiteral";
    case ErrorCategory::kIntegerOverflow:
      return "IntegerOverflow";
    case ErrorCategory::kFloatingPointOverflow:
      return "FloatingPointOverflow";
    case ErrorCategory::kInvalidUnicodeLiteral:
      return "InvalidUnicodeLiteral";
    case ErrorCategory::kInvalidUnicodeCharacter:
      return "InvalidUnicodeCharacter";
    case ErrorCategory::kInvalidRelationshipPattern:
      return "InvalidRelationshipPattern";
    case ErrorCategory::kNestingTooDeep:
      return "NestingTooDeep";
  }
  return "UnexpectedSyntax";
}

absl::Status SyntaxError(const SourceSpan& span, ErrorCategory category,
                         std::string_view message) {
  absl::Status status = absl::InvalidArgumentError(absl::StrCat(
      ToString(span),
      ": syntax error: ", absl::string_view(message.data(), message.size())));
  AttachSpan(status, span);
  AttachCategory(status, CategoryName(category));
  return status;
}

void AttachSpan(absl::Status& status, const SourceSpan& span) {
  if (status.ok()) return;
  status.SetPayload(kSpanPayloadUrl,
                    absl::Cord(absl::StrCat(span.offset, ",", span.length, ",",
                                            span.line, ",", span.column)));
}

void AttachCategory(absl::Status& status, std::string_view category) {
  if (status.ok()) return;
  status.SetPayload(
      kCategoryPayloadUrl,
      absl::Cord(absl::string_view(category.data(), category.size())));
}

std::optional<SourceSpan> GetSpan(const absl::Status& status) {
  auto payload = status.GetPayload(kSpanPayloadUrl);
  if (!payload) return std::nullopt;
  std::string text(*payload);
  std::vector<std::string> parts = absl::StrSplit(text, ',');
  if (parts.size() != 4) return std::nullopt;
  uint32_t fields[4];
  for (int i = 0; i < 4; ++i) {
    const std::string& part = parts[i];
    auto [end, error] =
        std::from_chars(part.data(), part.data() + part.size(), fields[i]);
    if (error != std::errc() || end != part.data() + part.size() ||
        part.empty()) {
      return std::nullopt;
    }
  }
  return SourceSpan{fields[0], fields[1], fields[2], fields[3]};
}

std::optional<std::string> GetCategory(const absl::Status& status) {
  auto payload = status.GetPayload(kCategoryPayloadUrl);
  if (!payload) return std::nullopt;
  return std::string(*payload);
}

}  // namespace kg::query
