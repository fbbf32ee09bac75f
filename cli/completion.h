// Tab completion for the shell, free of any terminal code: given the text
// before the cursor, which word is being typed and what could finish it.
// After ':' inside (...) come labels, inside [...] relationship types; after
// '.' property keys; elsewhere keywords and functions; at the start of a
// line, the shell's own :commands. Names come from the loaded graph, so
// completion always offers what the graph really holds.
#ifndef KG_CLI_COMPLETION_H_
#define KG_CLI_COMPLETION_H_

#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace kg::cli {

struct Completion {
  size_t word_start = 0;                // where the word being completed starts
  std::vector<std::string> candidates;  // sorted, without duplicates
};

// `before_cursor` is the current line up to the cursor; `pending` the lines
// of the statement typed before it (they tell which brackets are open).
Completion Complete(const Graph& graph, std::string_view pending,
                    std::string_view before_cursor);

// The longest common prefix of `candidates`, compared ignoring ASCII case
// (the first candidate's spelling is kept).
std::string CommonPrefix(const std::vector<std::string>& candidates);

// The shell's commands, for completion and :help.
const std::vector<std::string>& ShellCommands();

}  // namespace kg::cli

#endif  // KG_CLI_COMPLETION_H_
