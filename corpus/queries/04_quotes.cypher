// Who said what about cooperation: quotes (SAID) that speak of working
// together, with the speaker's office and the document they come from.
MATCH (p:Person)-[s:SAID]->(d:Document)
WHERE any(word IN ['cooperat', 'partner', 'together', 'joint', 'collaborat', 'sanction']
          WHERE toLower(s.quote) CONTAINS word)
OPTIONAL MATCH (p)-[:WORKS_FOR]->(o:Organization)
RETURN p.name AS speaker, coalesce(p.title, '') AS title,
       collect(DISTINCT o.name) AS organizations, s.quote AS quote, d.date AS date
ORDER BY date, speaker;

// Statements reported as news, with who made them.
MATCH (e:Event {kind: 'statement'})-[:INVOLVES]->(p:Person)
RETURN p.name AS speaker, e.date AS date, e.summary AS statement
ORDER BY date, speaker;
