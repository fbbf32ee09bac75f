// Tokens and sentences (extract/sentence.h).
#include "extract/text/sentence.h"

#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extract/text/strings.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "rapidjson/document.h"

namespace kg {
namespace {

using ::testing::ElementsAre;

const Lexicon& Shipped() {
  static const Lexicon* lexicon = [] {
    absl::StatusOr<Lexicon> l = LoadLexicon(KG_SOURCE_DIR "/extract/lexicon");
    EXPECT_TRUE(l.ok()) << l.status().message();
    return new Lexicon(l.ok() ? std::move(*l) : Lexicon());
  }();
  return *lexicon;
}

// The tokens as "text|text|...".
std::string Tokens(std::string_view text) {
  std::string out;
  for (const Token& t : Tokenize(text, Shipped())) {
    if (!out.empty()) out += '|';
    out += t.Text(text);
  }
  return out;
}

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : Segment(text, Shipped()).sentences) {
    out.emplace_back(s.Text(text));
  }
  return out;
}

// The one token of `text` whose text is `word`.
Token TokenOf(std::string_view text, std::string_view word) {
  for (const Token& t : Tokenize(text, Shipped())) {
    if (t.Text(text) == word) return t;
  }
  ADD_FAILURE() << "no token " << word << " in " << text;
  return Token();
}

// ---------------------------------------------------------------------------
// Tokens.

struct TokenCase {
  const char* text;
  const char* tokens;
};

TEST(TokenizeTest, Table) {
  const TokenCase kCases[] = {
      // Hyphenated and digit names stay whole.
      {"the Soyuz-2.1a rocket", "the|Soyuz-2.1a|rocket"},
      {"SpaceX Crew-5 and Soyuz MS-22.", "SpaceX|Crew-5|and|Soyuz|MS-22|."},
      {"Expedition 68 on the Crew Dragon", "Expedition|68|on|the|Crew|Dragon"},
      {"first in\u2011person talks", "first|in\u2011person|talks"},
      {"Russia-US ties", "Russia-US|ties"},
      {"in 2024-2026,", "in|2024-2026|,"},
      // En and em dashes are punctuation, spaced or not.
      {"July 31 \u2014 the first", "July|31|\u2014|the|first"},
      {"Russia\u2013US", "Russia|\u2013|US"},
      {"fore-\nseeable", "fore|-|seeable"},
      // Abbreviations keep their period; a full stop does not.
      {"the U.S. President", "the|U.S.|President"},
      {"Dr. Smith and Sen. Jones", "Dr.|Smith|and|Sen.|Jones"},
      {"on Jan. 5 in St. Petersburg.", "on|Jan.|5|in|St.|Petersburg|."},
      {"John F. Kennedy", "John|F.|Kennedy"},
      {"a Ph.D. thesis", "a|Ph.D.|thesis"},
      {"MR. STEPHANOPOULOS: Yes", "MR.|STEPHANOPOULOS|:|Yes"},
      {"NO. 5 and NOPE. Then", "NO.|5|and|NOPE|.|Then"},
      {"it ends here.", "it|ends|here|."},
      {"the United States.The next", "the|United|States|.|The|next"},
      // Possessives are split off; contractions are not.
      {"Yuri\u2019s night", "Yuri|\u2019s|night"},
      {"Japan\u2019s Kimiya Yui", "Japan|\u2019s|Kimiya|Yui"},
      {"NASA's Kennedy", "NASA|'s|Kennedy"},
      {"don't and shouldn\u2019t", "don't|and|shouldn\u2019t"},
      {"O'Brien's car", "O'Brien|'s|car"},
      {"the states' rights", "the|states|'|rights"},
      // Numbers.
      {"1,000 people at 0:19 on 14/15", "1,000|people|at|0:19|on|14/15"},
      {"2.5 tons, 06th", "2.5|tons|,|06th"},
      // Quotes are tokens of their own.
      {"\u00abYuri\u2019s night\u00bb", "\u00ab|Yuri|\u2019s|night|\u00bb"},
      {"\"limitless\" potential", "\"|limitless|\"|potential"},
      {"\u201cstands apart\u201d", "\u201c|stands|apart|\u201d"},
      // Terminator runs.
      {"stable... that", "stable|...|that"},
      {"perfect\u2026 But", "perfect|\u2026|But"},
      {"Really?! Yes", "Really|?!|Yes"},
      // Other scripts and URLs.
      {"\u0417\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a \u043e\u0442"
       "\u043a\u0440\u044b\u0442\u043e\u0433\u043e",
       "\u0417\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a|\u043e\u0442"
       "\u043a\u0440\u044b\u0442\u043e\u0433\u043e"},
      {"see https://www.nasa.gov/news. Then",
       "see|https://www.nasa.gov/news|.|"
       "Then"},
      {"(www.tass.com)", "(|www.tass.com|)"},
      {"From: leech@cs.unc.edu (Jon)", "From|:|leech@cs.unc.edu|(|Jon|)"},
      {"$5 & 10%", "$|5|&|10|%"},
  };
  for (const TokenCase& c : kCases) {
    EXPECT_EQ(Tokens(c.text), c.tokens) << c.text;
  }
}

