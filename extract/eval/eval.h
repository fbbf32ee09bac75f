// Evaluate: scores a kg graph against gold annotations (extract/gold.h).
//
// The rules are corpus/gold/README.md's "Evaluation: matching rules". Scoring
// is per document -- the nodes whose `docs` hold the document id and the
// relationships whose `doc` does, against that document's gold file -- and
// the counts are summed over documents (micro-average):
//   * entities: same primary label and a shared name form (name or alias,
//     compared by MatchKey), one-to-one, name=name pairs first, then
//     name=alias, then alias=alias, ties in gold then node order;
//   * relations: the ten types of the gold table, both ends matched as
//     entities; repeats of one (type, start, end) triple count once;
//   * events: same kind, every gold key entity reached through INVOLVES or
//     OCCURRED_AT (strict: in the gold role), compatible dates; apart, the
//     rule of SCHEMA.md's "Scoring": same kind and at least one gold
//     `involves` entity that the event INVOLVES, whatever the date;
//   * said: SAID from the matched person with a matching quote (QuoteKey).
// Optional gold items matched are true positives; unmatched ones are not
// false negatives. Extra labels and properties of matched pairs are scored
// apart, as label precision/recall and attribute accuracy.
//
// An EvalReport is a plain value; Evaluate() only reads the graph.
#ifndef KG_EXTRACT_EVAL_EVAL_H_
#define KG_EXTRACT_EVAL_EVAL_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "extract/eval/gold.h"
#include "graph/graph.h"

namespace kg {

// True positives, false positives and false negatives of one row.
struct EvalCounts {
  int64_t tp = 0;
  int64_t fp = 0;
  int64_t fn = 0;

  int64_t gold() const { return tp + fn; }
  int64_t extracted() const { return tp + fp; }
  // tp / extracted and tp / gold; 1 when the denominator is 0.
  double Precision() const;
  double Recall() const;
  // 2tp / (2tp + fp + fn): 1 when there is nothing to find and nothing found.
  double F1() const;
  void Add(const EvalCounts& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
  }
};

// Attribute accuracy on matched pairs: how many of the gold values checked
// the graph got right.
struct EvalAccuracy {
  int64_t correct = 0;
  int64_t total = 0;
  double Value() const;  // 1 when total is 0
};

// One category's figures: the total, rows per label / type / kind, the
// extra labels (entities only) and the attribute accuracies.
struct EvalCategory {
  EvalCounts total;
  std::map<std::string, EvalCounts> rows;
  std::map<std::string, EvalCounts> extra_labels;
  std::map<std::string, EvalAccuracy> attributes;
};

// One false positive, false negative or wrong attribute, for --errors.
struct EvalError {
  enum class Kind { kFalsePositive, kFalseNegative, kAttribute };
  std::string category;  // entities | relations | events | said
  Kind kind;
  std::string label;  // label, type or kind
  std::string text;   // the item: name, triple, event key, quote start
};

// How often one rule (or stage) made an extracted item of a category, and
// how many of those items the gold confirmed: fired = tp + fp.
struct EvalRule {
  std::string category;  // entities | relations | events
  std::string rule;      // as the item's provenance names it
  int64_t tp = 0;
  int64_t fp = 0;
};

struct EvalDocument {
  std::string id;
  bool in_graph = true;  // false: every gold item is a false negative
  std::vector<EvalError> errors;
};

struct EvalReport {
  EvalCategory entities;
  EvalCategory relations;
  EvalCategory events;         // lenient: key entities in any role
  EvalCategory events_strict;  // key entities in their gold roles
  EvalCategory events_shared;  // SCHEMA.md: kind and one shared participant
  EvalCategory said;
  std::vector<EvalDocument> documents;  // in gold order
  // Per rule, by (category, rule): the items it made in the scored
  // documents (an entity counts for the rule of its first mention there).
  std::map<std::pair<std::string, std::string>, EvalRule> rules;

  double EntityF1() const { return entities.total.F1(); }
  double RelationF1() const { return relations.total.F1(); }
  double EventF1() const { return events.total.F1(); }
  double StrictEventF1() const { return events_strict.total.F1(); }
  double SharedEventF1() const { return events_shared.total.F1(); }
  double SaidF1() const { return said.total.F1(); }
};

struct EvaluateOptions {
  // Gold document ids to score (with or without ".txt"); empty = all.
  std::vector<std::string> documents;
};

// Scores `graph` against `gold`. Fails only on a `documents` entry that
// names no gold document.
absl::StatusOr<EvalReport> Evaluate(const Graph& graph, const GoldSet& gold,
                                    const EvaluateOptions& options = {});

}  // namespace kg

#endif  // KG_EXTRACT_EVAL_EVAL_H_
