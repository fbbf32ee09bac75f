// A light scan of Cypher text for the names it refers to: labels (`(n:Agency)`,
// `WHERE n:Agency`), relationship types (`[:WORKS_FOR|MET_WITH]`), property
// keys (`n.name`, `{name: ...}`) and function calls (`toLower(`). Strings,
// comments and parameters are skipped. It is not the query parser: it only
// has to be right often enough to offer "did you mean" hints and to tell
// completion what kind of name the cursor is on, and it never fails.
#ifndef KG_CLI_NAME_SCAN_H_
#define KG_CLI_NAME_SCAN_H_

#include <string>
#include <string_view>
#include <vector>

namespace kg::cli {

enum class NameKind { kLabel, kType, kKey, kFunction, kWord };

struct NameRef {
  NameKind kind;
  std::string name;  // without backquotes
  size_t offset;     // where the name starts in the text
};

std::vector<NameRef> ScanNames(std::string_view text);

// The Cypher keywords completion offers, upper case.
const std::vector<std::string>& CypherKeywords();

}  // namespace kg::cli

#endif  // KG_CLI_NAME_SCAN_H_
