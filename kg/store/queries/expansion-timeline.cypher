// How a group spread over time: each country with the earliest date a source gives
// (the date of the fact when the text states one, else the date of publication).
// @param group str: name, alias or id of a gang or faction (e.g. "Tren de Aragua")
MATCH (g)-[r:OPERATES_IN]->(c:Country)
WHERE (g:Gang OR g:Faction)
  AND toLower($group) IN [x IN [g.name, g.id] + coalesce(g.aliases, []) | toLower(x)]
WITH g, c, r,
     [i IN range(0, size(r.evidence_document) - 1)
      | CASE WHEN r.evidence_fact_date[i] <> "" THEN r.evidence_fact_date[i] ELSE r.evidence_published[i] END] AS dates
WITH g, c, r, [d IN dates WHERE d <> ""] AS dates
RETURN g.name AS group,
       c.name AS country,
       reduce(first = null, d IN dates | CASE WHEN first IS NULL OR d < first THEN d ELSE first END) AS first_seen,
       size(r.evidence_document) AS sources
ORDER BY first_seen, country
