-- Derived customers are rebuilt after every import from the sales lines it leaves.
DELETE FROM customers WHERE NOT in_register
