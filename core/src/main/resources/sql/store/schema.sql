-- The canonical tables of a kundfokus workspace (see DESIGN.md, "Data model").
-- Every row keeps the line of the user's file it came from (source_line), so any figure can be
-- traced back to the export it was computed from.

CREATE TABLE IF NOT EXISTS workspace_info (
  key VARCHAR NOT NULL,
  value VARCHAR NOT NULL
);

-- in_register: true for customers from the customer register, false for ids that only appear in
-- the sales lines (no register given, or the register lacks them).
CREATE TABLE IF NOT EXISTS customers (
  customer_id VARCHAR NOT NULL,
  name VARCHAR,
  org_number VARCHAR,
  industry_code VARCHAR,
  employees DOUBLE,
  turnover DOUBLE,
  turnover_growth DOUBLE,
  sites DOUBLE,
  region VARCHAR,
  in_register BOOLEAN NOT NULL,
  source_line BIGINT
);

CREATE TABLE IF NOT EXISTS prospects (
  prospect_id VARCHAR NOT NULL,
  name VARCHAR,
  org_number VARCHAR,
  industry_code VARCHAR,
  employees DOUBLE,
  turnover DOUBLE,
  turnover_growth DOUBLE,
  sites DOUBLE,
  region VARCHAR,
  source_line BIGINT NOT NULL
);

-- customer_id is NULL for lines that name no customer (cash sales, lines without a customer in
-- the export); they are kept and counted but take no part in the customer analysis.
-- amount_derived: true when the file had no amount and it was computed as quantity x unit price.
CREATE TABLE IF NOT EXISTS sales (
  invoice_id VARCHAR,
  date DATE NOT NULL,
  customer_id VARCHAR,
  product_id VARCHAR,
  product_group VARCHAR,
  quantity DOUBLE,
  unit_price DOUBLE,
  amount DOUBLE NOT NULL,
  cost DOUBLE,
  margin DOUBLE,
  source_line BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS products (
  product_id VARCHAR NOT NULL,
  name VARCHAR,
  product_group VARCHAR,
  source_line BIGINT NOT NULL
);

-- The columns of the customer and prospect files that are not canonical fields, kept as typed
-- attributes (entity is 'customer' or 'prospect'; kind is NUMBER, DATE, BOOLEAN or CATEGORY).
CREATE TABLE IF NOT EXISTS attributes (
  entity VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  position INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS attribute_values (
  entity VARCHAR NOT NULL,
  entity_id VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  text_value VARCHAR,
  number_value DOUBLE,
  date_value DATE,
  bool_value BOOLEAN
);

-- One row per file imported.
CREATE TABLE IF NOT EXISTS imports (
  import_id BIGINT NOT NULL,
  table_name VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL,
  file_path VARCHAR NOT NULL,
  fingerprint VARCHAR NOT NULL,
  rows_read BIGINT NOT NULL,
  rows_accepted BIGINT NOT NULL,
  rows_rejected BIGINT NOT NULL,
  rejects_file VARCHAR,
  notes VARCHAR NOT NULL,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP NOT NULL
);

-- One row per analysis run, so that a later run shows who moved between segments, and so that
-- prospects can be scored against the model of the last run (model_json).
CREATE TABLE IF NOT EXISTS runs (
  run_id BIGINT NOT NULL,
  created_at TIMESTAMP NOT NULL,
  as_of DATE NOT NULL,
  version VARCHAR NOT NULL,
  data_fingerprint VARCHAR NOT NULL,
  settings_fingerprint VARCHAR,
  model_json VARCHAR NOT NULL
);

-- Every customer's and prospect's segment and scores in a run (entity: customer or prospect).
CREATE TABLE IF NOT EXISTS run_segments (
  run_id BIGINT NOT NULL,
  entity VARCHAR NOT NULL,
  entity_id VARCHAR NOT NULL,
  segment VARCHAR NOT NULL,
  fit DOUBLE,
  pain DOUBLE,
  potential DOUBLE
);
