// A mission, flight or site name recognised by its shape (rules/names.tsv).
#ifndef KG_EXTRACT_DATA_NAME_SHAPE_H_
#define KG_EXTRACT_DATA_NAME_SHAPE_H_

#include <memory>
#include <string>
#include <vector>

#include "extract/data/cues.h"
#include "re2/re2.h"

namespace kg {

struct NameShape {
  std::unique_ptr<RE2> re;  // must match the whole name
  std::string label;        // Mission, Spacecraft, Place or Organization
  std::string kind;         // spacecraft or place kind, may be empty
  std::string source;       // "names.tsv:12"
  // Cue lists (rules/cues.txt) of which the sentence must hold a word for
  // the shape to name anything ("launch flight"); empty: none needed.
  std::vector<Cue> context;
  // The name every form takes, an RE2 rewrite of the pattern's groups
  // ("Axiom Mission \\1" for "Ax-1"); empty: the name as written.
  std::string canonical;
};

}  // namespace kg

#endif  // KG_EXTRACT_DATA_NAME_SHAPE_H_
