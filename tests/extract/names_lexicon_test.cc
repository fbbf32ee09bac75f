// Names the lexicon and the name data decide: words that are nobody's name
// ("Earth") or a given name ("Jan"), a capital as a city or its state,
// agencies of their own (NASDA), vehicles named by shape or apposition.
// Every sentence here is invented.
#include "gtest/gtest.h"
#include "tests/extract/extractor_fixture.h"

namespace kg {
namespace {

// "radioed back to Earth revealed": the world's own name before a speech
// verb is nobody's.
TEST_F(ExtractorTest, EarthBeforeASpeechVerbIsNoPerson) {
  DocFacts f =
      Run("The pictures the lander sent back to Earth revealed a dusty plain.");
  EXPECT_EQ(Find(f, "Earth"), nullptr);
}

// "Jan" is a given name before a surname ("Jan Wörner") and a month before
// a day ("Jan 14").
TEST_F(ExtractorTest, JanBeforeASurnameIsAGivenName) {
  DocFacts f = Run(
      "\"We go on,\" said Jan Wörner, ESA Director General. On Jan 14, 2016 "
      "the crew landed.");
  ASSERT_NE(Find(f, "Jan Wörner"), nullptr);
  EXPECT_EQ(Find(f, "Jan Wörner")->labels[0], "Person");
  EXPECT_EQ(Find(f, "Jan"), nullptr);
}

// A capital after places listed after a locative word is the city too
// ("teams in Houston and Moscow"); on its own it acts as the state.
TEST_F(ExtractorTest, ACapitalListedAfterALocativeIsTheCity) {
  DocFacts f =
      Run("Flight control teams in Houston and Moscow are talking every day.");
  ASSERT_NE(Find(f, "Moscow"), nullptr);
  EXPECT_EQ(Find(f, "Moscow")->labels[0], "Place");
  DocFacts g = Run("Moscow said on Monday that the station was safe.");
  EXPECT_EQ(Find(g, "Moscow"), nullptr);
  EXPECT_NE(Find(g, "Russia"), nullptr);
}

// "the Russian government" is the state; the Government, in capitals, is
// its cabinet.
TEST_F(ExtractorTest, TheRussianGovernmentInLowerCaseIsTheState) {
  DocFacts f = Run("The Russian government has not paid for the module.");
  EXPECT_EQ(Find(f, "Government of the Russian Federation"), nullptr);
  EXPECT_NE(Find(f, "Russia"), nullptr);
  DocFacts g = Run("The Russian Government approved the plan on Monday.");
  ASSERT_NE(Find(g, "Government of the Russian Federation"), nullptr);
}

// NASDA, Japan's agency before JAXA, is an agency of its own.
TEST_F(ExtractorTest, NasdaIsNotJaxa) {
  DocFacts f =
      Run("The National Space Development Agency, NASDA, chose three "
          "astronauts in 1985.");
  ASSERT_NE(Find(f, "NASDA"), nullptr);
  EXPECT_EQ(Find(f, "Japan Aerospace Exploration Agency"), nullptr);
}

// Japan's numbered cargo ships are named by shape: "HTV-9", "KOUNOTORI8".
TEST_F(ExtractorTest, NumberedJapaneseCargoShipsAreSpacecraft) {
  DocFacts f =
      Run("Japan is due to launch its HTV-9 freighter from Tanegashima on "
          "Friday. KOUNOTORI8 was berthed to the station in 2019.");
  ASSERT_NE(Find(f, "HTV-9"), nullptr);
  EXPECT_EQ(Find(f, "HTV-9")->labels[0], "Spacecraft");
  ASSERT_NE(Find(f, "KOUNOTORI8"), nullptr);
  EXPECT_EQ(Find(f, "KOUNOTORI8")->labels[0], "Spacecraft");
}

// A name an apposition calls a satellite is a spacecraft of that kind; one
// the sentence opens with a verb is not named by it.
TEST_F(ExtractorTest, ANameAnAppositionCallsASatelliteIsOne) {
  DocFacts f = Run(
      "ZEPHYR, the NASA-ISRO radar satellite, lifted off on Wednesday aboard "
      "a GSLV rocket.");
  const EntityFact* z = Find(f, "ZEPHYR");
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(z->labels[0], "Spacecraft");
  EXPECT_EQ(z->properties.at("kind"), "satellite");
  DocFacts g = Run("Released Wakaba, a small lunar orbiter, went silent.");
  EXPECT_EQ(Find(g, "Released Wakaba"), nullptr);
}

}  // namespace
}  // namespace kg