TEST(TokenizeTest, KindsAndFlags) {
  std::string_view text = "NASA\u2019s Crew-5 and 1,000 \u201cMS-22\u201d";
  std::vector<Token> tokens = Tokenize(text, Shipped());
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kWord);
  EXPECT_TRUE(tokens[0].upper_initial);
  EXPECT_TRUE(tokens[0].all_caps);
  EXPECT_TRUE(tokens[1].possessive);
  EXPECT_FALSE(tokens[1].upper_initial);
  EXPECT_TRUE(tokens[2].has_hyphen);
  EXPECT_TRUE(tokens[2].has_digit);
  EXPECT_FALSE(tokens[2].all_caps);
  EXPECT_FALSE(tokens[3].upper_initial);
  EXPECT_EQ(tokens[4].kind, TokenKind::kNumber);
  EXPECT_EQ(tokens[5].kind, TokenKind::kOpenQuote);
  EXPECT_TRUE(tokens[6].all_caps);
  EXPECT_EQ(tokens[7].kind, TokenKind::kCloseQuote);
}

TEST(TokenizeTest, CaseOfOtherScripts) {
  Token t = TokenOf(
      "\u041c\u041a\u0421 \u0438 \u0420\u043e\u0441\u043a"
      "\u043e\u0441\u043c\u043e\u0441",
      "\u0420\u043e\u0441\u043a\u043e\u0441\u043c\u043e\u0441");
  EXPECT_TRUE(t.upper_initial);
  EXPECT_FALSE(t.all_caps);
  EXPECT_TRUE(
      TokenOf("\u041c\u041a\u0421 \u0438", "\u041c\u041a\u0421").all_caps);
  EXPECT_FALSE(TokenOf("\u041c\u041a\u0421 \u0438", "\u0438").upper_initial);
}

TEST(TokenizeTest, AbbreviationFlag) {
  EXPECT_TRUE(TokenOf("in the U.S. now", "U.S.").abbreviation);
  EXPECT_TRUE(TokenOf("Gen. Smith", "Gen.").abbreviation);
  EXPECT_TRUE(TokenOf("J. Smith", "J.").abbreviation);
  EXPECT_EQ(TokenOf("see Fig. 3", "Fig").kind, TokenKind::kWord);
}

TEST(TokenizeTest, UrlAndEmailKinds) {
  EXPECT_EQ(TokenOf("at http://x.org/a?b=c, then", "http://x.org/a?b=c").kind,
            TokenKind::kUrl);
  EXPECT_EQ(TokenOf("<a_1@cs.unc.edu>", "a_1@cs.unc.edu").kind,
            TokenKind::kUrl);
}

TEST(TokenizeTest, InvalidUtf8IsASymbol) {
  std::string text = "a\xff b";
  EXPECT_EQ(Tokens(text), "a|\xff|b");
  EXPECT_EQ(Tokenize(text, Shipped())[1].kind, TokenKind::kSymbol);
}

TEST(TokenizeTest, NoBreakSpacesSeparateTokens) {
  EXPECT_EQ(Tokens("as\u00a0lot of\u202fcache"), "as|lot|of|cache");
}

TEST(TokenizeTest, LongWordIsCut) {
  std::string text(3 * kMaxTokenBytes, 'a');
  std::vector<Token> tokens = Tokenize(text, Shipped());
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[1].begin, kMaxTokenBytes);
}

// ---------------------------------------------------------------------------
// Sentences.

struct SentenceCase {
  const char* text;
  std::vector<std::string> sentences;
};

