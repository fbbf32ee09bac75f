// `kg eval`: scores a snapshot against the gold annotations and prints
// precision, recall and F1 per category, label, relationship type and event
// kind (extract/eval.h has the rules), optionally every error per document.
#include <algorithm>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_format.h"
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "extract/eval/eval.h"
#include "rapidjson/ostreamwrapper.h"
#include "rapidjson/prettywriter.h"

namespace kg::cli {
namespace {

struct Row {
  std::string category;
  std::string name;
  const EvalCounts* counts;
};

std::string Fraction(int64_t num, int64_t den) {
  return den == 0 ? "-" : absl::StrFormat("%.3f", double(num) / double(den));
}

std::vector<Row> Rows(const EvalReport& r) {
  std::vector<Row> rows;
  auto add = [&](const char* category, const EvalCategory& c,
                 const char* total_name, bool details) {
    rows.push_back({category, total_name, &c.total});
    if (!details) return;
    for (const auto& [name, counts] : c.rows) {
      rows.push_back({category, name, &counts});
    }
  };
  add("entities", r.entities, "all", true);
  for (const auto& [name, counts] : r.entities.extra_labels) {
    rows.push_back({"labels", name, &counts});
  }
  add("relations", r.relations, "all", true);
  add("events", r.events, "all (lenient)", false);
  add("events", r.events_strict, "all (strict)", false);
  add("events", r.events_shared, "all (SCHEMA)", false);
  for (const auto& [name, counts] : r.events.rows) {
    rows.push_back({"events", name, &counts});
  }
  add("said", r.said, "all", false);
  return rows;
}

void PrintTable(const EvalReport& r) {
  std::vector<Row> rows = Rows(r);
  size_t cw = 8, nw = 15;
  for (const Row& row : rows) {
    cw = std::max(cw, row.category.size());
    nw = std::max(nw, row.name.size());
  }
  std::cout << absl::StrFormat("%-*s  %-*s  %5s  %9s  %7s  %9s  %6s  %5s\n", cw,
                               "category", nw, "label/type/kind", "gold",
                               "extracted", "matched", "precision", "recall",
                               "F1");
  for (const Row& row : rows) {
    const EvalCounts& c = *row.counts;
    std::cout << absl::StrFormat(
        "%-*s  %-*s  %5d  %9d  %7d  %9s  %6s  %5s\n", cw, row.category, nw,
        row.name, c.gold(), c.extracted(), c.tp, Fraction(c.tp, c.extracted()),
        Fraction(c.tp, c.gold()), Fraction(2 * c.tp, 2 * c.tp + c.fp + c.fn));
  }
  std::cout << "\nattribute accuracy on matched pairs\n";
  std::cout << absl::StrFormat("%-*s  %-*s  %7s  %5s  %8s\n", cw, "category",
                               nw, "attribute", "correct", "total", "accuracy");
  for (const auto& [category, c] :
       {std::pair<const char*, const EvalCategory*>{"entities", &r.entities},
        {"relations", &r.relations},
        {"events", &r.events}}) {
    for (const auto& [name, a] : c->attributes) {
      std::cout << absl::StrFormat("%-*s  %-*s  %7d  %5d  %8s\n", cw, category,
                                   nw, name, a.correct, a.total,
                                   Fraction(a.correct, a.total));
    }
  }
}

const char* KindTag(EvalError::Kind k) {
  switch (k) {
    case EvalError::Kind::kFalseNegative:
      return "FN";
    case EvalError::Kind::kFalsePositive:
      return "FP";
    case EvalError::Kind::kAttribute:
      break;
  }
  return "ATTR";
}

// Errors print by category in scoring order, then false negatives, false
// positives and wrong attributes.
std::pair<int, int> ErrorRank(const EvalError& e) {
  static const char* kOrder[] = {"entities", "relations", "events", "said"};
  int category = 0;
  while (category < 4 && e.category != kOrder[category]) ++category;
  int kind = e.kind == EvalError::Kind::kFalseNegative   ? 0
             : e.kind == EvalError::Kind::kFalsePositive ? 1
                                                         : 2;
  return {category, kind};
}

void PrintErrors(const EvalReport& r) {
  for (const EvalDocument& d : r.documents) {
    std::vector<EvalError> errors = d.errors;
    std::stable_sort(errors.begin(), errors.end(),
                     [](const EvalError& a, const EvalError& b) {
                       return ErrorRank(a) < ErrorRank(b);
                     });
    std::cout << "\n" << d.id << ": " << errors.size() << " errors";
    if (!d.in_graph) std::cout << " (not in the graph)";
    std::cout << "\n";
    size_t lw = 0;
    for (const EvalError& e : errors) lw = std::max(lw, e.label.size());
    std::string category;
    for (const EvalError& e : errors) {
      if (e.category != category) {
        category = e.category;
        std::cout << "  " << category << "\n";
      }
      std::cout << absl::StrFormat("    %-4s  %-*s  %s\n", KindTag(e.kind), lw,
                                   e.label, e.text);
    }
  }
}

using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void Str(JsonWriter& w, const std::string& s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void Fraction(JsonWriter& w, int64_t num, int64_t den) {
  if (den == 0) {
    w.Null();
  } else {
    w.Double(double(num) / double(den));
  }
}

void Counts(JsonWriter& w, const EvalCounts& c) {
  w.StartObject();
  w.Key("gold");
  w.Int64(c.gold());
  w.Key("extracted");
  w.Int64(c.extracted());
  w.Key("tp");
  w.Int64(c.tp);
  w.Key("fp");
  w.Int64(c.fp);
  w.Key("fn");
  w.Int64(c.fn);
  w.Key("precision");
  Fraction(w, c.tp, c.extracted());
  w.Key("recall");
  Fraction(w, c.tp, c.gold());
  w.Key("f1");
  Fraction(w, 2 * c.tp, 2 * c.tp + c.fp + c.fn);
  w.EndObject();
}

void Category(JsonWriter& w, const char* name, const char* rows_name,
              const EvalCategory& c) {
  w.Key(name);
  w.StartObject();
  w.Key("total");
  Counts(w, c.total);
  w.Key(rows_name);
  w.StartObject();
  for (const auto& [k, counts] : c.rows) {
    Str(w, k);
    Counts(w, counts);
  }
  w.EndObject();
  if (!c.extra_labels.empty()) {
    w.Key("extra_labels");
    w.StartObject();
    for (const auto& [k, counts] : c.extra_labels) {
      Str(w, k);
      Counts(w, counts);
    }
    w.EndObject();
  }
  w.Key("attributes");
  w.StartObject();
  for (const auto& [k, a] : c.attributes) {
    Str(w, k);
    w.StartObject();
    w.Key("correct");
    w.Int64(a.correct);
    w.Key("total");
    w.Int64(a.total);
    w.Key("accuracy");
    Fraction(w, a.correct, a.total);
    w.EndObject();
  }
  w.EndObject();
  w.EndObject();
}

void PrintJson(const EvalReport& r, bool errors) {
  rapidjson::OStreamWrapper os(std::cout);
  JsonWriter w(os);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("documents");
  w.StartArray();
  for (const EvalDocument& d : r.documents) {
    w.StartObject();
    w.Key("id");
    Str(w, d.id);
    w.Key("in_graph");
    w.Bool(d.in_graph);
    w.EndObject();
  }
  w.EndArray();
  w.Key("f1");
  w.StartObject();
  for (const auto& [k, c] : {std::pair<const char*, const EvalCounts*>{
                                 "entities", &r.entities.total},
                             {"relations", &r.relations.total},
                             {"events", &r.events.total},
                             {"events_strict", &r.events_strict.total},
                             {"events_schema", &r.events_shared.total},
                             {"said", &r.said.total}}) {
    w.Key(k);
    Fraction(w, 2 * c->tp, 2 * c->tp + c->fp + c->fn);
  }
  w.EndObject();
  Category(w, "entities", "labels", r.entities);
  Category(w, "relations", "types", r.relations);
  Category(w, "events", "kinds", r.events);
  Category(w, "events_strict", "kinds", r.events_strict);
  Category(w, "events_schema", "kinds", r.events_shared);
  Category(w, "said", "types", r.said);
  if (errors) {
    w.Key("errors");
    w.StartArray();
    for (const EvalDocument& d : r.documents) {
      for (const EvalError& e : d.errors) {
        w.StartObject();
        w.Key("document");
        Str(w, d.id);
        w.Key("category");
        Str(w, e.category);
        w.Key("kind");
        w.String(e.kind == EvalError::Kind::kFalseNegative   ? "false_negative"
                 : e.kind == EvalError::Kind::kFalsePositive ? "false_positive"
                                                             : "attribute");
        w.Key("label");
        Str(w, e.label);
        w.Key("item");
        Str(w, e.text);
        w.EndObject();
      }
    }
    w.EndArray();
  }
  w.EndObject();
  std::cout << "\n";
}

// Exit status 1 (and why, on stderr) when a headline F1 is below its gate.
int Gate(const char* what, double f1, double min, const char* flag) {
  if (min < 0 || f1 >= min) return 0;
  std::cerr << absl::StrFormat("kg: eval: %s F1 %.3f is below %s %.3f\n", what,
                               f1, flag, min);
  return 1;
}

}  // namespace

// One row per rule, by category, most fired first: what a rule costs and
// earns on a corpus.
void PrintRules(const EvalReport& r) {
  std::vector<const EvalRule*> rows;
  for (const auto& [key, rule] : r.rules) rows.push_back(&rule);
  std::stable_sort(rows.begin(), rows.end(),
                   [](const EvalRule* a, const EvalRule* b) {
                     if (a->category != b->category) {
                       return a->category < b->category;
                     }
                     return a->tp + a->fp > b->tp + b->fp;
                   });
  std::cout << "\nper rule (fired = items made in the scored documents, "
               "confirmed = matched to gold)\n";
  std::cout << absl::StrFormat("%-10s %6s %9s %9s  %s\n", "category", "fired",
                               "confirmed", "precision", "rule");
  for (const EvalRule* e : rows) {
    const int64_t fired = e->tp + e->fp;
    std::cout << absl::StrFormat("%-10s %6d %9d %9.3f  %s\n", e->category,
                                 fired, e->tp,
                                 static_cast<double>(e->tp) / fired, e->rule);
  }
}

int RunEval(const EvalOptions& options) {
  absl::StatusOr<Graph> graph = LoadGraph(options.graph);
  if (!graph.ok()) return Fail(graph.status());
  absl::StatusOr<GoldSet> gold = ReadGold(options.gold);
  if (!gold.ok()) return Fail(gold.status());
  EvaluateOptions eval;
  eval.documents = options.documents;
  absl::StatusOr<EvalReport> report = Evaluate(*graph, *gold, eval);
  if (!report.ok()) return Fail(report.status());
  bool json = options.format == "json";
  if (!json) {
    std::cout << "scored " << report->documents.size() << " documents against "
              << options.gold << "\n";
  }
  for (const EvalDocument& d : report->documents) {
    if (d.in_graph) continue;
    (json ? std::cerr : std::cout)
        << "note: " << d.id
        << " is not in the graph; all its gold items count as false "
           "negatives\n";
  }
  if (json) {
    PrintJson(*report, options.errors);
  } else {
    std::cout << "\n";
    PrintTable(*report);
    if (options.rules) PrintRules(*report);
    if (options.errors) PrintErrors(*report);
  }
  return Gate("entity", report->EntityF1(), options.min_entity_f1,
              "--min-entity-f1") |
         Gate("relation", report->RelationF1(), options.min_relation_f1,
              "--min-relation-f1");
}

}  // namespace kg::cli
