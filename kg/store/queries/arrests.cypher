// Who arrested members of a group (the gang itself, its factions, its leaders): when, and the sentence that says so.
// One row per passage of evidence; the date is the fact's when the text gives one, else the publication date.
// @param group str: name, alias or id of a gang (e.g. "Tren de Aragua")
MATCH (g:Gang)
WHERE toLower($group) IN [x IN [g.name, g.id] + coalesce(g.aliases, []) | toLower(x)]
MATCH (m)-[r:ARRESTED_BY]->(a:Agency)
WHERE m = g OR EXISTS { (m)-[:FACTION_OF|LEADS]->(g) }
UNWIND range(0, size(r.evidence_sentence) - 1) AS i
RETURN m.name AS arrested,
       a.name AS agency,
       CASE WHEN r.evidence_fact_date[i] <> "" THEN r.evidence_fact_date[i] ELSE r.evidence_published[i] END AS date,
       r.evidence_sentence[i] AS sentence,
       CASE WHEN r.evidence_url[i] <> "" THEN r.evidence_url[i] ELSE r.evidence_document[i] END AS source
ORDER BY date, arrested, agency
