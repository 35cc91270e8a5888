-- What a test kept of the sales lines.
SELECT count(*) AS lines, sum(amount) AS amount FROM kept_sales
