SELECT
  (SELECT count(*) FROM customers WHERE in_register) AS register_customers,
  (SELECT count(*) FROM customers) AS customers,
  (SELECT count(*) FROM prospects) AS prospects,
  (SELECT count(*) FROM products) AS products,
  (SELECT count(*) FROM sales) AS sales_lines,
  (SELECT count(*) FROM sales WHERE customer_id IS NULL) AS anonymous_sales_lines,
  (SELECT min(date) FROM sales) AS first_sale,
  (SELECT max(date) FROM sales) AS last_sale,
  (SELECT coalesce(sum(amount), 0) FROM sales) AS sales_amount,
  (SELECT count(*) FROM attributes) AS attributes
