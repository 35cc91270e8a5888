SELECT count(*) FROM customers WHERE in_register
