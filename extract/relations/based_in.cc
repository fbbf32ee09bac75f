// BASED_IN from an organization named with its country.
#include <map>
#include <string>

#include "absl/strings/str_cat.h"
#include "extract/pipeline.h"

namespace kg {

// BASED_IN from an agency named with its country: "the Russian space
// agency", "Russia's space agency Roscosmos".
void DocExtraction::BasedIn() {
  // The first mention of each country the document names by itself, found
  // once (a long document may name an agency thousands of times).
  std::map<std::string, int> country_named;
  for (int m = 0; m < static_cast<int>(mentions_.size()); ++m) {
    const Mention& cm = mentions_[m];
    if (cm.label == "Country" && cm.item >= 0) {
      country_named.emplace(cm.canonical, m);
    }
  }
  for (int s = 0; s < static_cast<int>(items_.size()); ++s) {
    for (size_t i = 0; i < items_[s].size(); ++i) {
      const Item& it = items_[s][i];
      if (it.mention < 0 || it.entry == nullptr || it.entry->country.empty()) {
        continue;
      }
      if (!(it.cls & kClsOrg)) continue;
      const Entry* country = lex_.Find(EntryType::kCountry, it.entry->country);
      if (country == nullptr) continue;
      bool tied = false;
      int country_mention = -1;
      // The form itself may name the country. Attached to it ("the Russian
      // space agency", "Russia's space agency"), the country is named there;
      // part of a proper name ("Japan Aerospace Exploration Agency"), it
      // ties the agency only when the document names the country itself
      // (SCHEMA.md), which is then the relation's end.
      if (it.t1 - it.t0 > 1) {
        for (int t = it.t0; t < it.t1 && !tied; ++t) {
          bool attached =
              t + 1 < it.t1 && (Tok(t + 1) == "'s" || Tok(t + 1) == "\u2019s");
          for (const LexiconMatch& lm : lex_.Matches(Tok(t))) {
            if (lm.entry != country) continue;
            attached |= lm.form->kind == FormKind::kDemonym;
          }
          bool names_country = false;
          for (const Entry* e : lex_.Lookup(Tok(t))) {
            names_country |= e == country;
          }
          if (!names_country) continue;
          if (attached) {
            tied = true;
            country_mention = NewSpanMention(
                s, t, t + 1, "Country", country->name,
                absl::StrCat("lexicon ", country->source.ToString(),
                             ", attached to the name of ", it.entry->name));
            mentions_[country_mention].demonym = true;
            break;
          }
          if (auto named = country_named.find(country->name);
              named != country_named.end()) {
            tied = true;
            country_mention = named->second;
          }
          break;
        }
      }
      // "Russia's space agency Roscosmos", "the Russian space agency".
      for (size_t j = i >= 4 ? i - 4 : 0; j < i; ++j) {
        const Item& c = items_[s][j];
        if (c.entry == country && c.mention >= 0) {
          tied = true;
          country_mention = c.mention;
        }
      }
      if (!tied) continue;
      AddRel("BASED_IN", it.mention, country_mention, s, {},
             "an organization named with its country");
    }
  }
}

}  // namespace kg
