-- The other columns of the customer (or prospect) file kept as attributes, in file order, with
-- their type. 1: the entity, 'customer' or 'prospect'.
SELECT name, kind FROM attributes WHERE entity = ? ORDER BY position
