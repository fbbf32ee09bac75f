// Flights told with common words: a return home, a link-up. Every sentence
// here is invented.
#include <string>

#include "gmock/gmock.h"
#include "tests/extract/extractor_fixture.h"

namespace kg {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

// A return told as "fly home", "due home", "due back" or "return on" a
// vehicle is a landing; "due" makes it planned.
TEST_F(ExtractorTest, ReturnsHomeAreLandings) {
  DocFacts f =
      Run("Cosmonaut Ivan Petrenko is due home on Friday aboard Soyuz MS-40. "
          "Cosmonaut Anna Volkova will fly home on Soyuz MS-41 in March. Tom "
          "Baxter returned on Soyuz MS-39 in May 2024.");
  EXPECT_THAT(Events(f),
              Contains(AllOf(StartsWith("other:"), HasSubstr("Soyuz MS-40/"),
                             HasSubstr("Ivan Petrenko/"))));
  EXPECT_THAT(Events(f),
              Contains(AllOf(StartsWith("other:"), HasSubstr("Soyuz MS-41/"))));
  EXPECT_THAT(Events(f),
              Contains(AllOf(StartsWith("other:"), HasSubstr("Soyuz MS-39/"))));
  for (const EventFact& e : f.events) {
    if (e.trigger == "due home") EXPECT_TRUE(e.planned);
  }
}

// "linked up with Mir" docks; partners linking up do not.
TEST_F(ExtractorTest, LinkingUpWithAStationIsADocking) {
  EXPECT_THAT(Events(Run("Soyuz TM-40 linked up with Mir on Monday, March 4, "
                         "1991.")),
              Contains(AllOf(StartsWith("docking:"), HasSubstr("Mir/"))));
  EXPECT_THAT(Events(Run("Roscosmos linked up with NASA on a new study on "
                         "Monday.")),
              Not(Contains(StartsWith("docking:"))));
}

}  // namespace
}  // namespace kg
