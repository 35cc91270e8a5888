-- How many sales lines name a product group.
SELECT count(*) AS lines FROM sales WHERE product_group IS NOT NULL
