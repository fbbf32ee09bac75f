// Reading and normalising source documents.
#include "extract/document.h"

#include <filesystem>
#include <fstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace kg {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

TEST(NormalizeTextTest, DropsBomAndUnifiesLineEnds) {
  uint64_t replaced = 0;
  EXPECT_EQ(NormalizeText("\xEF\xBB\xBFone\r\ntwo\rthree\n", &replaced),
            "one\ntwo\nthree\n");
  EXPECT_EQ(replaced, 0u);
}

TEST(NormalizeTextTest, ReplacesAndCountsInvalidUtf8) {
  uint64_t replaced = 0;
  // A lone continuation byte, a truncated sequence, an overlong '/' and a
  // UTF-16 surrogate are each replaced; valid Cyrillic is kept.
  EXPECT_EQ(
      NormalizeText("a\x80 \xD0 \xC0\xAF \xED\xA0\x80 \xD0\xAF", &replaced),
      "a\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD "
      "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD \xD0\xAF");
  EXPECT_EQ(replaced, 7u);
}

TEST(NormalizeTextTest, ATruncatedSequenceIsOneReplacement) {
  uint64_t replaced = 0;
  // "\xE2\x82" is the start of a euro sign cut short: one U+FFFD, not two.
  EXPECT_EQ(NormalizeText("a\xE2\x82z", &replaced), "a\xEF\xBF\xBDz");
  EXPECT_EQ(replaced, 1u);
}

TEST(NormalizeTextTest, KeepsFourByteSequences) {
  uint64_t replaced = 0;
  EXPECT_EQ(NormalizeText("\xF0\x9F\x9A\x80", &replaced), "\xF0\x9F\x9A\x80");
  EXPECT_EQ(replaced, 0u);
}

TEST(LooksBinaryTest, NulByteMeansBinary) {
  EXPECT_TRUE(LooksBinary(std::string("abc\0def", 7)));
  EXPECT_FALSE(LooksBinary("plain text"));
}

class ReadDocumentsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("kg_docs_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "sub");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const fs::path& rel, const std::string& bytes) {
    std::ofstream(dir_ / rel, std::ios::binary) << bytes;
  }
  fs::path dir_;
};

TEST_F(ReadDocumentsTest, WalksFoldersInPathOrderAndSkipsWithReasons) {
  Write("b.txt", "\n  Second title  \nbody");
  Write("sub/a.txt", "First\r\nbody");
  Write("empty.txt", "");
  Write("blob", std::string("\x89PNG\0\0", 6));
  Write(".hidden", "ignored");
  Write("blank.txt", " \n\t\n");
  Write("sub/notes.json", "{}");
  Write("sub/12345", "A news spool file\nbody");
  auto set = ReadDocuments({dir_.string()});
  ASSERT_TRUE(set.ok()) << set.status();
  ASSERT_EQ(set->documents.size(), 3u);
  EXPECT_EQ(set->documents[0].id, "b.txt");
  EXPECT_EQ(set->documents[0].title, "Second title");
  EXPECT_EQ(set->documents[1].id, "12345");
  EXPECT_EQ(set->documents[2].id, "a.txt");
  EXPECT_EQ(set->documents[2].text, "First\nbody");
  ASSERT_EQ(set->skipped.size(), 4u);
  std::string reasons;
  for (const auto& s : set->skipped) reasons += s.path + ": " + s.reason + "\n";
  EXPECT_THAT(reasons, HasSubstr("blank.txt: no text"));
  EXPECT_THAT(reasons, HasSubstr("blob: binary file"));
  EXPECT_THAT(reasons, HasSubstr("empty.txt: empty file"));
  EXPECT_THAT(reasons, HasSubstr("notes.json: not a text document (.json)"));
}

TEST_F(ReadDocumentsTest, MissingPathIsAnError) {
  auto set = ReadDocuments({(dir_ / "nope").string()});
  ASSERT_FALSE(set.ok());
  EXPECT_THAT(std::string(set.status().message()),
              HasSubstr("nope: no such file or folder"));
}

}  // namespace
}  // namespace kg
