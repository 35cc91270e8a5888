-- One customer's revenue, invoices and sales lines per calendar month, up to a date (inclusive).
-- Credit notes are negative lines and count in the revenue; an invoice is a distinct invoice id,
-- or a distinct day when the file has no invoice ids.
SELECT year(date) AS year,
       month(date) AS month,
       sum(amount) AS revenue,
       count(DISTINCT coalesce(invoice_id, CAST(date AS VARCHAR))) AS orders,
       count(*) AS lines
FROM sales
WHERE customer_id = ? AND date <= ?
GROUP BY year(date), month(date)
ORDER BY year, month
