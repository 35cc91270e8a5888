-- Sales lines and distinct ids of customers that are not in the customer register.
SELECT count(*) AS lines, count(DISTINCT s.customer_id) AS customers,
       min(s.customer_id) AS example
FROM sales s
JOIN customers c ON c.customer_id = s.customer_id
WHERE NOT c.in_register
