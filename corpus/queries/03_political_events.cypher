// The political events that touched space cooperation, and who was involved
// in each (actor, target or participant).
MATCH (e:Event)
WHERE e.kind IN ['sanctions', 'expulsion', 'annexation', 'election_interference',
                 'poisoning', 'military_strike', 'armed_conflict', 'weapons_test']
OPTIONAL MATCH (e)-[i:INVOLVES]->(x)
WITH e, x, coalesce(i.role, 'involved') AS role
ORDER BY role, x.name
RETURN e.kind AS kind, e.date AS date, e.summary AS summary,
       collect(x.name + ' (' + role + ')') AS involved
ORDER BY date, kind;

// How often each kind of political event comes up, with its CAMEO code.
MATCH (e:Event)
WHERE e.cameo IS NOT NULL
RETURN e.kind AS kind, e.cameo AS cameo, count(*) AS events
ORDER BY events DESC, kind;
