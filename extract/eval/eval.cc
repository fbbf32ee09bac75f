#include "extract/eval/eval.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "extract/eval/document_scorer.h"

namespace kg {
namespace eval_internal {

// Lexicon entries and given names are data, not rules: they are counted per
// file ("lexicon places.tsv", "given_names.tsv"); pattern rules, name shapes
// and stages keep their own line.
std::string RuleFamily(std::string rule) {
  if (rule.rfind("lexicon ", 0) == 0) {
    size_t colon = rule.find(':');
    size_t close = rule.find(')', colon);
    std::string how = close == std::string::npos
                          ? ""
                          : rule.substr(rule.find('(', colon),
                                        close - rule.find('(', colon) + 1);
    return absl::StrCat(rule.substr(0, colon), " ", how);
  }
  size_t given = rule.find("given_names.tsv:");
  if (given != std::string::npos) {
    return absl::StrCat(rule.substr(0, given), "given_names.tsv)");
  }
  return rule;
}

void DocumentScorer::CountRule(const char* category, std::string rule,
                               bool tp) {
  if (rule.empty()) rule = "(no rule recorded)";
  EvalRule& r = report_.rules[{category, rule}];
  r.category = category;
  r.rule = rule;
  ++(tp ? r.tp : r.fp);
}

// The rule of a node's first mention in this document: its provenance lines
// read "<doc> sentence N [b,e) 'surface': <rule>; joined by ..." (events:
// "<doc> sentence N: <rule>").
std::string DocumentScorer::EntityRule(NodeId n) const {
  for (const std::string& line : StringList(v_.Get(n, "provenance"))) {
    if (DocKey(line.substr(0, line.find(' '))) != doc_) continue;
    size_t at = line.find("': ");
    size_t start = at == std::string::npos ? line.find(": ") : at + 1;
    if (start == std::string::npos) continue;
    std::string rule = line.substr(start + 2);
    size_t joined = rule.find("; ");
    if (joined != std::string::npos) rule.resize(joined);
    return RuleFamily(rule);
  }
  return "";
}

void DocumentScorer::MatchEntities() {
  std::vector<Node> nodes;
  g_.ForEachNode([&](NodeId n) {
    std::string primary = v_.Primary(n);
    if (primary.empty() || !v_.InDoc(n, doc_, "docs")) return;
    Node x{n, primary, NodeName(n), MatchKey(v_.String(n, "name")), {}};
    for (const std::string& a : StringList(v_.Get(n, "aliases"))) {
      x.alias_keys.push_back(MatchKey(a));
    }
    nodes.push_back(std::move(x));
  });
  auto has = [](const std::vector<std::string>& keys, const std::string& k) {
    return !k.empty() && std::find(keys.begin(), keys.end(), k) != keys.end();
  };
  node_of_.assign(gold_.entities.size(), std::nullopt);
  std::vector<bool> taken(nodes.size(), false);
  for (int tier = 0; tier < 3; ++tier) {
    for (size_t gi = 0; gi < gold_.entities.size(); ++gi) {
      if (node_of_[gi]) continue;
      const GoldEntity& g = gold_.entities[gi];
      std::string name_key = MatchKey(g.name);
      std::vector<std::string> alias_keys;
      for (const std::string& a : g.aliases) alias_keys.push_back(MatchKey(a));
      for (size_t xi = 0; xi < nodes.size(); ++xi) {
        const Node& x = nodes[xi];
        if (taken[xi] || x.primary != g.labels[0]) continue;
        bool match =
            tier == 0 ? x.name_key == name_key
            : tier == 1
                ? has(alias_keys, x.name_key) || has(x.alias_keys, name_key)
                : std::any_of(alias_keys.begin(), alias_keys.end(),
                              [&](const std::string& k) {
                                return has(x.alias_keys, k);
                              });
        if (!match) continue;
        taken[xi] = true;
        node_of_[gi] = x.id;
        gold_of_[x.id] = gi;
        break;
      }
    }
  }
  for (size_t xi = 0; xi < nodes.size(); ++xi) {
    CountRule("entities", EntityRule(nodes[xi].id), taken[xi]);
  }
  EvalCategory& cat = report_.entities;
  for (size_t gi = 0; gi < gold_.entities.size(); ++gi) {
    const GoldEntity& g = gold_.entities[gi];
    if (node_of_[gi]) {
      ++cat.rows[g.labels[0]].tp;
      ScoreEntityPair(g, *node_of_[gi]);
    } else if (!g.optional) {
      ++cat.rows[g.labels[0]].fn;
      Error("entities", ErrorKind::kFalseNegative, g.labels[0], g.name);
    }
  }
  for (size_t xi = 0; xi < nodes.size(); ++xi) {
    if (taken[xi]) continue;
    ++cat.rows[nodes[xi].primary].fp;
    Error("entities", ErrorKind::kFalsePositive, nodes[xi].primary,
          nodes[xi].name);
  }
}

void DocumentScorer::ScoreEntityPair(const GoldEntity& g, NodeId x) {
  EvalCategory& cat = report_.entities;
  for (const char* label : kExtraLabels) {
    bool in_gold = std::count(g.labels.begin() + 1, g.labels.end(), label);
    bool in_graph = v_.HasLabel(x, label);
    if (!in_gold && !in_graph) continue;
    EvalCounts& c = cat.extra_labels[label];
    if (in_gold && in_graph) {
      ++c.tp;
      continue;
    }
    ++(in_gold ? c.fn : c.fp);
    Error("entities", ErrorKind::kAttribute, g.labels[0],
          absl::StrCat(g.name, ": label ", label,
                       in_gold ? " missing" : " not in gold"));
  }
  for (const auto& [key, want] : g.properties) {
    std::string got = v_.String(x, key);
    bool ok;
    if (key == "title") {
      ok = TitlesMatch(got, want);
    } else if (key == "country") {
      const GoldEntity* country = gold_.FindEntity(want);
      ok = MatchKey(got) == MatchKey(want);
      for (size_t i = 0; country && !ok && i < country->aliases.size(); ++i) {
        ok = MatchKey(got) == MatchKey(country->aliases[i]);
      }
    } else {
      ok = MatchKey(got) == MatchKey(want);
    }
    EvalAccuracy& a = cat.attributes[key];
    ++a.total;
    if (ok) {
      ++a.correct;
    } else {
      Error("entities", ErrorKind::kAttribute, g.labels[0],
            absl::StrCat(g.name, ": ", key, " '", got, "', gold '", want, "'"));
    }
  }
}

void DocumentScorer::ScoreRelations() {
  EvalCategory& cat = report_.relations;
  std::vector<bool> matched(gold_.relations.size(), false);
  std::set<std::tuple<std::string, NodeId, NodeId>> seen;
  g_.ForEachRelationship([&](RelId r) {
    std::string type = v_.TypeOf(r);
    if (std::none_of(std::begin(kRelationTypes), std::end(kRelationTypes),
                     [&](const char* t) { return type == t; }) ||
        !v_.InDoc(r, doc_, "doc")) {
      return;
    }
    NodeId s = g_.Source(r), t = g_.Target(r);
    // SCHEMA.md: MET_WITH and DOCKED_WITH match in either direction (and
    // B -> A after A -> B is a repeat).
    const bool symmetric = type == "MET_WITH" || type == "DOCKED_WITH";
    if (!seen.insert({type, symmetric ? std::min(s, t) : s,
                      symmetric ? std::max(s, t) : t})
             .second) {
      return;  // a repeated triple
    }
    std::optional<size_t> gs = GoldOf(s), gt = GoldOf(t);
    for (size_t i = 0; gs && gt && i < gold_.relations.size(); ++i) {
      const GoldRelation& gr = gold_.relations[i];
      const std::string& from = gold_.entities[*gs].name;
      const std::string& to = gold_.entities[*gt].name;
      if (gr.type != type || !((gr.from == from && gr.to == to) ||
                               (symmetric && gr.from == to && gr.to == from))) {
        continue;
      }
      matched[i] = true;
      ++cat.rows[type].tp;
      CountRule("relations", v_.String(r, "rule"), true);
      auto score = [&](const char* attr, bool ok, std::string got,
                       std::string want) {
        EvalAccuracy& a = cat.attributes[attr];
        ++a.total;
        a.correct += ok;
        if (!ok) {
          Error("relations", ErrorKind::kAttribute, type,
                absl::StrCat(gr.from, " -> ", gr.to, ": ", attr, " '", got,
                             "', gold '", want, "'"));
        }
      };
      if (!gr.title.empty()) {
        std::string got = v_.String(r, "title");
        score("title", TitlesMatch(got, gr.title), got, gr.title);
      }
      if (!gr.date.empty()) {
        std::string got = v_.String(r, "date");
        score("date", !got.empty() && DatesAgree(got, gr.date), got, gr.date);
      }
      if (type == "WORKS_FOR") {
        // The post's time (issue 12): start and end where the gold gives
        // them (like `date`), and whether it is a former post.
        for (const auto& [attr, want] :
             {std::pair<const char*, const std::string*>{"since", &gr.since},
              {"until", &gr.until}}) {
          if (want->empty()) continue;
          std::string got = v_.String(r, attr);
          score(attr, !got.empty() && DatesAgree(got, *want), got, *want);
        }
        const bool former = Truthy(v_.Get(r, "former"));
        score("former", former == gr.former, former ? "true" : "false",
              gr.former ? "true" : "false");
      }
      bool planned = Truthy(v_.Get(r, "planned"));
      score("planned", planned == gr.planned, planned ? "true" : "false",
            gr.planned ? "true" : "false");
      return;
    }
    ++cat.rows[type].fp;
    CountRule("relations", v_.String(r, "rule"), false);
    Error("relations", ErrorKind::kFalsePositive, type,
          absl::StrCat(NodeName(s), " -> ", NodeName(t)));
  });
  for (size_t i = 0; i < gold_.relations.size(); ++i) {
    const GoldRelation& gr = gold_.relations[i];
    if (matched[i] || gr.optional) continue;
    ++cat.rows[gr.type].fn;
    Error("relations", ErrorKind::kFalseNegative, gr.type,
          absl::StrCat(gr.from, " -> ", gr.to));
  }
}

void DocumentScorer::ScoreSaid() {
  struct Said {
    NodeId person;
    std::string quote;
    std::string key;
  };
  std::vector<Said> said;
  std::set<std::pair<NodeId, std::string>> seen;
  g_.ForEachRelationship([&](RelId r) {
    if (v_.TypeOf(r) != "SAID" || !v_.InDoc(r, doc_, "doc")) return;
    std::string quote = v_.String(r, "quote");
    Said s{g_.Source(r), quote, QuoteKey(quote)};
    if (seen.insert({s.person, s.key}).second) said.push_back(std::move(s));
  });
  std::vector<bool> gold_done(gold_.said.size()), found(said.size());
  for (bool exact : {true, false}) {
    for (size_t gi = 0; gi < gold_.said.size(); ++gi) {
      const GoldSaid& g = gold_.said[gi];
      std::string key = QuoteKey(g.quote);
      size_t person = GoldIndex(g.person);
      for (size_t xi = 0; !gold_done[gi] && xi < said.size(); ++xi) {
        if (found[xi] || GoldOf(said[xi].person) != person) continue;
        if (exact ? said[xi].key == key : QuoteKeysMatch(said[xi].key, key)) {
          gold_done[gi] = found[xi] = true;
        }
      }
    }
  }
  EvalCategory& cat = report_.said;
  for (size_t gi = 0; gi < gold_.said.size(); ++gi) {
    const GoldSaid& g = gold_.said[gi];
    if (gold_done[gi]) {
      ++cat.rows["SAID"].tp;
    } else if (!g.optional) {
      ++cat.rows["SAID"].fn;
      Error("said", ErrorKind::kFalseNegative, g.person,
            absl::StrCat("\"", Shorten(g.quote), "\""));
    }
  }
  for (size_t xi = 0; xi < said.size(); ++xi) {
    if (found[xi]) continue;
    ++cat.rows["SAID"].fp;
    Error("said", ErrorKind::kFalsePositive, NodeName(said[xi].person),
          absl::StrCat("\"", Shorten(said[xi].quote), "\""));
  }
}

double Ratio(int64_t num, int64_t den) {
  return den == 0 ? 1.0 : static_cast<double>(num) / static_cast<double>(den);
}

// A --doc entry names a gold document by id, id without ".txt", or the
// number before the first "_" ("003").
bool NamesDocument(std::string_view wanted, std::string_view id) {
  std::string_view key = DocKey(id);
  return DocKey(wanted) == key ||
         (key.size() > wanted.size() &&
          key.substr(0, wanted.size()) == wanted && key[wanted.size()] == '_');
}

}  // namespace eval_internal

using eval_internal::DocumentScorer;
using eval_internal::GraphView;
using eval_internal::NamesDocument;
using eval_internal::Ratio;

double EvalCounts::Precision() const { return Ratio(tp, tp + fp); }
double EvalCounts::Recall() const { return Ratio(tp, tp + fn); }
double EvalCounts::F1() const { return Ratio(2 * tp, 2 * tp + fp + fn); }
double EvalAccuracy::Value() const { return Ratio(correct, total); }

absl::StatusOr<EvalReport> Evaluate(const Graph& graph, const GoldSet& gold,
                                    const EvaluateOptions& options) {
  std::vector<const GoldDocument*> docs;
  for (const std::string& wanted : options.documents) {
    auto it = std::find_if(
        gold.documents.begin(), gold.documents.end(),
        [&](const GoldDocument& d) { return NamesDocument(wanted, d.id); });
    if (it == gold.documents.end()) {
      std::vector<std::string> ids;
      for (const GoldDocument& d : gold.documents) ids.push_back(d.id);
      return absl::NotFoundError(absl::StrCat("no gold document '", wanted,
                                              "'; the gold documents are ",
                                              absl::StrJoin(ids, ", ")));
    }
    if (std::find(docs.begin(), docs.end(), &*it) == docs.end()) {
      docs.push_back(&*it);
    }
  }
  if (options.documents.empty()) {
    for (const GoldDocument& d : gold.documents) docs.push_back(&d);
  }
  GraphView view(graph);
  EvalReport report;
  for (const GoldDocument* d : docs) {
    report.documents.push_back({d->id, true, {}});
    DocumentScorer(view, *d, report, report.documents.back()).Run();
  }
  for (EvalCategory* c :
       {&report.entities, &report.relations, &report.events,
        &report.events_strict, &report.events_shared, &report.said}) {
    for (const auto& [name, counts] : c->rows) c->total.Add(counts);
  }
  return report;
}

}  // namespace kg
