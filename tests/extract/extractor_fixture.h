// The fixture of the extractor's tests: one Extractor loaded from the
// shipped lexicon and rules for the whole suite, a Run() that extracts a
// text given inline, and lookups of entities and relations by name.
#ifndef KG_TESTS_EXTRACT_EXTRACTOR_FIXTURE_H_
#define KG_TESTS_EXTRACT_EXTRACTOR_FIXTURE_H_

#include <string>
#include <vector>

#include "extract/corpus/facts.h"
#include "extract/data/lexicon.h"
#include "extract/data/rules.h"
#include "extract/extractor.h"
#include "gtest/gtest.h"

namespace kg {

class ExtractorTest : public ::testing::Test {
 protected:
  // The data load once per suite. A failure there would only skip the
  // tests (and ctest counts a skip as no failure), so each test checks it.
  static void SetUpTestSuite() {
    auto x = Extractor::Load(DefaultLexiconDir(), DefaultRulesDir());
    if (x.ok()) {
      extractor_ = x->release();
    } else {
      load_error_ = new std::string(x.status().ToString());
    }
  }
  static void TearDownTestSuite() {
    delete extractor_;
    extractor_ = nullptr;
    delete load_error_;
    load_error_ = nullptr;
  }
  void SetUp() override {
    ASSERT_NE(extractor_, nullptr)
        << "the lexicon and rules do not load: "
        << (load_error_ != nullptr ? *load_error_ : "");
  }

  DocFacts Run(const std::string& text, const std::string& id = "t.txt") {
    Document d;
    d.id = id;
    d.text = text;
    return extractor_->Extract(d);
  }

  static const EntityFact* Find(const DocFacts& f, const std::string& name) {
    for (const EntityFact& e : f.entities) {
      if (e.name == name) return &e;
    }
    return nullptr;
  }
  // A pointer into facts about to be destroyed would dangle: keep them in a
  // variable, or ask Has().
  static const EntityFact* Find(DocFacts&& f, const std::string& name) = delete;
  static bool Has(const DocFacts& f, const std::string& name) {
    return Find(f, name) != nullptr;
  }

  static bool HasRelation(const DocFacts& f, const std::string& type,
                          const std::string& from, const std::string& to) {
    for (const RelationFact& r : f.relations) {
      if (r.type == type && f.entities[r.from].name == from &&
          f.entities[r.to].name == to) {
        return true;
      }
    }
    return false;
  }

  static inline Extractor* extractor_ = nullptr;
  static inline std::string* load_error_ = nullptr;
};

// "kind: name/role name/role ..." per event, roles in extraction order.
inline std::vector<std::string> Events(const DocFacts& f) {
  std::vector<std::string> out;
  for (const EventFact& e : f.events) {
    std::string s = e.kind + ":";
    for (const EventRole& r : e.involves) {
      s += " " + f.entities[r.entity].name + "/" + r.role;
    }
    out.push_back(s);
  }
  return out;
}

}  // namespace kg

#endif  // KG_TESTS_EXTRACT_EXTRACTOR_FIXTURE_H_
