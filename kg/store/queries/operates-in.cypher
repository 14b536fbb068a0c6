// Where a group operates: each country, the dates the sources give, and the sentences that say so.
// @param group str: name, alias or id of a gang or faction (e.g. "Tren de Aragua")
MATCH (g)-[r:OPERATES_IN]->(c:Country)
WHERE (g:Gang OR g:Faction)
  AND toLower($group) IN [x IN [g.name, g.id] + coalesce(g.aliases, []) | toLower(x)]
RETURN g.name AS group,
       c.name AS country,
       [d IN coalesce(r.evidence_fact_date, []) WHERE d <> ""] AS dates,
       r.evidence_sentence AS sentences,
       [u IN coalesce(r.evidence_url, []) WHERE u <> ""] AS sources
ORDER BY country
