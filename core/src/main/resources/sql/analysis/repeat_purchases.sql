-- The purchase history each customer gives the churn model (BG/NBD, Gamma-Gamma), as of a
-- reference date (1 as_of, 2 as_of): a purchase is a day with a positive net amount (lines of the
-- same day are one transaction; a day of credit notes only is no purchase). frequency is the
-- number of purchase days after the first; repeat_spend the mean amount of those repeat days.
WITH days AS (
  SELECT customer_id, date, sum(amount) AS amount
  FROM sales
  WHERE customer_id IS NOT NULL AND date <= CAST(? AS DATE)
  GROUP BY customer_id, date
  HAVING sum(amount) > 0
),
firsts AS (
  SELECT customer_id, min(date) AS first_day
  FROM days
  GROUP BY customer_id
)
SELECT d.customer_id,
       count(*) - 1 AS frequency,
       min(d.date) AS first_day,
       max(d.date) AS last_day,
       avg(d.amount) FILTER (WHERE d.date > f.first_day) AS repeat_spend,
       CAST(? AS DATE) AS as_of
FROM days d
JOIN firsts f ON f.customer_id = d.customer_id
GROUP BY d.customer_id
ORDER BY d.customer_id
