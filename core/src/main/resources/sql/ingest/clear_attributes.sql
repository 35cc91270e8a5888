DELETE FROM attributes WHERE entity = ?
