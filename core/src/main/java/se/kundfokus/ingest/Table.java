package se.kundfokus.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The workspace tables a user's file can be imported into, with their fields. */
public enum Table {
  CUSTOMERS(
      "customers",
      List.of(Field.CUSTOMER_ID),
      List.of(
          Field.CUSTOMER_ID,
          Field.NAME,
          Field.ORG_NUMBER,
          Field.INDUSTRY_CODE,
          Field.EMPLOYEES,
          Field.TURNOVER,
          Field.TURNOVER_GROWTH,
          Field.SITES,
          Field.REGION)),
  PRODUCTS(
      "products",
      List.of(Field.PRODUCT_ID),
      List.of(Field.PRODUCT_ID, Field.PRODUCT_NAME, Field.PRODUCT_GROUP)),
  PROSPECTS(
      "prospects",
      List.of(Field.PROSPECT_ID),
      List.of(
          Field.PROSPECT_ID,
          Field.NAME,
          Field.ORG_NUMBER,
          Field.INDUSTRY_CODE,
          Field.EMPLOYEES,
          Field.TURNOVER,
          Field.TURNOVER_GROWTH,
          Field.SITES,
          Field.REGION)),
  SALES(
      "sales",
      List.of(Field.DATE, Field.CUSTOMER_ID, Field.AMOUNT),
      List.of(
          Field.INVOICE_ID,
          Field.DATE,
          Field.CUSTOMER_ID,
          Field.PRODUCT_ID,
          Field.PRODUCT_GROUP,
          Field.QUANTITY,
          Field.UNIT_PRICE,
          Field.AMOUNT,
          Field.COST,
          Field.MARGIN));

  private final String label;

  @SuppressWarnings("ImmutableEnumChecker") // List.of is immutable
  private final List<Field> required;

  @SuppressWarnings("ImmutableEnumChecker") // List.of is immutable
  private final List<Field> fields;

  Table(String label, List<Field> required, List<Field> fields) {
    this.label = label;
    this.required = required;
    this.fields = fields;
  }

  /** The table's name in the workspace, in messages and in {@code --map TABLE.FIELD=COLUMN}. */
  public String label() {
    return label;
  }

  List<Field> required() {
    return required;
  }

  List<Field> fields() {
    return fields;
  }

  /** Whether the file's other columns are kept as typed attributes. */
  boolean keepsAttributes() {
    return this == CUSTOMERS || this == PROSPECTS;
  }

  /** The attribute entity name ({@code customer} or {@code prospect}). */
  String entity() {
    return this == CUSTOMERS ? "customer" : "prospect";
  }

  Optional<Field> field(String column) {
    String wanted = column.strip().toLowerCase(Locale.ROOT);
    return fields.stream().filter(f -> f.column().equals(wanted)).findFirst();
  }

  /** Reads a table name as a user writes it. */
  public static Table parse(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (Table table : values()) {
      if (table.label.equals(wanted)) {
        return table;
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a table (expected customers, sales, products or prospects)");
  }
}
