// Mentions made from items or token spans, and the per-sentence index that
// finds them.
#include "extract/pipeline.h"

namespace kg {

int DocExtraction::NewMention(int s, int item, std::string label,
                              std::string canonical, std::string rule) {
  Item& it = items_[s][item];
  Mention m;
  m.sentence = s;
  m.item = item;
  m.t0 = it.t0;
  m.t1 = it.t1;
  m.surface = CollapseWhiteSpace(Span(it.t0, it.t1));
  m.label = std::move(label);
  m.canonical = std::move(canonical);
  m.rule = std::move(rule);
  it.mention = static_cast<int>(mentions_.size());
  IndexMention(s, it.mention);
  mentions_.push_back(std::move(m));
  return it.mention;
}

void DocExtraction::IndexMention(int s, int m) {
  if (static_cast<int>(sentence_mentions_.size()) <= s) {
    sentence_mentions_.resize(s + 1);
    sentence_mentions_sorted_.resize(s + 1, true);
  }
  sentence_mentions_[s].push_back(m);
  sentence_mentions_sorted_[s] = false;
}

int DocExtraction::NewSpanMention(int s, int t0, int t1, std::string label,
                                  std::string canonical, std::string rule) {
  Mention m;
  m.sentence = s;
  m.t0 = t0;
  m.t1 = t1;
  m.surface = CollapseWhiteSpace(Span(t0, t1));
  m.label = std::move(label);
  m.canonical = std::move(canonical);
  m.rule = std::move(rule);
  IndexMention(s, static_cast<int>(mentions_.size()));
  mentions_.push_back(std::move(m));
  return static_cast<int>(mentions_.size()) - 1;
}

int DocExtraction::EnsureMention(int s, int item, const std::string& label,
                                 const std::string& rule) {
  Item& it = items_[s][item];
  if (it.mention >= 0) return it.mention;
  if (!(it.cls & (kClsName | kClsPerson))) return -1;
  std::string canonical = label == "Person"
                              ? PersonCanonical(it.t0, it.t1)
                              : CollapseWhiteSpace(Span(it.t0, it.t1));
  int m = NewMention(s, item, label, canonical, rule);
  if (label == "Person") it.cls = kClsPerson;
  if (label == "Place") it.cls = kClsPlace;
  if (label == "Mission") it.cls = kClsMission;
  return m;
}

}  // namespace kg
