// Pairs of groups that operate in the same countries, most countries in common first.
// @param min_shared int = 1: report pairs sharing at least this many countries
MATCH (a)-[:OPERATES_IN]->(c:Country)<-[:OPERATES_IN]-(b)
WHERE (a:Gang OR a:Faction) AND (b:Gang OR b:Faction) AND a.id < b.id
WITH a, b, c
ORDER BY c.name
WITH a, b, collect(c.name) AS countries
WHERE size(countries) >= $min_shared
RETURN a.name AS group_a, b.name AS group_b, size(countries) AS shared, countries
ORDER BY shared DESC, group_a, group_b
