// The allies and rivals of a group, with the sentences that say so.
// @param group str: name, alias or id of a gang or faction (e.g. "MS-13")
MATCH (g)-[r:ALLIED_WITH|RIVAL_OF]-(other)
WHERE (g:Gang OR g:Faction)
  AND toLower($group) IN [x IN [g.name, g.id] + coalesce(g.aliases, []) | toLower(x)]
RETURN g.name AS group, type(r) AS relation, other.name AS other, r.evidence_sentence AS sentences
ORDER BY relation, other
