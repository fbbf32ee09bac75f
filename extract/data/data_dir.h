// Where the extractor's data folders are: the lexicon and the rules.
#ifndef KG_EXTRACT_DATA_DATA_DIR_H_
#define KG_EXTRACT_DATA_DATA_DIR_H_

#include <string>

namespace kg {

// $`env_var` when set; else <exe dir>/../share/kg/`name` when it holds
// `marker` (an installed kg); else the source tree's extract/`name`.
std::string DataDir(const char* env_var, const std::string& name,
                    const std::string& marker);

}  // namespace kg

#endif  // KG_EXTRACT_DATA_DATA_DIR_H_
