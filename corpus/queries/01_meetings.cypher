// Who met whom, and when.
//   kg run -g out/space.kg corpus/queries/01_meetings.cypher

// Meetings read as MET_WITH between two people, with the sentence behind each.
MATCH (a:Person)-[m:MET_WITH]->(b:Person)
RETURN a.name AS person, b.name AS met, m.date AS date, m.sentence AS evidence
ORDER BY date, person;

// Meeting events, with everyone they involve.
MATCH (e:Event {kind: 'meeting'})
OPTIONAL MATCH (e)-[:INVOLVES]->(p:Person)
RETURN e.date AS date, e.summary AS meeting, collect(DISTINCT p.name) AS people
ORDER BY date;
