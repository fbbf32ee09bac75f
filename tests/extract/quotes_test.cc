// Quotations (extract/quotes.h).
#include "extract/text/quotes.h"

#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extract/text/sentence.h"
#include "extract/text/strings.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "rapidjson/document.h"

namespace kg {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// The quoted words, each as "depth:text", with "!" after unclosed ones.
std::vector<std::string> Quotes(std::string_view text) {
  std::vector<std::string> out;
  for (const Quote& q : FindQuotes(text)) {
    out.push_back(std::to_string(q.depth) + ":" +
                  std::string(text.substr(q.begin, q.end - q.begin)) +
                  (q.closed ? "" : "!"));
  }
  return out;
}

TEST(FindQuotesTest, StraightQuotesTakeTheirDirectionFromContext) {
  EXPECT_THAT(Quotes("have a \"limitless\" potential"),
              ElementsAre("0:limitless"));
  EXPECT_THAT(
      Quotes("calling Russia a \"revisionist power\" that \"wants to shape "
             "a world antithetical to US values and interests,\" with"),
      ElementsAre("0:revisionist power",
                  "0:wants to shape a world antithetical to US values and "
                  "interests"));
  EXPECT_THAT(Quotes("an area of \"international partnership.\""),
              ElementsAre("0:international partnership"));
}

TEST(FindQuotesTest, TypographicQuotesAndGuillemets) {
  EXPECT_THAT(Quotes("despite \u201call the difficulties,\u201d space"),
              ElementsAre("0:all the difficulties"));
  EXPECT_THAT(Quotes("\u00abWe continue.\u00bb said Krikalev"),
              ElementsAre("0:We continue"));
  EXPECT_THAT(Quotes("sidelines of the \u00abYuri\u2019s night\u00bb, a"),
              ElementsAre("0:Yuri\u2019s night"));
}

TEST(FindQuotesTest, ApostrophesDoNotOpenQuotes) {
  EXPECT_THAT(Quotes("\u201cone probably shouldn\u2019t exaggerate,\u201d"),
              ElementsAre("0:one probably shouldn\u2019t exaggerate"));
  EXPECT_THAT(Quotes("\"we don't throw those away,\" he said"),
              ElementsAre("0:we don't throw those away"));
  EXPECT_THAT(Quotes("Yuri\u2019s night and Japan\u2019s crew"), IsEmpty());
}

TEST(FindQuotesTest, SingleQuotesOnlyInsideDoubleQuotes) {
  EXPECT_THAT(Quotes("US, Russia Have 'Limitless' Potential"), IsEmpty());
  EXPECT_THAT(Quotes("\u2018Limitless\u2019 Potential"), IsEmpty());
  EXPECT_THAT(Quotes("\"He said 'no deal' today.\""),
              ElementsAre("0:He said 'no deal' today", "1:no deal"));
  EXPECT_THAT(Quotes("\u201cHe said \u2018no deal\u2019 today.\u201d"),
              ElementsAre("0:He said \u2018no deal\u2019 today", "1:no deal"));
  // An inner quote left open is dropped when the outer one closes.
  EXPECT_THAT(Quotes("\"the '90s were hard\" he said"),
              ElementsAre("0:the '90s were hard"));
}

TEST(FindQuotesTest, TrailingCommaOrFullStopIsDroppedButEllipsisStays) {
  EXPECT_THAT(Quotes("\"I hope.\""), ElementsAre("0:I hope"));
  EXPECT_THAT(Quotes("\"I hope ,\""), ElementsAre("0:I hope"));
  EXPECT_THAT(Quotes("\"I hope!\""), ElementsAre("0:I hope!"));
  EXPECT_THAT(Quotes("\"I hope...\""), ElementsAre("0:I hope..."));
  EXPECT_THAT(Quotes("\"\" and \u201c \u201d"), IsEmpty());
}

TEST(FindQuotesTest, QuotesSpanSentencesAndLinesInAParagraph) {
  EXPECT_THAT(Quotes("\"We discussed it. In general, we\ncontinue.\" he said"),
              ElementsAre("0:We discussed it. In general, we\ncontinue"));
}

TEST(FindQuotesTest, UnclosedQuoteEndsAtTheParagraph) {
  EXPECT_THAT(
      Quotes("\u201cFirst paragraph of a long quote.\n\n"
             "\u201cSecond paragraph,\u201d he said."),
      ElementsAre("0:First paragraph of a long quote!", "0:Second paragraph"));
  EXPECT_THAT(Quotes("He said \"it never ends\n"),
              ElementsAre("0:it never ends!"));
}

TEST(FindQuotesTest, StrayClosingMarksAreIgnored) {
  EXPECT_THAT(Quotes("end\u201d of \u00bb it \u201cyes\u201d"),
              ElementsAre("0:yes"));
  // A closing mark of an outer quote drops the unclosed inner ones.
  EXPECT_THAT(Quotes("\u00ab a \u201c b \u00bb"), ElementsAre("0:a \u201c b"));
}

TEST(FindQuotesTest, OffsetsAndMarks) {
  std::string_view text = "He said \u201cyes.\u201d";
  std::vector<Quote> quotes = FindQuotes(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].open, 8u);
  EXPECT_EQ(quotes[0].begin, 11u);
  EXPECT_EQ(quotes[0].end, 14u);
  EXPECT_EQ(quotes[0].close, 15u);
  EXPECT_EQ(quotes[0].style, QuoteStyle::kCurly);
  EXPECT_TRUE(quotes[0].closed);
}

