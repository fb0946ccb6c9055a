// A saved view's text (the explorer's query string) by its id.
MATCH (v:SavedView {id: $id})
RETURN v.query AS query
