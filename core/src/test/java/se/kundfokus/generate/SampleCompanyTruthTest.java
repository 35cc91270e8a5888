package se.kundfokus.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The planted ground truth, checked against the files as an analysis would see them. */
class SampleCompanyTruthTest {

  private static final LocalDate END = DefaultCompany.OPTIONS.endDate();

  private static JsonNode truth;
  private static CsvFile customers;
  private static CsvFile prospects;
  private static SalesFacts facts;

  @BeforeAll
  static void generate() throws IOException {
    DefaultCompany company = DefaultCompany.get();
    truth = new ObjectMapper().readTree(company.summary.truthFile().toFile());
    customers = company.customers;
    prospects = company.prospects;
    facts = new SalesFacts(company.sales.rows, END);
  }

  @Test
  void describesTheRunAndThePopulationParameters() {
    assertThat(truth.get("seed").asLong()).isEqualTo(SampleCompany.DEFAULT_SEED);
    assertThat(truth.get("customers").asInt()).isEqualTo(1000);
    assertThat(truth.get("years").asInt()).isEqualTo(3);
    assertThat(truth.get("start_date").asText()).isEqualTo("2023-01-01");
    assertThat(truth.get("end_date").asText()).isEqualTo("2025-12-31");
    assertThat(truth.get("format").asText()).isEqualTo("swedish");
    JsonNode bgnbd = truth.get("bgnbd");
    assertThat(bgnbd.get("r").asDouble()).isEqualTo(Planted.R);
    assertThat(bgnbd.get("alpha").asDouble()).isEqualTo(Planted.ALPHA);
    assertThat(bgnbd.get("a").asDouble()).isEqualTo(Planted.A);
    assertThat(bgnbd.get("b").asDouble()).isEqualTo(Planted.B);
    assertThat(bgnbd.get("time_unit").asText()).isEqualTo("weeks");
    assertThat(truth.get("gamma_gamma").get("q").asDouble()).isEqualTo(Planted.Q);
    assertThat(texts(truth.get("drivers"), "column"))
        .containsExactly("SNI-kod", "Antal arbetsställen");
    assertThat(texts(truth.get("noise_attributes"), "column"))
        .containsExactly("Län", "Bolagsform", "Kundansvarig");
    assertThat(texts(truth.get("pain_rules"), "column"))
        .containsExactly("Ny inköpschef", "Avtalet löper ut", "Reklamationer 12 mån");
  }

  @Test
  void segmentsAreDisjointAndAboutEightPercentEach() {
    Set<String> seen = new HashSet<>();
    for (String segment : List.of("churned", "declining", "lapsed", "growing")) {
      List<String> ids = ids(truth.get(segment));
      assertThat(ids).hasSizeBetween(50, 110);
      for (String id : ids) {
        assertThat(seen.add(id)).as("%s is in one segment only", id).isTrue();
      }
    }
    assertThat(seen).isSubsetOf(customers.byId().keySet());
  }

  @Test
  void churnedCustomersBoughtBeforeButNotInTheLastThreeMonths() {
    assertThat(ids(truth.get("churned")))
        .allSatisfy(
            id ->
                assertThat(facts.lastPurchase.get(id))
                    .isBefore(END.minusMonths(3).plusDays(1))
                    .isAfter(END.minusMonths(12)));
  }

  @Test
  void lapsedCustomersBoughtBeforeButNotInTheLastYear() {
    assertThat(ids(truth.get("lapsed")))
        .allSatisfy(
            id ->
                assertThat(facts.lastPurchase.get(id))
                    .isBeforeOrEqualTo(END.minusYears(1))
                    .isAfter(END.minusMonths(27)));
  }

  @Test
  void decliningCustomersSpendLessThanSeventyPercentOfTheYearBefore() {
    List<String> declining = ids(truth.get("declining"));
    long dropped =
        declining.stream().filter(id -> facts.last12(id) < 0.7 * facts.prior12(id)).count();
    assertThat((double) dropped / declining.size()).isGreaterThanOrEqualTo(0.85);
    assertThat(declining).allSatisfy(id -> assertThat(facts.last12(id)).isPositive());
  }

