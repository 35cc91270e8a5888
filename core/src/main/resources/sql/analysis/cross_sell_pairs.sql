-- Co-occurrence of product groups in customers' baskets: for every ordered pair (antecedent,
-- consequent) bought together by at least the given number of customers (parameter 1: the larger
-- of the least number of customers and the least support as a count): the customers buying each,
-- both, all customers with a basket, and among the customers buying both the median revenue in
-- the consequent and the median revenue in the consequent per unit of revenue in the antecedent.
-- Support, confidence and lift follow from these counts.
WITH groups AS (
  SELECT product_group, count(*) AS customers
  FROM cross_sell_baskets
  GROUP BY product_group
),
counted AS (
  SELECT a.product_group AS antecedent,
         c.product_group AS consequent
  FROM cross_sell_baskets a
  JOIN cross_sell_baskets c
    ON c.customer_id = a.customer_id AND c.product_group <> a.product_group
  GROUP BY a.product_group, c.product_group
  HAVING count(*) >= ?
),
-- The medians only for the pairs kept above: most pairs are rare, and a median keeps every value.
pairs AS (
  SELECT a.product_group AS antecedent,
         c.product_group AS consequent,
         count(*) AS both_customers,
         median(c.revenue) AS median_consequent_revenue,
         median(c.revenue / a.revenue) AS median_revenue_ratio
  FROM counted k
  JOIN cross_sell_baskets a ON a.product_group = k.antecedent
  JOIN cross_sell_baskets c
    ON c.customer_id = a.customer_id AND c.product_group = k.consequent
  GROUP BY a.product_group, c.product_group
)
SELECT p.antecedent,
       p.consequent,
       ga.customers AS antecedent_customers,
       gc.customers AS consequent_customers,
       p.both_customers,
       (SELECT count(DISTINCT customer_id) FROM cross_sell_baskets) AS customers,
       (SELECT count(*) FROM groups) AS product_groups,
       p.median_consequent_revenue,
       p.median_revenue_ratio
FROM pairs p
JOIN groups ga ON ga.product_group = p.antecedent
JOIN groups gc ON gc.product_group = p.consequent
ORDER BY p.antecedent, p.consequent