TEST(FindQuotesTest, ClassifyQuoteMark) {
  std::string_view text = "a \"b\" c'd e' \u201c";
  EXPECT_EQ(ClassifyQuoteMark(text, 2).direction, QuoteDirection::kOpen);
  EXPECT_EQ(ClassifyQuoteMark(text, 4).direction, QuoteDirection::kClose);
  EXPECT_EQ(ClassifyQuoteMark(text, 7).direction, QuoteDirection::kApostrophe);
  EXPECT_EQ(ClassifyQuoteMark(text, 11).direction, QuoteDirection::kClose);
  EXPECT_EQ(ClassifyQuoteMark(text, 13).style, QuoteStyle::kCurly);
  EXPECT_EQ(ClassifyQuoteMark(text, 13).length, 3u);
  EXPECT_EQ(ClassifyQuoteMark(text, 0).length, 0u);
  EXPECT_EQ(ClassifyQuoteMark(" \" ", 1).direction, QuoteDirection::kAmbiguous);
}

TEST(FindQuotesTest, InsideQuote) {
  std::string_view text = "a \u201cb \u2018c\u2019 d\u201d e \"f\" g";
  std::vector<Quote> quotes = FindQuotes(text);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_FALSE(InsideQuote(quotes, 0));                    // a
  EXPECT_FALSE(InsideQuote(quotes, text.find("\u201c")));  // the mark
  EXPECT_TRUE(InsideQuote(quotes, text.find('b')));
  EXPECT_EQ(EnclosingQuote(quotes, text.find('c')), &quotes[0]);
  EXPECT_TRUE(InsideQuote(quotes, text.find('d')));
  EXPECT_FALSE(InsideQuote(quotes, text.find('e')));
  EXPECT_EQ(EnclosingQuote(quotes, text.find('f')), &quotes[2]);
  EXPECT_FALSE(InsideQuote(quotes, text.find('g')));
}

// ---------------------------------------------------------------------------
// Hostile input, big enough that a quadratic step would not finish within
// the test timeout (speed itself is measured in bench/).

TEST(FindQuotesTest, TenThousandNestedQuotes) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "\u201ca ";
  for (int i = 0; i < 10000; ++i) text += "\u201d";
  std::vector<Quote> quotes = FindQuotes(text);
  ASSERT_EQ(quotes.size(), 10000u);
  EXPECT_EQ(quotes.back().depth, 9999);
  EXPECT_EQ(quotes.back().outermost, 0u);
  EXPECT_TRUE(InsideQuote(quotes, text.size() / 2));
}

TEST(FindQuotesTest, UnbalancedMarksStayLinear) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "\u201c\u00ab x \u2018 \"";
  for (int i = 0; i < 100000; ++i) text += "\u00bb";
  std::vector<Quote> quotes = FindQuotes(text);
  EXPECT_FALSE(quotes.empty());
}

// ---------------------------------------------------------------------------
// The sample corpus against its gold quotes.

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(FindQuotesTest, ReproducesGoldQuotesOfTheSampleCorpus) {
  const char* const kIds[] = {"000_86a16e05fa6c610f", "001_cd56cb4317074efc",
                              "002_32de37cc315ed23c", "003_d75a3e993d216cca",
                              "004_360a25908e030d46"};
  int total = 0, found = 0;
  for (const char* id : kIds) {
    std::string text =
        ReadFile(std::string(KG_SOURCE_DIR "/corpus/") + id + ".txt");
    std::string json =
        ReadFile(std::string(KG_SOURCE_DIR "/corpus/gold/") + id + ".json");
    rapidjson::Document gold;
    gold.Parse(json.data(), json.size());
    ASSERT_FALSE(gold.HasParseError()) << id;
    std::set<std::string> have;
    for (const Quote& q : FindQuotes(text)) {
      have.insert(CollapseWhiteSpace(
          std::string_view(text).substr(q.begin, q.end - q.begin)));
    }
    for (const auto& said : gold["said"].GetArray()) {
      std::string quote = said["quote"].GetString();
      ++total;
      if (have.count(quote)) {
        ++found;
      } else {
        std::cout << "not reproduced (" << id << "): " << quote << "\n";
      }
    }
  }
  std::cout << "gold quotes reproduced: " << found << " of " << total << "\n";
  EXPECT_EQ(total, 16);
  EXPECT_EQ(found, total);
}

}  // namespace
}  // namespace kg
