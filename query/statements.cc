#include "query/statements.h"

#include <algorithm>
#include <optional>
#include <string>

#include "absl/strings/str_cat.h"
#include "query/lexer.h"

namespace kg::query {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

// `pos` moved over `text`: lines end at '\n', columns count code points.
SourceSpan Advance(SourceSpan pos, std::string_view text) {
  for (char c : text) {
    if (c == '\n') {
      ++pos.line;
      pos.column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++pos.column;
    }
  }
  pos.offset += static_cast<uint32_t>(text.size());
  return pos;
}

// A span of a token lexed from the part of the script at `base`.
SourceSpan Shift(SourceSpan span, const SourceSpan& base) {
  if (span.line == 1) span.column += base.column - 1;
  span.line += base.line - 1;
  span.offset += base.offset;
  return span;
}

// The offset past space and comments from `i` on.
size_t SkipSpace(std::string_view s, size_t i) {
  while (i < s.size()) {
    if (IsSpace(s[i])) {
      ++i;
    } else if (s.substr(i, 2) == "//") {
      size_t end = s.find('\n', i);
      i = end == std::string_view::npos ? s.size() : end;
    } else if (s.substr(i, 2) == "/*") {
      size_t end = s.find("*/", i + 2);
      if (end == std::string_view::npos) return i;
      i = end + 2;
    } else {
      break;
    }
  }
  return i;
}

// Where to go on lexing after a lexical error inside the token that starts
// at `start` and whose error ends at `error_end`: past the token's closing
// quote when it is a quoted one (the error was inside it), just past the
// opening quote when nothing closes it, else past the error.
size_t ResumeAfter(std::string_view s, size_t start, size_t error_end) {
  if (start < s.size() &&
      (s[start] == '\'' || s[start] == '"' || s[start] == '`')) {
    const char quote = s[start];
    for (size_t i = start + 1; i < s.size(); ++i) {
      if (s[i] == '\\' && quote != '`') {
        ++i;
      } else if (s[i] == quote) {
        return i + 1;
      }
    }
    return start + 1;
  }
  return std::max(error_end, start + 1);
}

}  // namespace

// The script is lexed piece by piece: a lexical error ends the lexer, so
// lexing starts again after the bad token, and the statement holding it
// still ends at the next top-level ';' - the statements after it survive.
std::vector<StatementText> SplitStatements(std::string_view script) {
  std::vector<StatementText> out;
  std::optional<SourceSpan> first;  // the current statement's first token
  size_t end = 0;                   // and the end of its last one
  auto flush = [&] {
    if (first.has_value()) {
      out.push_back(
          {script.substr(first->offset, end - first->offset), *first});
    }
    first.reset();
  };
  SourceSpan base;          // where the piece being lexed starts
  size_t previous_end = 0;  // the end of the last good token
  while (base.offset < script.size()) {
    Lexer lexer(script.substr(base.offset));
    std::vector<Token> tokens = lexer.Tokenize();
    bool resumed = false;
    for (const Token& t : tokens) {
      if (t.kind == TokenKind::kEnd) break;
      const SourceSpan span = Shift(t.span, base);
      if (t.kind == TokenKind::kSemicolon) {
        flush();
        previous_end = span.end();
        continue;
      }
      if (t.kind != TokenKind::kError) {
        if (!first.has_value()) first = span;
        end = span.end();
        previous_end = end;
        continue;
      }
      // The token that holds the error starts after the last good one.
      size_t start = SkipSpace(script, previous_end);
      if (start > span.offset) start = span.offset;
      size_t resume = ResumeAfter(script, start, span.end());
      if (!first.has_value()) {
        first = Advance(base, script.substr(base.offset, start - base.offset));
      }
      end = resume;
      previous_end = resume;
      base = Advance(base, script.substr(base.offset, resume - base.offset));
      resumed = true;
      break;
    }
    if (!resumed) break;
  }
  // A statement that ends in the middle of a bad token keeps no trailing
  // space.
  while (first.has_value() && end > first->offset && IsSpace(script[end - 1])) {
    --end;
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
