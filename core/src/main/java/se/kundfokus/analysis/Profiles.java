package se.kundfokus.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kundfokus.engine.SqlEngine;
import se.kundfokus.engine.SqlRow;
import se.kundfokus.ingest.AttributeKind;
import se.kundfokus.model.rule.Attribute;
import se.kundfokus.model.rule.Profile;
import se.kundfokus.model.rule.Value;

/**
 * The attributes of the register's customers (or prospects), one {@link Profile} each: the register
 * fields kundfokus knows, the SNI division and section rolled up from the SNI code, and every other
 * column of the file.
 *
 * @param attributes every attribute, register fields first, then the file's columns in order
 * @param profiles one per company with at least one value, by id
 */
public record Profiles(List<Attribute> attributes, Map<String, Profile> profiles) {

  public static final String INDUSTRY = "industry";

  static final List<Attribute> REGISTER =
      List.of(
          new Attribute(
              "industry_code",
              "SNI code",
              AttributeKind.CATEGORY,
              Attribute.Origin.REGISTER,
              INDUSTRY,
              2),
          new Attribute(
              "sni_division",
              "SNI division",
              AttributeKind.CATEGORY,
              Attribute.Origin.DERIVED,
              INDUSTRY,
              1),
          new Attribute(
              "sni_section",
              "SNI section",
              AttributeKind.CATEGORY,
              Attribute.Origin.DERIVED,
              INDUSTRY,
              0),
          Attribute.of("employees", "Employees", AttributeKind.NUMBER, Attribute.Origin.REGISTER),
          Attribute.of("turnover", "Turnover", AttributeKind.NUMBER, Attribute.Origin.REGISTER),
          Attribute.of(
              "turnover_growth",
              "Turnover growth (%)",
              AttributeKind.NUMBER,
              Attribute.Origin.REGISTER),
          Attribute.of("sites", "Sites", AttributeKind.NUMBER, Attribute.Origin.REGISTER),
          Attribute.of("region", "Region", AttributeKind.CATEGORY, Attribute.Origin.REGISTER));

  public Profiles {
    attributes = List.copyOf(attributes);
    profiles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
  }

  /** The attribute of that key, if there is one. */
  public Optional<Attribute> attribute(String key) {
    return attributes.stream().filter(a -> a.key().equals(key)).findFirst();
  }

  public Optional<Profile> of(String id) {
    return Optional.ofNullable(profiles.get(id));
  }

  /** The customers' profiles. */
  static Profiles customers(SqlEngine engine) {
    return read(engine, "customer", "analysis/customer_attributes.sql");
  }

  /** The prospects' profiles. */
  static Profiles prospects(SqlEngine engine) {
    return read(engine, "prospect", "analysis/prospect_attributes.sql");
  }

  private static Profiles read(SqlEngine engine, String entity, String resource) {
    List<Attribute> attributes = new ArrayList<>(REGISTER);
    engine.query(
        "analysis/attribute_columns.sql",
        List.of(entity),
        row -> {
          String name = row.string("name");
          if (attributes.stream().noneMatch(a -> a.key().equals(name))) {
            attributes.add(
                Attribute.of(
                    name,
                    name,
                    AttributeKind.valueOf(row.string("kind")),
                    Attribute.Origin.COLUMN));
          }
          return name;
        });
    Map<String, Map<String, Value>> values = new LinkedHashMap<>();
    engine.query(
        resource,
        List.of(),
        row -> {
          String id = row.string("id");
          String name = row.string("name");
          value(row)
              .ifPresent(
                  v -> {
                    Map<String, Value> company = values.computeIfAbsent(id, k -> new HashMap<>());
                    company.put(name, v);
                    if (name.equals("industry_code")) {
                      String code = v.display();
                      Sni.division(code)
                          .ifPresent(d -> company.put("sni_division", new Value.Text(d)));
                      Sni.section(code)
                          .ifPresent(s -> company.put("sni_section", new Value.Text(s)));
                    }
                  });
          return id;
        });
    Map<String, Profile> profiles = new LinkedHashMap<>();
    values.forEach((id, v) -> profiles.put(id, new Profile(id, v)));
    return new Profiles(attributes, profiles);
  }

  private static Optional<Value> value(SqlRow row) {
    Optional<String> text = row.optionalString("text_value").filter(t -> !t.isBlank());
    if (text.isPresent()) {
      return Optional.of(new Value.Text(text.get().strip()));
    }
    Optional<Double> number = row.optionalNumber("number_value").filter(Double::isFinite);
    if (number.isPresent()) {
      return Optional.of(new Value.Num(number.get()));
    }
    Optional<LocalDate> date = row.optionalDate("date_value");
    if (date.isPresent()) {
      return Optional.of(new Value.Day(date.get()));
    }
    return row.optionalBoolean("bool_value").map(Value.Bool::new);
  }

  /** A copy where each profile also holds the given values (the purchase facts), by id. */
  Profiles with(List<Attribute> more, Map<String, Map<String, Value>> extra) {
    List<Attribute> all = new ArrayList<>(attributes);
    all.addAll(more);
    Map<String, Profile> merged = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Value>> e : extra.entrySet()) {
      Map<String, Value> v = new HashMap<>(e.getValue());
      Profile old = profiles.get(e.getKey());
      if (old != null) {
        v.putAll(old.values());
      }
      merged.put(e.getKey(), new Profile(e.getKey(), v));
    }
    profiles.forEach(merged::putIfAbsent);
    return new Profiles(all, merged);
  }
}
