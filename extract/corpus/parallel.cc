#include "extract/corpus/parallel.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace kg {

std::vector<DocFacts> ExtractAll(
    const Extractor& extractor, const std::vector<Document>& docs, int threads,
    const std::function<void(size_t done, size_t bytes)>& progress) {
  std::vector<DocFacts> out(docs.size());
  threads = std::max(1, std::min<int>(threads, static_cast<int>(docs.size())));
  std::atomic<size_t> next{0};
  std::atomic<size_t> done{0};
  std::atomic<size_t> bytes{0};
  auto work = [&] {
    while (true) {
      size_t i = next.fetch_add(1);
      if (i >= docs.size()) return;
      out[i] = extractor.Extract(docs[i]);
      bytes.fetch_add(docs[i].text.size());
      done.fetch_add(1);
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  if (progress) {
    // The calling thread reports while the others work, then helps.
    std::thread reporter;
    std::atomic<bool> finished{false};
    std::mutex mu;
    std::condition_variable cv;
    reporter = std::thread([&] {
      std::unique_lock<std::mutex> lock(mu);
      while (!finished.load()) {
        progress(done.load(), bytes.load());
        cv.wait_for(lock, std::chrono::milliseconds(200));
      }
    });
    work();
    for (std::thread& t : pool) t.join();
    {
      std::lock_guard<std::mutex> lock(mu);
      finished = true;
    }
    cv.notify_all();
    reporter.join();
    progress(done.load(), bytes.load());
    return out;
  }
  work();
  for (std::thread& t : pool) t.join();
  return out;
}

}  // namespace kg
