-- How many sales lines name a product group.
SELECT count(*) FROM sales WHERE product_group IS NOT NULL
