#include "query/statements.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "query/lexer.h"

namespace kg::query {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

}  // namespace

std::vector<StatementText> SplitStatements(std::string_view script) {
  Lexer lexer(script);
  std::vector<Token> tokens = lexer.Tokenize();
  std::vector<StatementText> out;
  // The statement runs from the first token after the previous ';' to the
  // end of the last token before the next one.
  const Token* first = nullptr;
  const Token* last = nullptr;
  auto flush = [&] {
    if (first != nullptr) {
      out.push_back({script.substr(first->span.offset,
                                   last->span.end() - first->span.offset),
                     first->span});
    }
    first = last = nullptr;
  };
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kSemicolon) {
      flush();
      continue;
    }
    if (t.kind == TokenKind::kError) {
      // Keep the rest verbatim so the parser reports the error itself.
      if (first == nullptr) first = &t;
      size_t begin = first->span.offset;
      size_t end = script.size();
      while (end > begin && IsSpace(script[end - 1])) --end;
      out.push_back({script.substr(begin, end - begin), first->span});
      return out;
    }
    if (t.kind == TokenKind::kEnd) break;
    if (first == nullptr) first = &t;
    last = &t;
  }
  flush();
  return out;
}

absl::Status InScript(const absl::Status& status,
                      const StatementText& statement) {
  std::optional<SourceSpan> span = GetSpan(status);
  if (!span.has_value()) return status;
  SourceSpan moved = *span;
  moved.offset += statement.start.offset;
  if (span->line == 1) moved.column += statement.start.column - 1;
  moved.line += statement.start.line - 1;
  // Rewrite the "line:col: " prefix the message starts with, if it has one.
  std::string message(status.message());
  std::string old_prefix = ToString(*span) + ": ";
  if (message.rfind(old_prefix, 0) == 0) {
    message = ToString(moved) + ": " + message.substr(old_prefix.size());
  }
  absl::Status out(status.code(), message);
  status.ForEachPayload([&](absl::string_view url, const absl::Cord& payload) {
    out.SetPayload(url, payload);
  });
  AttachSpan(out, moved);
  return out;
}

}  // namespace kg::query
