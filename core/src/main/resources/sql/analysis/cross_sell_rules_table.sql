-- The association rules kept for this run, filled by the caller, for the recommendation query.
CREATE OR REPLACE TEMP TABLE cross_sell_rules (
  antecedent VARCHAR NOT NULL,
  consequent VARCHAR NOT NULL,
  confidence DOUBLE NOT NULL,
  lift DOUBLE NOT NULL,
  revenue_ratio DOUBLE NOT NULL
)
