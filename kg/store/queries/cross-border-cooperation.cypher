// Agencies of different countries that cooperate, with the sentences that say so.
MATCH (a:Agency)-[r:COOPERATES_WITH]-(b:Agency)
WHERE a.id < b.id
MATCH (a)-[:BASED_IN]->(ca:Country)
MATCH (b)-[:BASED_IN]->(cb:Country)
WHERE ca <> cb
RETURN a.name AS agency_a, ca.name AS country_a, b.name AS agency_b, cb.name AS country_b,
       r.evidence_sentence AS sentences
ORDER BY country_a, agency_a, country_b, agency_b
