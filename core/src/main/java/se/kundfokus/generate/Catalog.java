package se.kundfokus.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sample company's fixed article register, read from {@code generate/catalog.txt}: 13 product
 * groups of an industrial wholesaler with 30 articles each. It does not depend on the seed.
 */
final class Catalog {

  /** The planted co-bought pairs: antecedent and consequent group names. */
  static final List<List<String>> CO_BOUGHT =
      List.of(
          List.of("Svetsning", "Skyddsutrustning"),
          List.of("Hydraulik", "Smörjmedel"),
          List.of("Pneumatik", "Lager & transmission"));

  private static final String RESOURCE = "/generate/catalog.txt";

  private final List<String> groups;
  private final List<List<Article>> articles;

  private Catalog(List<String> groups, List<List<Article>> articles) {
    this.groups = List.copyOf(groups);
    this.articles = List.copyOf(articles);
  }

  /** Reads the register from the class path. */
  static Catalog load() {
    try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> groups = new ArrayList<>();
      List<List<Article>> articles = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> parts = split(line, '|');
        articles.add(group(groups.size(), parts.get(1), parts.get(2)));
        groups.add(parts.get(0));
      }
      return new Catalog(groups, articles);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static List<Article> group(int group, String variants, String items) {
    List<Article> result = new ArrayList<>();
    int sequence = 1;
    for (String item : split(items, ';')) {
      int itemColon = item.lastIndexOf(':');
      double price = Double.parseDouble(item.substring(itemColon + 1));
      for (String variant : split(variants, ';')) {
        int colon = variant.lastIndexOf(':');
        double factor = Double.parseDouble(variant.substring(colon + 1));
        long listCents = Math.max(1, Math.round(price * factor)) * 100;
        String id = String.format(Locale.ROOT, "%d-%03d", 10 + group, sequence);
        double costRatio = 0.55 + 0.2 * ((Rng.mix(group * 1000L + sequence) >>> 11) * 0x1.0p-53);
        long costCents = Math.max(1, Math.round(listCents * costRatio));
        String name = item.substring(0, itemColon) + " " + variant.substring(0, colon);
        result.add(new Article(id, name, group, listCents, costCents));
        sequence++;
      }
    }
    return List.copyOf(result);
  }

  /** Splits at every separator, keeping empty parts. */
  static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = text.indexOf(separator); i >= 0; i = text.indexOf(separator, from)) {
      parts.add(text.substring(from, i));
      from = i + 1;
    }
    parts.add(text.substring(from));
    return parts;
  }

  List<String> groups() {
    return groups;
  }

  List<Article> articles(int group) {
    return articles.get(group);
  }

  int groupIndex(String name) {
    int index = groups.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no product group '" + name + "', expected " + groups);
    }
    return index;
  }
}
