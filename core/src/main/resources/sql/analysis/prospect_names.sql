-- Every prospect with its name, in id order.
SELECT prospect_id AS id, name FROM prospects ORDER BY prospect_id
