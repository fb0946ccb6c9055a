// Saves a view too long for a URL under its id (a digest of its text: the same view, one node).
MERGE (v:SavedView {id: $id})
  ON CREATE SET v.query = $query, v.created = datetime()
RETURN v.id AS id
