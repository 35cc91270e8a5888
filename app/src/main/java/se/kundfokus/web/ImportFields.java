package se.kundfokus.web;

import java.util.List;
import se.kundfokus.ingest.Table;

/** The fields of each table a user can choose for a column on the import page. */
final class ImportFields {
  private ImportFields() {}

  static List<String> of(Table table) {
    return switch (table) {
      case CUSTOMERS ->
          List.of(
              "customer_id",
              "name",
              "org_number",
              "industry_code",
              "employees",
              "turnover",
              "turnover_growth",
              "sites",
              "region");
      case PROSPECTS ->
          List.of(
              "prospect_id",
              "name",
              "org_number",
              "industry_code",
              "employees",
              "turnover",
              "turnover_growth",
              "sites",
              "region");
      case PRODUCTS -> List.of("product_id", "name", "product_group");
      case SALES ->
          List.of(
              "invoice_id",
              "date",
              "customer_id",
              "product_id",
              "product_group",
              "quantity",
              "unit_price",
              "amount",
              "cost",
              "margin");
    };
  }
}
