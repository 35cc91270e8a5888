-- Per active customer, the product groups it has never bought that the rules in cross_sell_rules
-- lead to from a group in its basket: for each such group the rule with the highest confidence,
-- and per customer the per_customer (parameter 4) groups of highest expected value: the rule's confidence ×
-- what customers buying both spend on the consequent per unit spent on the antecedent × what this
-- customer spent on the antecedent in the window.
-- Parameters: 1 as_of (ever bought up to), 2 active_start exclusive, 3 as_of, 4 per_customer.
WITH ever_bought AS (
  SELECT DISTINCT customer_id, product_group
  FROM sales
  WHERE customer_id IS NOT NULL
    AND product_group IS NOT NULL
    AND amount > 0
    AND date <= CAST(? AS DATE)
),
active AS (
  SELECT DISTINCT customer_id
  FROM sales
  WHERE customer_id IS NOT NULL
    AND amount > 0
    AND date > CAST(? AS DATE)
    AND date <= CAST(? AS DATE)
),
candidates AS (
  SELECT b.customer_id,
         r.consequent AS product_group,
         r.antecedent,
         b.revenue AS antecedent_revenue,
         r.confidence,
         r.lift,
         r.revenue_ratio,
         r.confidence * r.revenue_ratio * b.revenue AS expected_value,
         row_number() OVER (
           PARTITION BY b.customer_id, r.consequent
           ORDER BY r.confidence DESC, r.lift DESC, r.antecedent) AS best_rule
  FROM cross_sell_baskets b
  JOIN active a ON a.customer_id = b.customer_id
  JOIN cross_sell_rules r ON r.antecedent = b.product_group
  LEFT JOIN ever_bought e
    ON e.customer_id = b.customer_id AND e.product_group = r.consequent
  WHERE e.customer_id IS NULL
),
ranked AS (
  SELECT *,
         row_number() OVER (
           PARTITION BY customer_id
           ORDER BY expected_value DESC, product_group) AS rank_in_customer
  FROM candidates
  WHERE best_rule = 1
)
SELECT customer_id, product_group, antecedent, antecedent_revenue, expected_value
FROM ranked
WHERE rank_in_customer <= ?
ORDER BY expected_value DESC, customer_id, product_group
