-- The rows a test kept, in order.
SELECT s, d, n, day FROM kept_rows ORDER BY s
