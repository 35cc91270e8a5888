-- Sales lines after a date (1), for a test to keep.
SELECT customer_id, amount FROM sales WHERE date > CAST(? AS DATE)
