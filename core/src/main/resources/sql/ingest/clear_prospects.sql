-- A file replaces the rows of its table.
DELETE FROM prospects
