-- The customers, with a boolean and a text column.
SELECT customer_id, name, in_register, CAST(employees AS STRING) AS employees_text
FROM customers ORDER BY customer_id
