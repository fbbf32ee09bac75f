// Posts: the constructions that attach a person to the organization they
// work for, each on sentences written for the test.
#include <string>

#include "extract/corpus/facts.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/extract/extractor_fixture.h"

namespace kg {
namespace {

// "Roscosmos and its director general, Yuri Koptev, refused": "its" is the
// organization just named.
// "with X as pilot": the person holds the post; in a flight's sentence a
// crew post puts them aboard.
TEST_F(ExtractorTest, WithANameAsATitleGivesThePost) {
  DocFacts f =
      Run("Endeavour lifted off from Florida at 9:48 p.m. on January "
          "22, 1998 under the command of Oskar Lindqvist, with Anna "
          "Volkova as pilot.");
  EXPECT_TRUE(
      HasRelation(f, "CREW_OF", "Anna Volkova", "Space Shuttle Endeavour"));
  DocFacts g = Run("The board met on Monday with Anna Volkova as chairman.");
  ASSERT_NE(Find(g, "Anna Volkova"), nullptr);
  const auto& props = Find(g, "Anna Volkova")->properties;
  ASSERT_EQ(props.count("title"), 1u);
  EXPECT_EQ(props.find("title")->second, "chairman");
}

TEST_F(ExtractorTest, AnOrganizationAndItsTitledHeadWorkThere) {
  DocFacts f = Run(
      "NASA objected, but Roscosmos and its director general, Ivan Petrenko, "
      "refused to drop him.");
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Ivan Petrenko", "Roscosmos"));
  EXPECT_FALSE(HasRelation(f, "WORKS_FOR", "Ivan Petrenko", "NASA"));
}

// "Putin put Dmitry Rogozin in charge of Roscosmos": who is in charge of
// an organization works for it; the one who put him there does not.
TEST_F(ExtractorTest, WhoIsInChargeOfAnOrganizationWorksForIt) {
  DocFacts f =
      Run("President Tom Baxter on Thursday put Ivan Petrenko in charge of "
          "Roscosmos.");
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Ivan Petrenko", "Roscosmos"));
  EXPECT_FALSE(HasRelation(f, "WORKS_FOR", "Tom Baxter", "Roscosmos"));
}

// "The Senate confirmed Rep. X, a former Navy pilot, as NASA's 13th
// administrator": the verb of the office may come before the name.
TEST_F(ExtractorTest, ConfirmedAsTheOrganizationsTitle) {
  DocFacts f =
      Run("The Senate on Thursday confirmed Rep. Tom Baxter, an Oklahoma "
          "Republican and former Navy pilot, as NASA's 13th administrator.");
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Tom Baxter", "NASA"));
}

// "said Thomas Reiter, ESA Director of Human Spaceflight": a title with
// its own "of" after the organization.
TEST_F(ExtractorTest, AnOrganizationsTitleWithAnOfPhrase) {
  DocFacts f = Run(
      "\"It shows what Europe brings,\" said Ivan Petrenko, ESA Director of "
      "Human Spaceflight and Operations.");
  EXPECT_TRUE(
      HasRelation(f, "WORKS_FOR", "Ivan Petrenko", "European Space Agency"));
}

// "The mission specialists are A and B", "C, a colonel, is the pilot": a
// title said of the names, before or after them.
TEST_F(ExtractorTest, ATitleSaidOfTheNamesWithABeVerb) {
  DocFacts f =
      Run("The mission specialists are Zorbo Quennell and Tarquin Vell. Ivan "
          "Petrenko, a colonel, is the pilot.");
  const EntityFact* q = Find(f, "Zorbo Quennell");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->labels.back(), "Astronaut");
  const EntityFact* p = Find(f, "Ivan Petrenko");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->labels.back(), "Astronaut");
}

// "Wang Lei, a deputy director of Roscosmos": a name no given-name list
// knows is still a person with the office an apposition gives it.
TEST_F(ExtractorTest, AnUnknownNameWithATitleOfAnOrganizationWorksThere) {
  DocFacts f = Run(
      "Wang Lei, a deputy director of the China Manned Space Agency, said the "
      "station would open to foreign crews.");
  ASSERT_NE(Find(f, "Wang Lei"), nullptr);
  EXPECT_TRUE(
      HasRelation(f, "WORKS_FOR", "Wang Lei", "China Manned Space Agency"));
}

// "X, executive director for crewed programmes at Roscosmos": an office
// with its area, then the organization.
TEST_F(ExtractorTest, AnOfficeWithItsAreaAtAnOrganization) {
  DocFacts f =
      Run("Ivan Petrenko, director for international cooperation at Roscosmos, "
          "said the talks went well.");
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Ivan Petrenko", "Roscosmos"));
  // Without an office, the words give no post.
  EXPECT_FALSE(HasRelation(
      Run("Ivan Petrenko, famous for his books at Roscosmos, said so."),
      "WORKS_FOR", "Ivan Petrenko", "Roscosmos"));
}

// "the country's first astronaut, Zhou Haisheng, flew ...": a spacefarer
// noun with the name in apposition after it gives the person the role.
TEST_F(ExtractorTest, ASpacefarerNounWithANameInAppositionGivesTheRole) {
  DocFacts f =
      Run("The country sent its first astronaut, Zhou Haisheng, into orbit "
          "aboard Shenzhou-30 in October.");
  ASSERT_NE(Find(f, "Zhou Haisheng"), nullptr);
  EXPECT_EQ(Find(f, "Zhou Haisheng")->labels.back(), "Astronaut");
  EXPECT_TRUE(HasRelation(f, "CREW_OF", "Zhou Haisheng", "Shenzhou-30"));
}

