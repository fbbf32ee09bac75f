// What keeps a trigger word from telling one happening (events/happening.cc):
// what happens as a rule, what would have been. Every sentence here is
// invented.
#include "gmock/gmock.h"
#include "tests/extract/extractor_fixture.h"

namespace kg {
namespace {

using ::testing::Contains;
using ::testing::IsEmpty;
using ::testing::StartsWith;

// What happens as a rule is no happening: a frequency adverb ("usually",
// "normally") rules out the verbs of its clause, and a flight verb in its
// plain form after a plural common noun ("freighters dock") tells what such
// things do -- unless a date makes it one happening.
TEST_F(ExtractorTest, HabitualAndGenericPresentAreNoEvents) {
  EXPECT_THAT(Run("Cargo ships from Baikonur usually dock with the Zvezda "
                  "module and undock after six months.")
                  .events,
              IsEmpty());
  EXPECT_THAT(
      Run("Returning crews land on the steppe near Dzhezkazgan.").events,
      IsEmpty());
  EXPECT_THAT(Events(Run("Soyuz crews land near Dzhezkazgan on Friday, "
                         "March 3, 2023.")),
              Contains(StartsWith("other: Soyuz")));
  EXPECT_THAT(Events(Run("Soyuz MS-27 landed near Dzhezkazgan.")),
              Contains(StartsWith("other: Soyuz MS-27")));
}

// The present after a pronoun, with no date, tells what such things do:
// "it then returns to Earth", "they usually land". A date makes it one
// happening.
TEST_F(ExtractorTest, AnUndatedPresentAfterAPronounIsNoEvent) {
  EXPECT_THAT(Run("The orbiter carries the cargo up. It then returns to Earth "
                  "and is ready for another flight.")
                  .events,
              IsEmpty());
  EXPECT_THAT(Run("Soyuz MS-40 leaves the station first. They then land near "
                  "Arkalyk.")
                  .events,
              IsEmpty());
  EXPECT_THAT(Events(Run("Soyuz MS-40 leaves the station first. It returns "
                         "to Earth on Friday, March 3, 2023.")),
              Contains(StartsWith("other: Soyuz MS-40")));
}

// "would have" after a happening's name says it did not happen.
TEST_F(ExtractorTest, AHappeningThatWouldHaveBeenIsNoEvent) {
  EXPECT_THAT(
      Run("That Proton explosion would have grounded the fleet for a year.")
          .events,
      IsEmpty());
  EXPECT_THAT(Events(Run("A Proton explosion grounded the fleet for a year "
                         "in 1999.")),
              Contains(StartsWith("other: Proton")));
}

// A trigger word that modifies a noun names a thing, not a happening:
// "launch environments", "docking forces".
TEST_F(ExtractorTest, ATriggerBeforeTheNounItModifiesIsNoEvent) {
  EXPECT_THAT(Run("The Proton and Soyuz launch environments differ.").events,
              IsEmpty());
  EXPECT_THAT(Run("On the Zarya module, docking forces are limited to 400 "
                  "pounds.")
                  .events,
              IsEmpty());
}

}  // namespace
}  // namespace kg
