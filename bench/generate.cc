#include "bench/generate.h"

#include <cstdio>
#include <filesystem>
#include <memory>
#include <random>

#include "absl/strings/str_cat.h"

namespace kg::bench {
namespace {

struct Kind {
  const char* labels;  // ';'-separated, as in CSV
  const char* stem;
};
// Roughly the mix of an extracted news graph.
constexpr Kind kKinds[] = {
    {"Person", "Person"},
    {"Person;Official", "Official"},
    {"Person;Astronaut", "Astronaut"},
    {"Organization", "Organization"},
    {"Organization;Agency", "Agency"},
    {"Spacecraft", "Spacecraft"},
    {"Mission", "Mission"},
    {"Event", "Event"},
    {"Place", "Place"},
    {"Country", "Country"},
    {"Document", "Document"},
};
constexpr int kDocumentKind = 10;
constexpr int kKindCount = sizeof(kKinds) / sizeof(kKinds[0]);
constexpr const char* kTypes[] = {"WORKS_FOR", "MET_WITH",   "INVOLVES",
                                  "CREW_OF",   "LOCATED_IN", "MENTIONED_IN"};
constexpr int kTypeCount = sizeof(kTypes) / sizeof(kTypes[0]);
constexpr int kMentionedIn = 5;

int KindOf(uint64_t i) { return static_cast<int>(i % kKindCount); }

// Relationship endpoints: the source uniform, the target skewed towards low
// ids (a few hubs get many relationships, as agencies and countries do).
// MENTIONED_IN always ends at a Document, skewed the same way (a few long
// documents mention many entities).
struct Edge {
  uint64_t from, to;
  int type;
  int64_t year;
};

class EdgeStream {
 public:
  explicit EdgeStream(const GenSpec& spec)
      : spec_(spec), rng_(spec.seed), uniform_(0, spec.nodes - 1) {}
  Edge Next() {
    uint64_t from = uniform_(rng_);
    double u = std::uniform_real_distribution<double>(0, 1)(rng_);
    uint64_t to = static_cast<uint64_t>(u * u * u * (spec_.nodes - 1));
    int type = static_cast<int>(rng_() % kTypeCount);
    uint64_t documents = spec_.nodes / kKindCount;
    if (type == kMentionedIn && documents > 0) {
      to = static_cast<uint64_t>(u * u * u * (documents - 1)) * kKindCount +
           kDocumentKind;
    }
    int64_t year = 1960 + static_cast<int64_t>(rng_() % 66);
    return {from, to, type, year};
  }

 private:
  GenSpec spec_;
  std::mt19937_64 rng_;
  std::uniform_int_distribution<uint64_t> uniform_;
};

}  // namespace

std::string GeneratedName(const GenSpec&, uint64_t i) {
  return absl::StrCat(kKinds[KindOf(i)].stem, " ", i);
}

uint64_t GeneratedPersonId(const GenSpec& spec, uint64_t k) {
  return (k % (spec.nodes / kKindCount)) * kKindCount;  // kind 0
}

void Generate(const GenSpec& spec, Graph& g) {
  std::vector<std::vector<LabelId>> labels(kKindCount);
  for (int k = 0; k < kKindCount; ++k) {
    std::string_view rest = kKinds[k].labels;
    while (!rest.empty()) {
      size_t semi = rest.find(';');
      labels[k].push_back(g.InternLabel(rest.substr(0, semi)));
      rest = semi == std::string_view::npos ? "" : rest.substr(semi + 1);
    }
  }
  KeyId score = g.InternKey("score");
  std::vector<TypeId> types;
  for (const char* t : kTypes) types.push_back(g.InternType(t));
  KeyId since = g.InternKey("since");
  for (uint64_t i = 0; i < spec.nodes; ++i) {
    NodeId n = g.AddNode(labels[KindOf(i)]);
    (void)g.SetProperty(n, g.name_key(), Value::String(GeneratedName(spec, i)));
    (void)g.SetProperty(n, score, Value::Int(static_cast<int64_t>(i % 1000)));
  }
  EdgeStream edges(spec);
  for (uint64_t i = 0; i < spec.relationships; ++i) {
    Edge e = edges.Next();
    RelId r = *g.AddRelationship(NodeId{e.from}, NodeId{e.to}, types[e.type]);
    (void)g.SetProperty(r, since, Value::Int(e.year));
  }
}

absl::Status WriteCsv(const GenSpec& spec, const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  auto open = [&](const char* name) {
    return std::unique_ptr<FILE, int (*)(FILE*)>(
        std::fopen((dir + "/" + name).c_str(), "w"), &std::fclose);
  };
  auto nodes = open("nodes.csv");
  auto rels = open("relationships.csv");
  if (!nodes || !rels) {
    return absl::UnavailableError(absl::StrCat("cannot write into ", dir));
  }
  std::fputs(":ID,:LABEL,name,score:long\n", nodes.get());
  for (uint64_t i = 0; i < spec.nodes; ++i) {
    std::fprintf(nodes.get(), "%llu,%s,%s,%llu\n",
                 static_cast<unsigned long long>(i), kKinds[KindOf(i)].labels,
                 GeneratedName(spec, i).c_str(),
                 static_cast<unsigned long long>(i % 1000));
  }
  std::fputs(":START_ID,:END_ID,:TYPE,since:long\n", rels.get());
  EdgeStream edges(spec);
  for (uint64_t i = 0; i < spec.relationships; ++i) {
    Edge e = edges.Next();
    std::fprintf(rels.get(), "%llu,%llu,%s,%lld\n",
                 static_cast<unsigned long long>(e.from),
                 static_cast<unsigned long long>(e.to), kTypes[e.type],
                 static_cast<long long>(e.year));
  }
  if (std::ferror(nodes.get()) || std::ferror(rels.get())) {
    return absl::DataLossError(absl::StrCat("error writing into ", dir));
  }
  return absl::OkStatus();
}

}  // namespace kg::bench
