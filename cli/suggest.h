// "Did you mean" suggestions from edit distance, as Ninja makes them.
#ifndef KG_CLI_SUGGEST_H_
#define KG_CLI_SUGGEST_H_

#include <string>
#include <string_view>
#include <vector>

namespace kg::cli {

// Levenshtein distance, case-insensitive for ASCII letters.
size_t EditDistance(std::string_view a, std::string_view b);

// The candidate closest to `word` when it is close enough to be a likely typo
// (distance at most 2, and less than the word's length); "" otherwise.
std::string Suggest(std::string_view word,
                    const std::vector<std::string>& candidates);

}  // namespace kg::cli

#endif  // KG_CLI_SUGGEST_H_