TEST(SplitSentencesTest, Table) {
  const SentenceCase kCases[] = {
      // Abbreviations.
      {"It reached the point that U.S. President Donald trump called their "
       "lowest point. Earlier in April, the US announced sanctions.",
       {"It reached the point that U.S. President Donald trump called their "
        "lowest point.",
        "Earlier in April, the US announced sanctions."}},
      {"He moved to the U.S. The next year he flew.",
       {"He moved to the U.S.", "The next year he flew."}},
      {"They met in the U.S. Consulate General in St. Petersburg. Then left.",
       {"They met in the U.S. Consulate General in St. Petersburg.",
        "Then left."}},
      {"Dr. Smith met Sen. Jones on Jan. 5 in St. Louis. They talked.",
       {"Dr. Smith met Sen. Jones on Jan. 5 in St. Louis.", "They talked."}},
      {"John F. Kennedy spoke. J. Smith replied.",
       {"John F. Kennedy spoke.", "J. Smith replied."}},
      {"Get a Ph.D. Specialize in something.",
       {"Get a Ph.D.", "Specialize in something."}},
      {"Apples, pears, etc. are fruit.", {"Apples, pears, etc. are fruit."}},
      {"It is No. 1 in the U.S.", {"It is No. 1 in the U.S."}},
      // Names with hyphens, digits and periods.
      {"The Soyuz-2.1a rocket with a Soyuz MS-22 spacecraft was launched. "
       "Crew-5 flew on Crew Dragon for Expedition 68.",
       {"The Soyuz-2.1a rocket with a Soyuz MS-22 spacecraft was launched.",
        "Crew-5 flew on Crew Dragon for Expedition 68."}},
      // Closing quotes and brackets stay with their sentence.
      {"He said \u201cit is over.\u201d Then he left.",
       {"He said \u201cit is over.\u201d", "Then he left."}},
      {"\u00abWe continue to work as always.\u00bb said Krikalev. He left.",
       {"\u00abWe continue to work as always.\u00bb said Krikalev.",
        "He left."}},
      {"\"Why?\" he asked.", {"\"Why?\" he asked."}},
      {"an area of \"international partnership.\" Next.",
       {"an area of \"international partnership.\"", "Next."}},
      {"It was launched (from Baikonur.) Then it docked.",
       {"It was launched (from Baikonur.)", "Then it docked."}},
      {"It docked. \u201cGood,\u201d he said.",
       {"It docked.", "\u201cGood,\u201d he said."}},
      // Ellipses and dashes.
      {"It is not perfect\u2026 But it shows. Fine.",
       {"It is not perfect\u2026", "But it shows.", "Fine."}},
      {"Cooperation should be very stable... that despite any ebbs.",
       {"Cooperation should be very stable... that despite any ebbs."}},
      {"He arrived on July 31 \u2014 the first such encounter in eight years.",
       {"He arrived on July 31 \u2014 the first such encounter in eight "
        "years."}},
      // Digits start sentences; lower case does not.
      {"It ended in 2021. 2022 was calmer.",
       {"It ended in 2021.", "2022 was calmer."}},
      {"It ended. and then not.", {"It ended. and then not."}},
      {"in Star City in Russia .\n\nIn July, they signed.",
       {"in Star City in Russia .", "In July, they signed."}},
      // Datelines.
      {"WASHINGTON, July 30. /TASS/. The United States does not sever ties.",
       {"WASHINGTON, July 30. /TASS/.",
        "The United States does not sever ties."}},
      {"MOSCOW (Sputnik) - The United States and Russia agree.",
       {"MOSCOW (Sputnik) - The United States and Russia agree."}},
      // Headlines and short lines.
      {"Kremlin weighs in on Russia-US space dialogue \u2014 ReadNOW\n\n"
       "Space cooperation remains crucial, Peskov has said\n\n"
       "Continued cooperation remains vital.",
       {"Kremlin weighs in on Russia-US space dialogue \u2014 ReadNOW",
        "Space cooperation remains crucial, Peskov has said",
        "Continued cooperation remains vital."}},
      {"CC0 / / Space\nSpace - Sputnik International\nSubscribe\n"
       "MOSCOW (Sputnik) - The United States and Russia have a limitless "
       "potential to continue cooperation on space exploration, US Ambassador "
       "Jon Huntsman said Tuesday.",
       {"CC0 / / Space", "Space - Sputnik International", "Subscribe",
        "MOSCOW (Sputnik) - The United States and Russia have a limitless "
        "potential to continue cooperation on space exploration, US "
        "Ambassador Jon Huntsman said Tuesday."}},
      {"READ MORE:\nRussian and US space chiefs to hold first talks\n\nSpace "
       "matters.",
       {"READ MORE:", "Russian and US space chiefs to hold first talks",
        "Space matters."}},
      {"Newsfeed\n0\nTo participate in the discussion\nlog in or register",
       {"Newsfeed", "0",
        "To participate in the discussion\nlog in or register"}},
      // Hard-wrapped paragraphs: a line end is a space.
      {"    We will assume you mean a NASA astronaut, since it's probably\n"
       "    impossible for a non-Russian to get into the cosmonaut corps, and\n"
       "    the other nations have so few astronauts that you're better off\n"
       "    hoping to win a lottery. Becoming a shuttle pilot requires lots\n"
       "    of fast-jet experience with the Air Force or with NASA or with\n"
       "    Roscosmos. So you want to become a shuttle \"mission\n"
       "    specialist\".\n",
       {"We will assume you mean a NASA astronaut, since it's probably\n"
        "    impossible for a non-Russian to get into the cosmonaut corps, "
        "and\n"
        "    the other nations have so few astronauts that you're better off\n"
        "    hoping to win a lottery.",
        "Becoming a shuttle pilot requires lots\n"
        "    of fast-jet experience with the Air Force or with NASA or with\n"
        "    Roscosmos.",
        "So you want to become a shuttle \"mission\n    specialist\"."}},
      // Header lines and list items end their sentence.
      {"From: leech@cs.unc.edu (Jon Leech)\n"
       "Subject: Space FAQ 14/15 - How to Become an Astronaut in the US\n"
       "Keywords: Frequently Asked Questions\n\nBody.",
       {"From: leech@cs.unc.edu (Jon Leech)",
        "Subject: Space FAQ 14/15 - How to Become an Astronaut in the US",
        "Keywords: Frequently Asked Questions", "Body."}},
      {"The crew has the following tasks for the first week aboard the ISS\n"
       "- dock the Soyuz MS-22 spacecraft to the Rassvet module of the ISS\n"
       "- unload the Progress cargo ship\n",
       {"The crew has the following tasks for the first week aboard the ISS",
        "- dock the Soyuz MS-22 spacecraft to the Rassvet module of the ISS",
        "- unload the Progress cargo ship"}},
      // E-mail quoting: one quote level continues, a new level does not.
      {"In article <a@b.edu> metares@well.sf.ca.us (Tom Van Flandern) "
       "writes:\n"
       ">> Bruce.Scott@launchpad.unc.edu (Bruce Scott) writes:\n"
       ">> [crb] Dong ....  Do I hear the death-knell of\n"
       ">> string theory?\n"
       ">\n"
       "> I agree.\n",
       {"In article <a@b.edu> metares@well.sf.ca.us (Tom Van Flandern) "
        "writes:",
        ">> Bruce.Scott@launchpad.unc.edu (Bruce Scott) writes:",
        ">> [crb] Dong ....", "Do I hear the death-knell of\n>> string theory?",
        ">", "> I agree."}},
      // A line ending in an abbreviation or a broken word continues.
      {"The letter was signed by the director and Sen.\nJones of Texas.",
       {"The letter was signed by the director and Sen.\nJones of Texas."}},
      // A roster: each line opening with a label and a spaced dash is an
      // entry, however long the line before it.
      {"        Officers - Anna Kowalczyk, Piet de Vries, Lorna Baptiste\n"
       "        Board - Ravi Menon, Sofia Lindqvist, Mateo Garza, Ines Duarte\n"
       "        Editor \u2013 Hal Okafor\n",
       {"Officers - Anna Kowalczyk, Piet de Vries, Lorna Baptiste",
        "Board - Ravi Menon, Sofia Lindqvist, Mateo Garza, Ines Duarte",
        "Editor \u2013 Hal Okafor"}},
      // Blank lines always end a sentence.
      {"no terminal punctuation\n\nanother line",
       {"no terminal punctuation", "another line"}},
      {"  \n\n  ", {}},
  };
  for (const SentenceCase& c : kCases) {
    EXPECT_EQ(Sentences(c.text), c.sentences) << c.text;
  }
}

