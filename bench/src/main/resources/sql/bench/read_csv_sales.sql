-- DuckDB's own CSV reader loading the sample company's invoice lines (kundfokus generate, Swedish
-- format: semicolons, decimal comma, ISO dates, Windows-1252 with only Latin-1 letters) into a
-- table of the types kundfokus keeps: ids and names as text, the date as a date, the numbers as
-- doubles. Parameter 1: the file.
CREATE TABLE sales_read_csv AS
SELECT *
FROM read_csv(
  ?,
  delim = ';',
  quote = '"',
  header = true,
  decimal_separator = ',',
  encoding = 'latin-1',
  dateformat = '%Y-%m-%d',
  columns = {
    'Fakturanr': 'VARCHAR',
    'Fakturadatum': 'DATE',
    'Kundnr': 'VARCHAR',
    'Artikelnr': 'VARCHAR',
    'Artikelgrupp': 'VARCHAR',
    'Antal': 'DOUBLE',
    'Belopp': 'DOUBLE',
    'Kostnad': 'DOUBLE'
  })
