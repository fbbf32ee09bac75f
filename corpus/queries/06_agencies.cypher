// Space agencies ranked by how often the corpus mentions them, with the
// number of documents and the people who work for them.
MATCH (a:Agency)
OPTIONAL MATCH (p:Person)-[:WORKS_FOR]->(a)
RETURN a.name AS agency, a.country AS country, a.mentions AS mentions,
       size(a.docs) AS documents, count(DISTINCT p) AS people
ORDER BY mentions DESC, agency;

// The same for every organization, by the documents that mention it.
MATCH (o:Organization)-[m:MENTIONED_IN]->(d:Document)
RETURN o.name AS organization, labels(o) AS labels, sum(m.count) AS mentions,
       count(DISTINCT d) AS documents
ORDER BY mentions DESC, organization
LIMIT 15;
