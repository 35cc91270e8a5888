-- Every run, oldest first, with its number of customers per segment.
SELECT r.run_id, r.created_at, r.as_of, r.version, s.segment, count(*) AS customers
FROM runs r
JOIN run_segments s ON s.run_id = r.run_id AND s.entity = 'customer'
GROUP BY r.run_id, r.created_at, r.as_of, r.version, s.segment
ORDER BY r.run_id, s.segment
