INSERT INTO attributes (entity, name, kind, position) VALUES (?, ?, ?, ?)
