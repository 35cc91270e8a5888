-- The rows and the amount that read_csv loaded, to check them against kundfokus's import.
SELECT count(*) AS rows, sum("Belopp") AS amount FROM sales_read_csv
