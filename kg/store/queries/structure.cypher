// The factions and leaders of a gang, and who leads each faction.
// @param group str: name, alias or id of a gang (e.g. "Tren de Aragua")
MATCH (g:Gang)
WHERE toLower($group) IN [x IN [g.name, g.id] + coalesce(g.aliases, []) | toLower(x)]
CALL (g) {
  MATCH (f:Faction)-[:FACTION_OF]->(g)
  RETURN "faction" AS role, f.name AS name, g.name AS part_of
  UNION
  MATCH (l:Leader)-[:LEADS]->(g)
  RETURN "leader" AS role, l.name AS name, g.name AS part_of
  UNION
  MATCH (l:Leader)-[:LEADS]->(f:Faction)-[:FACTION_OF]->(g)
  RETURN "leader" AS role, l.name AS name, f.name AS part_of
}
RETURN g.name AS gang, role, name, part_of
ORDER BY role, name
