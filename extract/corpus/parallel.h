// Runs the extractor over documents on several threads. The result is in
// document order whatever the thread count, so builds are reproducible.
#ifndef KG_EXTRACT_CORPUS_PARALLEL_H_
#define KG_EXTRACT_CORPUS_PARALLEL_H_

#include <cstddef>
#include <functional>
#include <vector>

#include "extract/corpus/facts.h"
#include "extract/extractor.h"
#include "extract/read/document.h"

namespace kg {

// `progress`, when set, is called from the calling thread now and then with
// the number of documents done and their bytes.
std::vector<DocFacts> ExtractAll(
    const Extractor& extractor, const std::vector<Document>& docs, int threads,
    const std::function<void(size_t done, size_t bytes)>& progress = nullptr);

}  // namespace kg

#endif  // KG_EXTRACT_CORPUS_PARALLEL_H_
