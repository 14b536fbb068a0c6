// Who arrested members of a group (the gang itself, its factions, its leaders): when, and the sentence that says so.
// One row per passage of evidence.
// @param group str: name, alias or id of a gang (e.g. "Tren de Aragua")
MATCH (g:Gang)
WHERE toLower($group) IN [x IN [g.name, g.id] + g.aliases | toLower(x)]
MATCH (m)-[r:ARRESTED_BY]->(a:Agency)
WHERE m = g OR EXISTS { (m)-[:FACTION_OF|LEADS]->(g) }
UNWIND range(0, size(r.evidence_sentence) - 1) AS i
RETURN m.name AS arrested,
       a.name AS agency,
       CASE r.evidence_fact_date[i] WHEN "" THEN r.evidence_published[i] ELSE r.evidence_fact_date[i] END AS date,
       r.evidence_sentence[i] AS sentence,
       r.evidence_url[i] AS source
ORDER BY date, arrested, agency
