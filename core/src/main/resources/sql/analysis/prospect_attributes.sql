-- The attribute values of every prospect in the register, one row per prospect and attribute (long
-- form): the register fields kundfokus knows, then every other column of the file, typed as
-- imported. Absent values are left out.
SELECT prospect_id AS id, 'industry_code' AS name, industry_code AS text_value,
       CAST(NULL AS DOUBLE) AS number_value, CAST(NULL AS DATE) AS date_value,
       CAST(NULL AS BOOLEAN) AS bool_value
FROM prospects WHERE industry_code IS NOT NULL
UNION ALL
SELECT prospect_id, 'employees', CAST(NULL AS STRING), employees, CAST(NULL AS DATE), CAST(NULL AS BOOLEAN)
FROM prospects WHERE employees IS NOT NULL
UNION ALL
SELECT prospect_id, 'turnover', CAST(NULL AS STRING), turnover, CAST(NULL AS DATE), CAST(NULL AS BOOLEAN)
FROM prospects WHERE turnover IS NOT NULL
UNION ALL
SELECT prospect_id, 'turnover_growth', CAST(NULL AS STRING), turnover_growth, CAST(NULL AS DATE), CAST(NULL AS BOOLEAN)
FROM prospects WHERE turnover_growth IS NOT NULL
UNION ALL
SELECT prospect_id, 'sites', CAST(NULL AS STRING), sites, CAST(NULL AS DATE), CAST(NULL AS BOOLEAN)
FROM prospects WHERE sites IS NOT NULL
UNION ALL
SELECT prospect_id, 'region', region, CAST(NULL AS DOUBLE), CAST(NULL AS DATE), CAST(NULL AS BOOLEAN)
FROM prospects WHERE region IS NOT NULL
UNION ALL
SELECT entity_id, name, text_value, number_value, date_value, bool_value
FROM attribute_values WHERE entity = 'prospect'
ORDER BY id, name