TEST(SplitSentencesTest, RangesParagraphsAndTokens) {
  std::string_view text = "  A b.\n\nC d. E f.  \n";
  Segmentation seg = Segment(text, Shipped());
  ASSERT_EQ(seg.sentences.size(), 3u);
  EXPECT_EQ(seg.sentences[0].begin, 2u);
  EXPECT_EQ(seg.sentences[0].end, 6u);
  EXPECT_EQ(seg.sentences[0].paragraph, 0);
  EXPECT_EQ(seg.sentences[1].paragraph, 1);
  EXPECT_EQ(seg.sentences[2].paragraph, 1);
  EXPECT_EQ(seg.sentences[2].first_token, 6u);
  EXPECT_EQ(seg.sentences[2].token_count, 3u);
  EXPECT_EQ(seg.sentences[2].Text(text), "E f.");
}

// ---------------------------------------------------------------------------
// Hostile input: caps, and inputs big enough that a quadratic step would
// not finish within the test timeout (speed itself is measured in bench/).

TEST(SplitSentencesTest, LongLineIsCutIntoCappedSentences) {
  std::string text;
  while (text.size() < 5'000'000) text += "word and Word, U.S. \u201cx ";
  Segmentation seg = Segment(text, Shipped());
  ASSERT_GT(seg.sentences.size(), 100u);
  for (const Sentence& s : seg.sentences) {
    ASSERT_LE(s.token_count, kMaxSentenceTokens);
    ASSERT_LE(s.end - s.begin, kMaxSentenceBytes);
  }
  EXPECT_EQ(seg.sentences.back().first_token + seg.sentences.back().token_count,
            seg.tokens.size());
}

