// The shortest chain of facts linking two entities (any types, any direction).
// @param from str: name, alias or id of the first entity (e.g. "Los Gallegos")
// @param to str: name, alias or id of the second entity (e.g. "FBI")
// @param max_hops int = 6: give up on paths longer than this (1 to 15)
MATCH (a)
WHERE toLower($from) IN [x IN [a.name, a.id] + coalesce(a.aliases, []) | toLower(x)]
MATCH (b)
WHERE toLower($to) IN [x IN [b.name, b.id] + coalesce(b.aliases, []) | toLower(x)] AND a <> b
MATCH p = shortestPath((a)-[*..15]-(b))
WHERE length(p) <= $max_hops
RETURN length(p) AS hops,
       [n IN nodes(p) | n.name] AS entities,
       [r IN relationships(p) | type(r)] AS relations
ORDER BY hops
LIMIT 1
