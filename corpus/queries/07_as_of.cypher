// Who held which post at a date, from the time the text gives each post
// (WORKS_FOR since / until, ISO dates as precise as the text allows:
// date() reads "2022-07" as its first day; `former` marks a post the text
// says has ended).
//   kg run -g out/space.kg corpus/queries/07_as_of.cypher

// Who headed each agency on 1 January 2023 (change the day below): of the
// heads whose post began on or before it and had not ended by then, the
// last to take office.
WITH date('2023-01-01') AS day
MATCH (p:Person)-[w:WORKS_FOR]->(a:Agency)
WHERE date(w.since) <= day AND (w.until IS NULL OR date(w.until) > day)
  AND toLower(w.title) =~ '.*(head|director|administrator|chief).*'
WITH a, p, w ORDER BY w.since DESC
WITH a, collect({person: p.name, title: w.title, since: w.since})[0] AS head
RETURN a.name AS agency, head.person AS person, head.title AS title,
       head.since AS since
ORDER BY agency;

// Every post with a known start or end, in order.
MATCH (p:Person)-[w:WORKS_FOR]->(o)
WHERE w.since IS NOT NULL OR w.until IS NOT NULL OR w.former
RETURN o.name AS organization, p.name AS person, w.since AS since,
       w.until AS until, coalesce(w.former, false) AS former
ORDER BY organization, since;
