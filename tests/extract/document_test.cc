// Reading and normalising source documents.
#include "extract/read/document.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/data/lexicon.h"
#include "extract/read/boilerplate.h"
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
  EXPECT_EQ(set->documents[2].body_offset, 6u);
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

// The sample corpus against the `document` members of corpus/gold/*.json.
// Gold dates with date_basis "inferred" are world knowledge, not in the
// text, so the reader gives "" there. 000's dateline credits "(Satellite)",
// which the gold resolves to Sputnik by translation; the reader reports the
// credit as written.
struct SampleCase {
  const char* file;
  const char* title;
  const char* source;
  const char* date;
  const char* dateline;
};

class SampleCorpusTest : public ::testing::TestWithParam<SampleCase> {};

TEST_P(SampleCorpusTest, GivesTheGoldTitleSourceDateAndDateline) {
  const SampleCase& c = GetParam();
  auto set = ReadDocuments({std::string(KG_SOURCE_DIR "/corpus/") + c.file});
  ASSERT_TRUE(set.ok()) << set.status();
  ASSERT_EQ(set->documents.size(), 1u);
  const Document& d = set->documents[0];
  EXPECT_EQ(d.title, c.title);
  EXPECT_EQ(d.source, c.source);
  EXPECT_EQ(d.date, c.date);
  EXPECT_EQ(d.dateline, c.dateline);
  ASSERT_NE(d.title_offset, std::string::npos);
  EXPECT_EQ(d.text.compare(d.title_offset, d.title.size(), d.title), 0);
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, SampleCorpusTest,
    ::testing::Values(
        SampleCase{"000_86a16e05fa6c610f.txt",
                   "Space shows how the U.S., Russia need to work together "
                   "\u2014 Roscosmos",
                   "Satellite", "", "Colorado springs"},
        SampleCase{"001_cd56cb4317074efc.txt",
                   "US, Russia Have 'Limitless' Potential to Continue Space "
                   "Cooperation - Envoy",
                   "Sputnik", "", "MOSCOW"},
        SampleCase{"002_32de37cc315ed23c.txt",
                   "Krikalev Says Discussed With Nelson US-Russian "
                   "Cooperation, Need For Stable Technical Ties",
                   "Pakistan Point News / Sputnik", "2022-10-06",
                   "KENNEDY SPACE CENTER"},
        SampleCase{"003_d75a3e993d216cca.txt",
                   "Even in difficult times, US does not break off space "
                   "partnership with Russia \u2014 NASA",
                   "TASS", "", "WASHINGTON"},
        SampleCase{"004_360a25908e030d46.txt",
                   "Kremlin weighs in on Russia-US space dialogue",
                   "ReadNOW World News", "", ""}));

TEST(SampleDocumentTest, BlanksTheBoilerplateLinesOf001AndKeepsLineNumbers) {
  auto set = ReadDocuments(
      {std::string(KG_SOURCE_DIR "/corpus/001_cd56cb4317074efc.txt")});
  ASSERT_TRUE(set.ok()) << set.status();
  const Document& d = set->documents[0];
  // CC0 / / Space, Space - Sputnik International, Subscribe, READ MORE: ...,
  // Newsfeed, 0, To participate..., log in or register, loader, Chats and the
  // widget's Russian caption.
  EXPECT_EQ(d.dropped_lines, 11u);
  EXPECT_EQ(d.text.find("Subscribe"), std::string::npos);
  EXPECT_EQ(d.text.find("Chats"), std::string::npos);
  EXPECT_EQ(d.text.substr(0, 6), "US, Ru");
  // Line 6 (the dateline paragraph) is still line 6.
  size_t line6 = 0;
  for (int i = 0; i < 5; ++i) line6 = d.text.find('\n', line6) + 1;
  EXPECT_EQ(d.text.substr(line6, 6), "MOSCOW");
  EXPECT_EQ(d.body_offset, d.text.find('\n') + 1);
}

}  // namespace
}  // namespace kg
