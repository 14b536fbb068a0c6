// Every relation one source supports, with the sentences it gives for each.
// @param source str: a document id or the document's URL
MATCH (s)-[r]->(t)
WHERE $source IN r.evidence_document OR $source IN r.evidence_url
RETURN s.name AS subject, type(r) AS relation, t.name AS object,
       [i IN range(0, size(r.evidence_document) - 1)
        WHERE r.evidence_document[i] = $source OR r.evidence_url[i] = $source
        | r.evidence_sentence[i]] AS sentences
ORDER BY relation, subject, object
