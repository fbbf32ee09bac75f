#include "cli/completion.h"

#include <algorithm>
#include <cctype>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "cli/name_scan.h"
#include "query/engine.h"

namespace kg::cli {
namespace {

bool IsWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// The innermost bracket open at the end of `text`, ignoring brackets inside
// strings and comments; '\0' when none.
char InnermostOpen(std::string_view text) {
  std::string stack;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\'' || c == '"' || c == '`') {
      for (++i; i < text.size() && text[i] != c; ++i) {
        if (text[i] == '\\' && c != '`') ++i;
      }
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
      size_t end = text.find("*/", i + 2);
      i = end == std::string_view::npos ? text.size() : end + 1;
    } else if (c == '(' || c == '[' || c == '{') {
      stack.push_back(c);
    } else if ((c == ')' || c == ']' || c == '}') && !stack.empty()) {
      stack.pop_back();
    }
  }
  return stack.empty() ? '\0' : stack.back();
}

void AddMatching(std::string_view prefix, const std::vector<std::string>& from,
                 std::string_view suffix, bool lower,
                 std::vector<std::string>* out) {
  std::string p = absl::AsciiStrToLower(std::string(prefix));
  for (const std::string& name : from) {
    if (!absl::StartsWith(absl::AsciiStrToLower(name), p)) continue;
    std::string text = lower ? absl::AsciiStrToLower(name) : name;
    out->push_back(text + std::string(suffix));
  }
}

}  // namespace

const std::vector<std::string>& ShellCommands() {
  static const auto* commands = new std::vector<std::string>{
      ":format", ":help",   ":param",  ":params", ":quit",
      ":save",   ":schema", ":source", ":timing"};
  return *commands;
}

Completion Complete(const Graph& g, std::string_view pending,
                    std::string_view line) {
  Completion c;
  size_t start = line.size();
  while (start > 0 && IsWordChar(line[start - 1])) --start;
  std::string_view word = line.substr(start);
  char before = start > 0 ? line[start - 1] : '\0';
  std::vector<std::string>& out = c.candidates;

  std::string_view trimmed = line;
  while (!trimmed.empty() && absl::ascii_isspace(trimmed[0])) {
    trimmed.remove_prefix(1);
  }
  bool command_line = pending.empty() && !trimmed.empty() && trimmed[0] == ':';
  if (command_line) {
    size_t colon = line.size() - trimmed.size();
    if (start == colon + 1) {  // the command name itself
      c.word_start = colon;
      AddMatching(line.substr(colon), ShellCommands(), " ", false, &out);
      return c;
    }
    c.word_start = start;
    if (trimmed.starts_with(":format")) {
      AddMatching(word, {"table", "json", "jsonl", "csv", "dot"}, "", false,
                  &out);
    } else if (trimmed.starts_with(":timing")) {
      AddMatching(word, {"on", "off"}, "", false, &out);
    }
    return c;
  }

  c.word_start = start;
  std::vector<std::string> labels, types, keys;
  for (uint32_t i = 0; i < g.label_count(); ++i) {
    if (!g.NodesWithLabel(i).empty()) labels.push_back(g.LabelName(i));
  }
  for (uint32_t i = 0; i < g.type_count(); ++i) {
    if (!g.RelationshipsWithType(i).empty()) types.push_back(g.TypeName(i));
  }
  for (uint32_t i = 0; i < g.key_count(); ++i) keys.push_back(g.KeyName(i));

  if (before == ':') {
    std::string text =
        std::string(pending) + std::string(line.substr(0, start));
    char open = InnermostOpen(text);
    if (open != '[') AddMatching(word, labels, "", false, &out);
    if (open != '(') AddMatching(word, types, "", false, &out);
  } else if (before == '.') {
    AddMatching(word, keys, "", false, &out);
  } else if (!word.empty()) {
    // Keywords follow the case the user types in.
    bool lower = std::islower(static_cast<unsigned char>(word[0])) != 0;
    AddMatching(word, CypherKeywords(), "", lower, &out);
    AddMatching(word, query::FunctionNames(), "(", false, &out);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return c;
}

std::string CommonPrefix(const std::vector<std::string>& candidates) {
  if (candidates.empty()) return "";
  std::string prefix = candidates[0];
  for (const std::string& c : candidates) {
    size_t n = 0;
    while (n < prefix.size() && n < c.size() &&
           absl::ascii_tolower(prefix[n]) == absl::ascii_tolower(c[n])) {
      ++n;
    }
    prefix.resize(n);
  }
  return prefix;
}

}  // namespace kg::cli
