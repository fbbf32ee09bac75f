// Roles in an event by its kind.
#include "extract/pipeline.h"

namespace kg {

// Roles by kind (corpus/gold/README.md): both sides of a meeting or an
// agreement are participants; in a launch, docking or landing the vehicles
// and crews take part and an organization operates; a visitor acts on what
// is visited; a political act has the actor and target found by position.
void DocExtraction::AssignRoles(EventFact& ev) const {
  auto label = [&](int entity) -> const std::string& {
    return mentions_[entities_[entity].mentions[0]].label;
  };
  const std::string& k = ev.kind;
  if (k == "meeting" || k == "agreement" || k == "symposium") {
    for (EventRole& r : ev.involves) r.role = "participant";
  } else if (k == "launch" || k == "docking" || k == "landing") {
    for (EventRole& r : ev.involves) {
      r.role = label(r.entity) == "Organization" ? "actor" : "participant";
    }
  } else if (k == "deorbit") {
    for (EventRole& r : ev.involves) {
      r.role = label(r.entity) == "Spacecraft"     ? "target"
               : label(r.entity) == "Organization" ? "actor"
                                                   : "participant";
    }
  } else if (k == "visit") {
    bool visitor = false;
    for (EventRole& r : ev.involves) {
      if (label(r.entity) == "Person" && !visitor) {
        r.role = "actor";
        visitor = true;
      } else if (label(r.entity) == "Organization" ||
                 label(r.entity) == "Country") {
        r.role = "target";
      } else {
        r.role = "participant";
      }
    }
  }
}

}  // namespace kg
