-- The sales lines with some optional columns, in date order.
SELECT invoice_id, date, customer_id, amount, cost, source_line FROM sales ORDER BY date
