// Title, dateline, outlet and date from a document's text, and mail headers.
#include "extract/read/document_meta.h"

#include "extract/data/lexicon.h"
#include "extract/data/rules.h"
#include "extract/read/boilerplate.h"
#include "gtest/gtest.h"

namespace kg {
namespace {

const Lexicon& TestLexicon() {
  static const Lexicon* lexicon = [] {
    auto l = LoadLexicon(DefaultLexiconDir());
    return l.ok() ? new Lexicon(std::move(*l)) : new Lexicon();
  }();
  return *lexicon;
}

ReadOptions Options() {
  static const BoilerplateRules* rules = [] {
    auto r = LoadBoilerplateRules(DefaultRulesDir());
    return r.ok() ? new BoilerplateRules(std::move(*r))
                  : new BoilerplateRules();
  }();
  return ReadOptions{rules, &TestLexicon()};
}

Document Make(std::string_view text) {
  return MakeDocument("t.txt", "t.txt", text, Options());
}

TEST(StripTitleOutletTest, RemovesANamedOrShapedOutlet) {
  std::string outlet;
  EXPECT_EQ(StripTitleOutlet("Kremlin weighs in \u2014 ReadNOW World News",
                             &TestLexicon(), &outlet),
            "Kremlin weighs in");
  EXPECT_EQ(outlet, "ReadNOW World News");
  EXPECT_EQ(
      StripTitleOutlet("Crew lands safely - Reuters", &TestLexicon(), &outlet),
      "Crew lands safely");
  EXPECT_EQ(outlet, "Reuters");
  // A name the lexicon does not list, shaped as an outlet's
  // (lexicon/outlet_words.txt), and a domain name.
  EXPECT_EQ(
      StripTitleOutlet("Crew lands | The Daily Times", &TestLexicon(), &outlet),
      "Crew lands");
  EXPECT_EQ(outlet, "The Daily Times");
  EXPECT_EQ(
      StripTitleOutlet("Crew lands - Orbitnews.com", &TestLexicon(), &outlet),
      "Crew lands");
  EXPECT_EQ(outlet, "Orbitnews.com");
  // Without a lexicon, no shape is known.
  EXPECT_EQ(StripTitleOutlet("Crew lands | The Daily Times", nullptr, &outlet),
            "Crew lands | The Daily Times");
}

TEST(StripTitleOutletTest, KeepsAttributions) {
  std::string outlet;
  for (const char* title :
       {"US does not break off partnership \u2014 NASA",
        "Space shows the way \u2014 Roscosmos",
        "Limitless Potential to Continue Space Cooperation - Envoy",
        "Soyuz-Apollo - a history"}) {
    EXPECT_EQ(StripTitleOutlet(title, &TestLexicon(), &outlet), title);
    EXPECT_EQ(outlet, "");
  }
}

TEST(ParseDatelineTest, AgencyStyles) {
  struct Case {
    const char* line;
    const char* place;
    const char* outlet;
    const char* date;
  };
  for (const Case& c : {
           Case{"MOSCOW (Sputnik) - The United States", "MOSCOW", "Sputnik",
                ""},
           Case{"WASHINGTON, July 30. /TASS/. The United States", "WASHINGTON",
                "TASS", ""},
           Case{"KENNEDY SPACE CENTER (Pakistan Point News / Sputnik - 06th "
                "October, 2022) ENNEDY SPACE",
                "KENNEDY SPACE CENTER", "Pakistan Point News / Sputnik",
                "2022-10-06"},
           Case{"Colorado springs (Satellite) \u2014 space should",
                "Colorado springs", "Satellite", ""},
           Case{"CAPE CANAVERAL, Fla. (AP) \u2014 A rocket", "CAPE CANAVERAL",
                "Associated Press", ""},
           Case{"MOSCOW, October 6, 2022 (RIA Novosti) - Talks", "MOSCOW",
                "RIA Novosti", "2022-10-06"},
           Case{"HOUSTON \u2014 The crew", "HOUSTON", "", ""},
       }) {
    auto d = ParseDateline(c.line, &TestLexicon());
    ASSERT_TRUE(d.has_value()) << c.line;
    EXPECT_EQ(d->place, c.place) << c.line;
    EXPECT_EQ(d->outlet, c.outlet) << c.line;
    EXPECT_EQ(d->date.ToIso(), c.date) << c.line;
  }
}

TEST(ParseDatelineTest, OrdinarySentencesAreNotDatelines) {
  for (const char* line :
       {"The crew (three people) - all safe", "NASA \u2014 the agency said",
        "He said (in Moscow) that", "Space - the final frontier"}) {
    EXPECT_FALSE(ParseDateline(line, &TestLexicon()).has_value()) << line;
  }
}

TEST(AnalyzeDocumentTest, TitleSkipsBoilerplateAndCrumbsAreDropped) {
  Document d = Make(
      "RSS News Feed\n\nHeadline here - Envoy\nCC0 / / Space\n"
      "Space - Sputnik International\nMOSCOW (Sputnik) - Body.\nShare\n");
  EXPECT_EQ(d.title, "Headline here - Envoy");
  EXPECT_EQ(d.source, "Sputnik");
  EXPECT_EQ(d.dateline, "MOSCOW");
  EXPECT_EQ(d.dropped_lines, 4u);
  EXPECT_EQ(d.text,
            "\n\nHeadline here - Envoy\n\n\nMOSCOW (Sputnik) - Body.\n\n");
  EXPECT_EQ(d.title_offset, 2u);
  EXPECT_EQ(d.body_offset, 24u);
}

TEST(AnalyzeDocumentTest, ReadMoreMarkerGoesButTheHeadlineAfterItStays) {
  Document d = Make("Title\n\nBody.\nREAD MORE:\nOther headline\n");
  EXPECT_EQ(d.text, "Title\n\nBody.\n\nOther headline\n");
  EXPECT_EQ(d.dropped_lines, 1u);
}

TEST(AnalyzeDocumentTest, DatedLineUnderTheHeadlineDatesTheDocument) {
  EXPECT_EQ(Make("Title\nOctober 6, 2022 12:00\n\nBody text.\n").date,
            "2022-10-06");
  // A year in the body dates an event, not the document.
  EXPECT_EQ(Make("Title\n\nThe crisis began in 2014 after the "
                 "referendum, a long time ago, and it went on and on.\n")
                .date,
            "");
  // No year, no date.
  EXPECT_EQ(Make("Title\n\nWASHINGTON, July 30. /TASS/. Body\n").date, "");
}

// The author's and the organization's lines stay (they name a person and
// an organization, as the message shows them); the rest is blanked.
TEST(AnalyzeDocumentTest,
     MailHeadersGiveTitleAndDateAndAreBlankedButTheAuthors) {
  Document d = Make(
      "From: someone@example.edu (Some One)\n"
      "Subject: Re:  Space station   budget\n"
      "Date: Mon, 5 Apr 1993 18:35:05 GMT\n"
      "Organization: Example U\n"
      "  continued\n"
      "Lines: 2\n"
      "\n"
      "The station budget.\n");
  EXPECT_EQ(d.title, "Re: Space station budget");
  EXPECT_EQ(d.date, "1993-04-05");
  EXPECT_EQ(d.dropped_lines, 3u);
  EXPECT_EQ(d.text,
            "From: someone@example.edu (Some One)\n\n\n"
            "Organization: Example U\n  continued\n\n\nThe station budget.\n");
  EXPECT_EQ(d.title_offset, std::string::npos);
  EXPECT_TRUE(d.message);
}

TEST(AnalyzeDocumentTest, AColonInTheFirstLineIsNotAHeader) {
  Document d = Make("Note: this is a title\nBody: more\n\ntext\n");
  EXPECT_EQ(d.title, "Note: this is a title");
  EXPECT_EQ(d.dropped_lines, 0u);
  EXPECT_FALSE(d.message);
}

TEST(AnalyzeDocumentTest, AHugeFirstLineIsNoTitle) {
  Document d = Make(std::string(kMaxTitleBytes + 1, 'a') + "\nmore\n");
  EXPECT_EQ(d.title, "");
  EXPECT_EQ(d.body_offset, 0u);
}

TEST(NfcNormalizeTest, ComposesAcrossTheAsciiBoundary) {
  EXPECT_EQ(NfcNormalize("Cafe\u0301 and \u0419"), "Caf\u00e9 and \u0419");
  EXPECT_EQ(NfcNormalize("e\u0301e\u0301"), "\u00e9\u00e9");
  EXPECT_EQ(NfcNormalize("plain ascii"), "plain ascii");
  EXPECT_EQ(NfcNormalize("\u0301start"), "\u0301start");
}

}  // namespace
}  // namespace kg
