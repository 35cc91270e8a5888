-- The attribute values of every customer in the register, one row per customer and attribute (long
-- form): the register fields kundfokus knows, then every other column of the file, typed as
-- imported. Absent values are left out.
SELECT customer_id AS id, 'industry_code' AS name, industry_code AS text_value,
       CAST(NULL AS DOUBLE) AS number_value, CAST(NULL AS DATE) AS date_value,
       CAST(NULL AS BOOLEAN) AS bool_value
FROM customers WHERE in_register AND industry_code IS NOT NULL
UNION ALL
SELECT customer_id, 'employees', CAST(NULL AS STRING), employees, CAST(NULL AS DATE), CAST(NULL AS BOOLEAN)
FROM customers WHERE in_register AND employees IS NOT NULL
UNION ALL
SELECT customer_id, 'turnover', CAST(NULL AS STRING), turnover, CAST(NULL AS DATE), CAST(NULL AS BOOLEAN)
FROM customers WHERE in_register AND turnover IS NOT NULL
UNION ALL
SELECT customer_id, 'turnover_growth', CAST(NULL AS STRING), turnover_growth, CAST(NULL AS DATE), CAST(NULL AS BOOLEAN)
FROM customers WHERE in_register AND turnover_growth IS NOT NULL
UNION ALL
SELECT customer_id, 'sites', CAST(NULL AS STRING), sites, CAST(NULL AS DATE), CAST(NULL AS BOOLEAN)
FROM customers WHERE in_register AND sites IS NOT NULL
UNION ALL
SELECT customer_id, 'region', region, CAST(NULL AS DOUBLE), CAST(NULL AS DATE), CAST(NULL AS BOOLEAN)
FROM customers WHERE in_register AND region IS NOT NULL
UNION ALL
SELECT entity_id, name, text_value, number_value, date_value, bool_value
FROM attribute_values WHERE entity = 'customer'
ORDER BY id, name