// "X, a retired Navy captain", "Y, a Marine Corps test pilot", "Z, a
// colonel in the Italian Air Force": the service a rank or trade is given
// with employs the person (retired: employed); a trade alone gives nothing.
TEST_F(ExtractorTest, TheServiceOfARankOrTradeEmploysThePerson) {
  DocFacts f = Run(
      "The commander is Anna Berg, a Marine Corps test pilot on her first "
      "flight. Ivan Petrenko, a retired Navy captain, will fly the capsule. "
      "Tom Keller, a colonel in the Italian Air Force, is the pilot.");
  EXPECT_TRUE(
      HasRelation(f, "WORKS_FOR", "Anna Berg", "United States Marine Corps"));
  EXPECT_TRUE(
      HasRelation(f, "WORKS_FOR", "Ivan Petrenko", "United States Navy"));
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Tom Keller", "Italian Air Force"));
  bool former = false;
  for (const RelationFact& r : f.relations) {
    if (r.type == "WORKS_FOR" && f.entities[r.from].name == "Ivan Petrenko") {
      former = r.properties.count("former") > 0;
    }
  }
  EXPECT_TRUE(former);
  EXPECT_FALSE(HasRelation(Run("Mary Lind, a Navy supporter, said so."),
                           "WORKS_FOR", "Mary Lind", "United States Navy"));
}

// "X, the former cosmonaut who heads Kazakhstan's space agency Kazcosmos",
// '"...," said Carle Pieters of Brown University', "X, deputy head of the
// China National Space Administration": posts told around the name.
TEST_F(ExtractorTest, PostsToldInARelativeClauseAfterSaidOrAsADeputy) {
  DocFacts f =
      Run("Ivan Petrenko, the former cosmonaut who heads Kazakhstan's space "
          "agency Kazcosmos, said the cloud was drifting. \"We are not talking "
          "about lakes,\" said Carle Pieters of Brown University. Zhou Lin, "
          "deputy head of the China National Space Administration, said the "
          "station would be open.");
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Ivan Petrenko",
                          "Kazakhstan Aerospace Committee"));
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Carle Pieters", "Brown University"));
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Zhou Lin",
                          "China National Space Administration"));
}

// "Anna Berg of Belarus", "Ali Demir, the first astronaut of the United
// Arab Emirates", "two mission specialists from Saudi Arabia, A, ..., and
// B": the country a person is given with; "Ivan Sorokin of Roscosmos" is
// no country's.
TEST_F(ExtractorTest, ThePersonOfACountryIsItsCitizen) {
  DocFacts f = Run(
      "The Soyuz carried spaceflight participant Anna Berg of Belarus to the "
      "station. The capsule carried Ali Demir, the first astronaut of the "
      "United Arab Emirates, to orbit. It carries two mission specialists "
      "from Saudi Arabia, Rayyan Omar, a researcher, and Khalid Nasser, a "
      "pilot. Ivan Sorokin of Roscosmos met them.");
  EXPECT_TRUE(HasRelation(f, "CITIZEN_OF", "Anna Berg", "Belarus"));
  EXPECT_TRUE(
      HasRelation(f, "CITIZEN_OF", "Ali Demir", "United Arab Emirates"));
  EXPECT_TRUE(HasRelation(f, "CITIZEN_OF", "Rayyan Omar", "Saudi Arabia"));
  EXPECT_TRUE(HasRelation(f, "CITIZEN_OF", "Khalid Nasser", "Saudi Arabia"));
  for (const RelationFact& r : f.relations) {
    EXPECT_FALSE(r.type == "CITIZEN_OF" &&
                 f.entities[r.from].name == "Ivan Sorokin");
  }
}

// A party marker in brackets between a title and a name: "Senator (D)
// Patty Murray".
TEST_F(ExtractorTest, APartyMarkerBetweenATitleAndANameKeepsTheTitle) {
  DocFacts f = Run("I wrote to our local Senator (D) Carla Nuñez last week.");
  const EntityFact* p = Find(f, "Carla Nuñez");
  ASSERT_NE(p, nullptr);
  EXPECT_THAT(p->labels, ::testing::Contains("Official"));
}

// "A was appointed Director General of Roscosmos in place of X": A holds the
// post, X held it before.
TEST_F(ExtractorTest, WhomAnAppointeeReplacesHeldThePostBefore) {
  DocFacts f = Run(
      "Ivan Petrenko was appointed Director General of Roscosmos on Monday, "
      "in place of Oleg Savin.");
  bool former = false;
  for (const RelationFact& r : f.relations) {
    if (r.type == "WORKS_FOR" && f.entities[r.from].name == "Oleg Savin" &&
        f.entities[r.to].name == "Roscosmos") {
      former = r.properties.count("former") > 0;
    }
  }
  EXPECT_TRUE(former);
  EXPECT_TRUE(HasRelation(f, "WORKS_FOR", "Ivan Petrenko", "Roscosmos"));
}

}  // namespace
}  // namespace kg
