-- The customers with a basket in the cross-sell window: the base of every rule's support.
SELECT count(DISTINCT customer_id) AS customers
FROM cross_sell_baskets
