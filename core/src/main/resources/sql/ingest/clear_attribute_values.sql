DELETE FROM attribute_values WHERE entity = ?
