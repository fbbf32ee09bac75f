// SAID: who spoke a quotation, each construction on sentences written for
// the test.
#include <string>

#include "extract/corpus/facts.h"
#include "gtest/gtest.h"
#include "tests/extract/extractor_fixture.h"

namespace kg {
namespace {

// The speaker of the quotation with this text, or "" when none.
std::string SpeakerOf(const DocFacts& f, const std::string& quote) {
  for (const SaidFact& s : f.said) {
    if (s.quote == quote) return f.entities[s.person].name;
  }
  return "";
}

// '"...," Frank Culbertson, who manages the shuttle-Mir program at the
// Johnson Space Center in Houston, told reporters': a long apposition
// between the speaker and the verb.
TEST_F(ExtractorTest, TheSpeakerAfterAQuotationMayCarryALongApposition) {
  DocFacts f =
      Run("\"Jerry has done a superb job,\" Ivan Petrenko, who manages the "
          "programme at the training centre outside Moscow since last year, "
          "told reporters before the launch.");
  EXPECT_EQ(SpeakerOf(f, "Jerry has done a superb job"), "Ivan Petrenko");
}

// "Bill Nelson, the Florida Democrat who flew on Columbia, said Goldin had
// 'kept NASA alive'": the subject before the apposition speaks, not the
// person after the verb.
TEST_F(ExtractorTest, TheSubjectBeforeAnAppositionSpeaksNotThePersonAfter) {
  DocFacts f = Run(
      "Tom Baxter, the Florida Democrat who flew on the shuttle in 1986, "
      "said Ivan Petrenko had \"kept the agency alive through some very lean "
      "years.\"");
  EXPECT_EQ(SpeakerOf(f, "kept the agency alive through some very lean years"),
            "Tom Baxter");
}

// '"...," he said' after a sentence that opens with a person: that person
// speaks, not the one quoted last; "she" is no man.
TEST_F(ExtractorTest,
       HeSaidAfterAQuotationIsThePersonWhoOpensTheSentenceBefore) {
  DocFacts f = Run(
      "\"We sell what we know how to build,\" Minister Pavel Orlov said.\n\n"
      "Director Anna Berg said the deal would pay for itself. \"We could not "
      "get this any other way,\" she said.\n\n"
      "Engineer Tom Keller welcomed the launch. \"It flew,\" she said.");
  EXPECT_EQ(SpeakerOf(f, "We sell what we know how to build"), "Pavel Orlov");
  EXPECT_EQ(SpeakerOf(f, "We could not get this any other way"), "Anna Berg");
  EXPECT_NE(SpeakerOf(f, "It flew"), "Tom Keller");
}

// The sentence before opens with "she", who is the person named before it.
TEST_F(ExtractorTest, HeSaidAfterASentenceOpeningWithHeIsWhomThatHeIs) {
  DocFacts f = Run(
      "\"We sell what we know how to build,\" Minister Pavel Orlov said.\n\n"
      "Astronaut Rita Lowe grew up in Ohio. She spent a year in Star City. "
      "\"It feels like home already,\" she told reporters.");
  EXPECT_EQ(SpeakerOf(f, "It feels like home already"), "Rita Lowe");
}

// A characterization in quotation marks after "called" is the subject's
// words; a name after "called" is nobody's quotation.
TEST_F(ExtractorTest, WhatSomeoneCalledSomethingIsWhatTheySaid) {
  DocFacts f =
      Run("Pavel Orlov, who chairs the budget committee, called the cuts \"a "
          "crippling blow.\" The crew rode a capsule called \"Resilience\" to "
          "the station.");
  EXPECT_EQ(SpeakerOf(f, "a crippling blow"), "Pavel Orlov");
  EXPECT_EQ(SpeakerOf(f, "Resilience"), "");
}

// A speech verb's participle with no quotation before it in the sentence:
// the person the sentence names first speaks.
TEST_F(ExtractorTest, AParticipleOfSpeechGivesTheQuotationToTheSubject) {
  DocFacts f =
      Run("Minister Pavel Orlov has avoided criticising the agency in public, "
          "telling one audience that \"the partnership has survived worse.\"");
  EXPECT_EQ(SpeakerOf(f, "the partnership has survived worse"), "Pavel Orlov");
  // Not a person who owns the subject, nor one who does not open the
  // sentence.
  DocFacts g = Run(
      "Despite the tensions, Minister Pavel Orlov's new strategy names "
      "rivals, calling Russia \"a revisionist power that wants to shape the "
      "world.\"");
  EXPECT_EQ(SpeakerOf(g, "a revisionist power that wants to shape the world"),
            "");
}

}  // namespace
}  // namespace kg
