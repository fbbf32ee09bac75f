// Raw bytes through the document reader and the extractor, as `kg build`
// takes them: a file's bytes (skipped when they look binary, as the reader
// skips such files) or, for an input starting with '{', JSON lines as
// `kg build -` reads them from stdin. Each document read is extracted and
// the facts merged into a graph (BuildCorpusGraph).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "extract/corpus/corpus_graph.h"
#include "extract/data/lexicon.h"
#include "extract/data/rules.h"
#include "extract/extractor.h"
#include "extract/read/boilerplate.h"
#include "extract/read/document.h"
#include "fuzz/fuzz_util.h"

namespace {

struct Shipped {
  std::unique_ptr<kg::Extractor> extractor;
  kg::BoilerplateRules boilerplate;
  kg::ReadOptions options;
};

// The shipped lexicon and rules (DefaultLexiconDir(), DefaultRulesDir()),
// loaded once.
const Shipped& Load() {
  static const Shipped* const shipped = [] {
    auto* s = new Shipped;
    auto x =
        kg::Extractor::Load(kg::DefaultLexiconDir(), kg::DefaultRulesDir());
    if (!x.ok()) kg::fuzz::Fail(x.status().ToString());
    s->extractor = std::move(*x);
    auto b = kg::LoadBoilerplateRules(kg::DefaultRulesDir());
    if (!b.ok()) kg::fuzz::Fail(b.status().ToString());
    s->boilerplate = std::move(*b);
    s->options.boilerplate = &s->boilerplate;
    s->options.lexicon = &s->extractor->lexicon();
    return s;
  }();
  return *shipped;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kg;
  const Shipped& shipped = Load();
  std::string_view raw = fuzz::Text(data, size);
  std::vector<Document> docs;
  if (!raw.empty() && raw[0] == '{') {
    std::istringstream in{std::string(raw)};
    absl::StatusOr<DocumentSet> set =
        ReadJsonLines(in, "<fuzz>", shipped.options);
    if (!set.ok()) return 0;
    docs = std::move(set->documents);
  } else {
    if (raw.empty() || LooksBinary(raw)) return 0;
    Document doc = MakeDocument("fuzz.txt", "fuzz.txt", raw, shipped.options);
    if (doc.text.find_first_not_of(" \t\n\f") == std::string::npos) return 0;
    docs.push_back(std::move(doc));
  }
  std::vector<DocFacts> facts;
  for (const Document& doc : docs) {
    facts.push_back(shipped.extractor->Extract(doc));
  }
  (void)BuildCorpusGraph(facts);
  return 0;
}
