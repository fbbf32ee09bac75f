// The shortest chain of facts between two officials: the head of Roscosmos
// and NASA's acting administrator. Relationships to documents are left out,
// so the path goes through people, organizations, events and places.
//   kg run -g out/space.kg corpus/queries/05_shortest_path.cypher --format dot
MATCH (a:Official {name: 'Dmitry Bakanov'}), (b:Official {name: 'Sean Duffy'}),
      p = shortestPath((a)-[*..6]-(b))
WHERE none(r IN relationships(p) WHERE type(r) IN ['SAID', 'MENTIONED_IN'])
RETURN [n IN nodes(p) | n.name] AS chain, length(p) AS hops, p AS path;

// Every pair of officials from the two countries (by citizenship or by
// employer), and how close they are.
MATCH (a:Official)-[:WORKS_FOR|BASED_IN|CITIZEN_OF*1..2]->(:Country {name: 'Russia'}),
      (b:Official)-[:WORKS_FOR|BASED_IN|CITIZEN_OF*1..2]->(:Country {name: 'United States'}),
      p = shortestPath((a)-[*..6]-(b))
RETURN DISTINCT a.name AS russian, b.name AS american, length(p) AS hops
ORDER BY hops, russian, american
LIMIT 20;
