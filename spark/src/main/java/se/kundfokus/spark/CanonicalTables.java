package se.kundfokus.spark;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The canonical tables of {@code sql/store/schema.sql} as Spark sees them: each column with its
 * type, whether an input must have it, and what it is where the input lacks it.
 */
final class CanonicalTables {
  private CanonicalTables() {}

  /** One column of a canonical table. */
  record Column(String name, DataType type, Presence presence) {
    Column {
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(type, "type must not be null");
      Objects.requireNonNull(presence, "presence must not be null");
    }
  }

  /** Whether an input must have a column, and what it is where it does not. */
  enum Presence {
    /** The input must have the column (its values may still be empty where the schema allows). */
    REQUIRED,
    /** Missing: NULL in every row. */
    OPTIONAL,
    /** Missing: true in every row (a customers file is the customer register). */
    OPTIONAL_TRUE
  }

  /** One canonical table. */
  record Table(String name, List<Column> columns) {
    Table {
      Objects.requireNonNull(name, "name must not be null");
      columns = List.copyOf(columns);
    }

    StructType schema() {
      return new StructType(
          columns.stream()
              .map(c -> new StructField(c.name(), c.type(), true, Metadata.empty()))
              .toArray(StructField[]::new));
    }

    List<String> names(Presence presence) {
      return columns.stream().filter(c -> c.presence() == presence).map(Column::name).toList();
    }

    /** The columns in words, for messages: the required ones, then the optional ones. */
    String describe() {
      String required = String.join(", ", names(Presence.REQUIRED));
      String optional =
          columns.stream()
              .filter(c -> c.presence() != Presence.REQUIRED)
              .map(Column::name)
              .collect(Collectors.joining(", "));
      return "the columns " + required + (optional.isEmpty() ? "" : "; optional: " + optional);
    }
  }

  private static final DataType TEXT = DataTypes.StringType;
  private static final DataType NUMBER = DataTypes.DoubleType;

  private static Column required(String name, DataType type) {
    return new Column(name, type, Presence.REQUIRED);
  }

  private static Column optional(String name, DataType type) {
    return new Column(name, type, Presence.OPTIONAL);
  }

  private static List<Column> company(String id) {
    return List.of(
        required(id, TEXT),
        optional("name", TEXT),
        optional("org_number", TEXT),
        optional("industry_code", TEXT),
        optional("employees", NUMBER),
        optional("turnover", NUMBER),
        optional("turnover_growth", NUMBER),
        optional("sites", NUMBER),
        optional("region", TEXT));
  }

  private static List<Column> concat(List<Column> first, Column... rest) {
    return Stream.concat(first.stream(), Arrays.stream(rest)).toList();
  }

  /** Every canonical table, in the order of the schema. */
  static final List<Table> ALL =
      List.of(
          new Table(
              "customers",
              concat(
                  company("customer_id"),
                  new Column("in_register", DataTypes.BooleanType, Presence.OPTIONAL_TRUE),
                  optional("source_line", DataTypes.LongType))),
          new Table(
              "prospects",
              concat(company("prospect_id"), optional("source_line", DataTypes.LongType))),
          new Table(
              "sales",
              List.of(
                  optional("invoice_id", TEXT),
                  required("date", DataTypes.DateType),
                  required("customer_id", TEXT),
                  optional("product_id", TEXT),
                  optional("product_group", TEXT),
                  optional("quantity", NUMBER),
                  optional("unit_price", NUMBER),
                  required("amount", NUMBER),
                  optional("cost", NUMBER),
                  optional("margin", NUMBER),
                  optional("source_line", DataTypes.LongType))),
          new Table(
              "products",
              List.of(
                  required("product_id", TEXT),
                  optional("name", TEXT),
                  optional("product_group", TEXT),
                  optional("source_line", DataTypes.LongType))),
          new Table(
              "attributes",
              List.of(
                  required("entity", TEXT),
                  required("name", TEXT),
                  required("kind", TEXT),
                  required("position", DataTypes.IntegerType))),
          new Table(
              "attribute_values",
              List.of(
                  required("entity", TEXT),
                  required("entity_id", TEXT),
                  required("name", TEXT),
                  optional("text_value", TEXT),
                  optional("number_value", NUMBER),
                  optional("date_value", DataTypes.DateType),
                  optional("bool_value", DataTypes.BooleanType))));
}
