-- The size of the cross-sell problem in the synthetic sales lines: the distinct (customer, product
-- group) pairs of the baskets and the rows of their self-join, the sum of k(k - 1) over baskets of
-- k groups.
WITH baskets AS (
  SELECT customer_id, count(DISTINCT product_group) AS k
  FROM sales
  GROUP BY customer_id
)
SELECT sum(k) AS basket_rows, sum(k * (k - 1)) AS pair_rows
FROM baskets
