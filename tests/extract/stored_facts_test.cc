// Tests of the facts a built graph keeps: the graph does not depend on the
// order documents come in, the facts come back from a saved snapshot, and a
// graph changed since, one without facts, damaged facts and repeated ids
// are refused with a message that says what to do.
#include "extract/corpus/stored_facts.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "graph/snapshot.h"
#include "gtest/gtest.h"
#include "tests/extract/extractor_fixture.h"

namespace kg {
namespace {

using ::testing::HasSubstr;

class StoredFactsTest : public ExtractorTest {
 protected:
  std::vector<DocFacts> Three() {
    return {Run("NASA Administrator Ruth Kessler met Roscosmos chief Pavel "
                "Orlovsky in Vienna.",
                "b.txt"),
            Run("Pavel Orlovsky said Soyuz MS-40 would launch from Baikonur.",
                "a.txt"),
            Run("Ruth Kessler visited Moscow.", "c.txt")};
  }
};

TEST_F(StoredFactsTest, TheGraphIsTheSameInAnyDocumentOrder) {
  std::vector<DocFacts> docs = Three();
  absl::StatusOr<Graph> one = BuildWithFacts(docs);
  std::swap(docs[0], docs[2]);
  absl::StatusOr<Graph> other = BuildWithFacts(docs);
  ASSERT_TRUE(one.ok() && other.ok());
  EXPECT_EQ(EncodeSnapshot(*one), EncodeSnapshot(*other));
}

TEST_F(StoredFactsTest, FactsComeBackFromASavedSnapshotInIdOrder) {
  absl::StatusOr<Graph> built = BuildWithFacts(Three());
  ASSERT_TRUE(built.ok()) << built.status();
  absl::StatusOr<Graph> loaded = DecodeSnapshot(EncodeSnapshot(*built));
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  absl::StatusOr<std::vector<DocFacts>> facts =
      StoredFacts(*loaded, /*even_if_changed=*/false);
  ASSERT_TRUE(facts.ok()) << facts.status();
  ASSERT_EQ(facts->size(), 3u);
  EXPECT_EQ((*facts)[0].id, "a.txt");
  EXPECT_EQ((*facts)[2].id, "c.txt");
  EXPECT_EQ(DocFactsToJson((*facts)[1]), DocFactsToJson(Three()[0]));
}

TEST_F(StoredFactsTest, AChangedGraphIsRefusedUnlessForced) {
  absl::StatusOr<Graph> g = BuildWithFacts(Three());
  ASSERT_TRUE(g.ok());
  g->AddNode({g->InternLabel("Agency")});
  absl::StatusOr<std::vector<DocFacts>> facts = StoredFacts(*g, false);
  EXPECT_EQ(facts.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(facts.status().message(), HasSubstr("--force"));
  EXPECT_TRUE(StoredFacts(*g, /*even_if_changed=*/true).ok());
}

TEST_F(StoredFactsTest, NoFactsDamagedFactsAndRepeatedIdsAreRefused) {
  Graph bare;
  EXPECT_THAT(StoredFacts(bare, true).status().message(),
              HasSubstr("build it again from its documents"));
  absl::StatusOr<Graph> g = BuildWithFacts(Three());
  ASSERT_TRUE(g.ok());
  g->SetAttachment(kFactsAttachment, "{\"id\": \"a.txt\"}\n{not json\n");
  EXPECT_EQ(StoredFacts(*g, false).status().code(),
            absl::StatusCode::kDataLoss);
  std::vector<DocFacts> twice = Three();
  twice[2].id = "a.txt";
  EXPECT_THAT(BuildWithFacts(twice).status().message(),
              HasSubstr("two documents have the id 'a.txt'"));
}

}  // namespace
}  // namespace kg
