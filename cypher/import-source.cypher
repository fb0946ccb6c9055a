// Upserts the Source an imported file becomes; its facts cite it by id.
// $id, $title (the file's name), $publisher (the dataset), $file, $published (first import).
MERGE (s:Source {id: $id})
ON CREATE SET s.published = $published, s.recordedAt = datetime()
SET s.kind = 'dataset',
    s.title = $title,
    s.publisher = $publisher,
    s.file = $file
