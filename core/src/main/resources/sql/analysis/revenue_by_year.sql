-- Revenue, sales lines and buying customers per calendar year (lines without a customer count in
-- revenue and lines but not in customers).
SELECT year(date) AS year,
       count(*) AS lines,
       count(DISTINCT customer_id) AS customers,
       sum(amount) AS revenue
FROM sales
GROUP BY year(date)
ORDER BY year