  @Test
  void growingCustomersSpendHalfAgainAsMuchAsTheYearBefore() {
    List<String> growing = ids(truth.get("growing"));
    long grew = growing.stream().filter(id -> facts.last12(id) >= 1.5 * facts.prior12(id)).count();
    assertThat((double) grew / growing.size()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void partialOutflowCustomersStoppedOneGroupButKeptBuyingOthers() {
    JsonNode outflow = truth.get("partial_outflow");
    assertThat(outflow.size()).isBetween(25, 100);
    for (JsonNode entry : outflow) {
      String id = entry.get("customer_id").asText();
      String group = entry.get("product_group").asText();
      assertThat(facts.groups(id)).contains(group).hasSizeGreaterThan(1);
      assertThat(facts.lastOfGroup.get(id + "/" + group)).isBefore(END.minusMonths(6).plusDays(1));
      assertThat(facts.lastPurchase.get(id)).isAfter(END.minusMonths(6));
    }
  }

  @Test
  void crossSellCandidatesBuyTheAntecedentButNeverTheConsequent() {
    JsonNode candidates = truth.get("cross_sell_candidates");
    assertThat(candidates.size()).isGreaterThan(50);
    Map<String, String> antecedentOf = new HashMap<>();
    truth
        .get("co_bought")
        .forEach(p -> antecedentOf.put(p.get("consequent").asText(), p.get("antecedent").asText()));
    for (JsonNode entry : candidates) {
      Set<String> bought = facts.groups(entry.get("customer_id").asText());
      String consequent = entry.get("product_group").asText();
      assertThat(bought).contains(antecedentOf.get(consequent)).doesNotContain(consequent);
    }
  }

  @Test
  void coBoughtPairsReachThePlantedConfidence() {
    for (JsonNode pair : truth.get("co_bought")) {
      String antecedent = pair.get("antecedent").asText();
      String consequent = pair.get("consequent").asText();
      double planted = pair.get("confidence").asDouble();
      assertThat(planted).isEqualTo(0.85);
      List<Set<String>> buyers =
          facts.groups.values().stream()
              .filter(g -> g.contains(antecedent))
              .collect(Collectors.toList());
      double customerConfidence =
          (double) buyers.stream().filter(g -> g.contains(consequent)).count() / buyers.size();
      assertThat(customerConfidence).isCloseTo(planted, within(0.06));
      assertThat(pair.get("observed_confidence").asDouble())
          .isCloseTo(customerConfidence, within(1e-4));
      List<Set<String>> invoices =
          facts.invoiceGroups.values().stream()
              .filter(g -> g.contains(antecedent))
              .collect(Collectors.toList());
      double sameInvoice =
          (double) invoices.stream().filter(g -> g.contains(consequent)).count() / invoices.size();
      assertThat(sameInvoice)
          .isCloseTo(pair.get("same_invoice_probability").asDouble(), within(0.08));
      List<Set<String>> others =
          facts.groups.values().stream()
              .filter(g -> !g.contains(antecedent))
              .collect(Collectors.toList());
      double base =
          (double) others.stream().filter(g -> g.contains(consequent)).count() / others.size();
      assertThat(customerConfidence / base)
          .as("lift of %s -> %s", antecedent, consequent)
          .isGreaterThan(1.6);
    }
  }

  @Test
  void topCustomersOverRepresentBothDrivers() {
    List<List<String>> top = topFifth();
    Predicate<List<String>> manufacturing =
        row -> row.get(3).startsWith("25") || row.get(3).startsWith("28");
    Predicate<List<String>> multiSite = row -> Integer.parseInt(row.get(7)) >= 3;
    assertThat(lift(top, manufacturing)).isGreaterThanOrEqualTo(2.0);
    assertThat(lift(top, multiSite)).isGreaterThanOrEqualTo(2.0);
  }

  @Test
  void noiseAttributesShowNoLiftBeyondChance() {
    List<List<String>> top = topFifth();
    for (int column : List.of(9, 14)) {
      Set<String> values =
          customers.rows.stream().map(r -> r.get(column)).collect(Collectors.toSet());
      for (String value : values) {
        double share = share(customers.rows, row -> row.get(column).equals(value));
        double topShare = share(top, row -> row.get(column).equals(value));
        double standardError = Math.sqrt(share * (1 - share) / top.size());
        assertThat(Math.abs(topShare - share))
            .as("%s = %s", customers.header.get(column), value)
            .isLessThan(4 * standardError);
      }
    }
  }

  @Test
  void prospectsAreHalfLookalikesWithBothDriversAndHalfWithNeither() {
    Map<String, List<String>> byId = prospects.byId();
    List<String> lookalikes = ids(truth.get("prospects_lookalike"));
    List<String> others = ids(truth.get("prospects_other"));
    assertThat(lookalikes).hasSize(100);
    assertThat(others).hasSize(100);
    assertThat(lookalikes)
        .allSatisfy(
            id -> assertThat(drivers(Objects.requireNonNull(byId.get(id), id))).isEqualTo(2));
    assertThat(others)
        .allSatisfy(id -> assertThat(drivers(Objects.requireNonNull(byId.get(id), id))).isZero());
    assertThat(byId).containsKeys("P00001", "P00200");
  }

  @Test
  void painCustomersFollowTheRules() {
    Map<String, List<String>> byId = customers.byId();
    Set<String> listed = new HashSet<>();
    for (JsonNode entry : truth.get("pain_customers")) {
      listed.add(entry.get("customer_id").asText());
    }
    for (Map.Entry<String, List<String>> customer : byId.entrySet()) {
      List<String> row = customer.getValue();
      boolean pain =
          row.get(11).equals("Ja")
              || (!row.get(12).isEmpty()
                  && !LocalDate.parse(row.get(12)).isAfter(END.plusMonths(6)))
              || Integer.parseInt(row.get(13)) >= 2;
      assertThat(listed.contains(customer.getKey())).as(customer.getKey()).isEqualTo(pain);
    }
    assertThat(listed.size()).isBetween(300, 900);
  }

  private static int drivers(List<String> row) {
    boolean manufacturing = row.get(3).startsWith("25") || row.get(3).startsWith("28");
    return (manufacturing ? 1 : 0) + (Integer.parseInt(row.get(7)) >= 3 ? 1 : 0);
  }

  private static List<List<String>> topFifth() {
    List<List<String>> sorted = new ArrayList<>(customers.rows);
    sorted.sort(Comparator.comparingDouble((List<String> r) -> -facts.revenue(r.get(0))));
    return sorted.subList(0, sorted.size() / 5);
  }

  private static double lift(List<List<String>> top, Predicate<List<String>> attribute) {
    return share(top, attribute) / share(customers.rows, attribute);
  }

  private static double share(List<List<String>> rows, Predicate<List<String>> attribute) {
    return (double) rows.stream().filter(attribute).count() / rows.size();
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(node -> ids.add(node.asText()));
    return ids;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.get(field).asText()));
    return texts;
  }
}