TEST(SplitSentencesTest, HugeWordAndHugeGap) {
  std::string text(5'000'000, 'a');
  text += std::string(1'000'000, ' ') + "b.";
  Segmentation seg = Segment(text, Shipped());
  ASSERT_FALSE(seg.sentences.empty());
  for (const Sentence& s : seg.sentences) {
    ASSERT_LE(s.end - s.begin, kMaxSentenceBytes);
  }
  EXPECT_EQ(seg.sentences.back().Text(text), "b.");
}

TEST(SplitSentencesTest, ManyShortLinesAreLinear) {
  std::string text;
  while (text.size() < 5'000'000) text += "Short line\nlower line\n\n";
  Segmentation seg = Segment(text, Shipped());
  ASSERT_FALSE(seg.sentences.empty());
  EXPECT_EQ(seg.sentences[0].Text(text), "Short line\nlower line");
}

// ---------------------------------------------------------------------------
// The sample corpus against its gold sentences.

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const char* const kSampleIds[] = {
    "000_86a16e05fa6c610f", "001_cd56cb4317074efc", "002_32de37cc315ed23c",
    "003_d75a3e993d216cca", "004_360a25908e030d46"};

TEST(SplitSentencesTest, ReproducesGoldSentencesOfTheSampleCorpus) {
  int total = 0, found = 0;
  for (const char* id : kSampleIds) {
    std::string text =
        ReadFile(std::string(KG_SOURCE_DIR "/corpus/") + id + ".txt");
    std::string json =
        ReadFile(std::string(KG_SOURCE_DIR "/corpus/gold/") + id + ".json");
    ASSERT_FALSE(text.empty()) << id;
    rapidjson::Document gold;
    gold.Parse(json.data(), json.size());
    ASSERT_FALSE(gold.HasParseError()) << id;
    std::set<std::string> wanted;
    for (const char* list : {"relations", "events"}) {
      for (const auto& item : gold[list].GetArray()) {
        wanted.insert(item["sentence"].GetString());
      }
    }
    // A gold sentence may be a run of consecutive sentences.
    std::vector<Sentence> sentences = Segment(text, Shipped()).sentences;
    std::set<std::string> have;
    for (size_t i = 0; i < sentences.size(); ++i) {
      for (size_t j = i; j < sentences.size() && j < i + 4; ++j) {
        have.insert(CollapseWhiteSpace(std::string_view(text).substr(
            sentences[i].begin, sentences[j].end - sentences[i].begin)));
      }
    }
    for (const std::string& s : wanted) {
      ++total;
      if (have.count(s)) {
        ++found;
      } else {
        std::cout << "not reproduced (" << id << "): " << s << "\n";
      }
    }
  }
  std::cout << "gold sentences reproduced: " << found << " of " << total
            << "\n";
  EXPECT_EQ(total, 44);
  // The one miss: 002's dateline-garbled "...2022) ENNEDY SPACE CENTER, ..."
  // starts a gold sentence in the middle of a line with no terminator.
  EXPECT_GE(found, 43);
}

}  // namespace
}  // namespace kg
