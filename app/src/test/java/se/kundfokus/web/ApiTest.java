package se.kundfokus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.generate.GenerationSummary;

/**
 * The REST API on an analysed sample company: one server for the class, analysed once through
 * {@code POST /api/analyses}. The test that runs the model again with other choices runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiTest {
  @TempDir static Path dir;
  private static WebServer server;
  private static Http http;
  private static JsonNode result;

  @BeforeAll
  static void analyseASampleCompany() {
    GenerationSummary files = Samples.generate(dir.resolve("data"));
    server =
        WebServer.start(
            WebOptions.of(Samples.imported(dir, files), "test")
                .withPort(0)
                .withSettings(Samples.settings(false)));
    http = new Http(server.port());
    Http.Answer queued = http.postJson("/api/analyses", "");
    assertThat(queued.status()).isEqualTo(202);
    JsonNode job = Samples.await(http, queued.json().get("id").asLong());
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
    result = http.get("/api/result").json();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void statusNamesTheWorkspaceItsCountsAndTheLatestRun() {
    JsonNode status = http.get("/api/status").json();

    assertThat(status.get("workspace").asText()).isEqualTo("imported.duckdb");
    assertThat(status.get("counts").get("customers").asLong()).isEqualTo(150);
    assertThat(status.get("counts").get("prospects").asLong()).isEqualTo(20);
    assertThat(status.get("analysis").get("run_id").asLong()).isPositive();
    assertThat(status.get("analysis").get("as_of").asText())
        .isEqualTo(result.get("meta").get("as_of").asText());
    assertThat(status.get("stale").asBoolean()).isFalse();
  }

  @Test
  void theSummaryIsTheResultsSummaryWithThePotentialOfTheSegments() {
    JsonNode summary = http.get("/api/summary").json();

    assertThat(summary.get("summary")).isEqualTo(result.get("summary"));
    double potential = 0;
    for (JsonNode s : result.get("segments")) {
      potential += s.get("potential").asDouble();
    }
    assertThat(summary.get("potential").asDouble()).isCloseTo(potential, within(0.01));
    assertThat(http.get("/api/segments").json()).isEqualTo(result.get("segments"));
  }

  @Test
  void customersAreFilteredSortedAndPaged() {
    JsonNode all = http.get("/api/customers?limit=1000").json();
    assertThat(all.get("total").asLong()).isEqualTo(result.get("customers").size());
    List<Double> revenue = new ArrayList<>();
    all.get("customers").forEach(c -> revenue.add(c.get("facts").get("revenue12m").asDouble()));
    assertThat(revenue).isSortedAccordingTo((a, b) -> Double.compare(b, a));

    String segment = result.get("customers").get(0).get("segment").asText();
    JsonNode inSegment = http.get("/api/customers?segment=" + segment + "&limit=1000").json();
    assertThat(inSegment.get("customers"))
        .allSatisfy(c -> assertThat(c.get("segment").asText()).isEqualTo(segment));
    long expected = 0;
    for (JsonNode c : result.get("customers")) {
      expected += c.get("segment").asText().equals(segment) ? 1 : 0;
    }
    assertThat(inSegment.get("total").asLong()).isEqualTo(expected);

    JsonNode second = http.get("/api/customers?sort=customer_id&limit=10&offset=10").json();
    JsonNode first20 = http.get("/api/customers?sort=customer_id&limit=20").json();
    assertThat(second.get("customers").get(0)).isEqualTo(first20.get("customers").get(10));
    assertThat(second.get("customers")).hasSize(10);

    String id = result.get("customers").get(3).get("customer_id").asText();
    JsonNode found = http.get("/api/customers?q=" + id.toLowerCase(java.util.Locale.ROOT)).json();
    assertThat(found.get("customers").get(0).get("customer_id").asText()).isEqualTo(id);
  }

  @Test
  void aQueryThatIsNotAsExpectedIsA400ThatSaysWhatIsExpected() {
    Http.Answer limit = http.get("/api/customers?limit=0");
    Http.Answer sort = http.get("/api/customers?sort=bogus");
    Http.Answer segment = http.get("/api/customers?segment=vip");

    assertThat(limit.status()).isEqualTo(400);
    assertThat(limit.json().get("error").asText()).contains("limit must be 1 to 1000");
    assertThat(sort.status()).isEqualTo(400);
    assertThat(sort.json().get("error").asText())
        .contains("'bogus' is not a sort order", "revenue_12m");
    assertThat(segment.status()).isEqualTo(400);
    assertThat(segment.json().get("error").asText()).contains("'vip' is not a segment");
  }

  @Test
  void aCustomerHasItsResultAndItsPurchasesPerMonth() {
    JsonNode customer = result.get("customers").get(0);
    String id = customer.get("customer_id").asText();

    JsonNode detail = http.get("/api/customers/" + id).json();
    JsonNode history = http.get("/api/customers/" + id + "/history").json();

    assertThat(detail.get("customer")).isEqualTo(customer);
    assertThat(detail.get("segment_action").asText()).isNotBlank();
    double sum = 0;
    for (JsonNode m : history.get("months")) {
      sum += m.get("revenue").asDouble();
    }
    assertThat(sum).isCloseTo(customer.get("facts").get("revenue_total").asDouble(), within(0.01));
    assertThat(history.get("as_of").asText()).isEqualTo(result.get("meta").get("as_of").asText());
    String last = history.get("months").get(history.get("months").size() - 1).get("month").asText();
    assertThat(result.get("meta").get("as_of").asText()).startsWith(last);
  }

  @Test
  void crossSellSuggestionsOfACustomerAreThoseOfTheResult() {
    JsonNode recommendation = result.get("cross_sell").get("recommendations").get(0);
    String id = recommendation.get("customer_id").asText();

    JsonNode detail = http.get("/api/customers/" + id).json();

    assertThat(detail.get("cross_sell")).contains(recommendation);
  }

  @Test
  void anUnknownCustomerOrPathIsA404WithAJsonError() {
    Http.Answer customer = http.get("/api/customers/NO-SUCH");
    Http.Answer history = http.get("/api/customers/NO-SUCH/history");
    Http.Answer path = http.get("/api/nothing-here");
    Http.Answer job = http.get("/api/analyses/999999");

    assertThat(customer.status()).isEqualTo(404);
    assertThat(customer.json().get("error").asText()).contains("no customer 'NO-SUCH'");
    assertThat(history.status()).isEqualTo(404);
    assertThat(path.status()).isEqualTo(404);
    assertThat(path.header("Content-Type").orElse("")).startsWith("application/json");
    assertThat(path.json().get("error").asText())
        .contains("no API path GET /api/nothing-here", "/api/openapi.json");
    assertThat(job.status()).isEqualTo(404);
  }

  @Test
  void aCompanyLikeTheBestCustomersFitsBetterThanOneUnlike() {
    JsonNode parameters = result.get("potential").get("parameters");
    assertThat(parameters).isNotEmpty();

    JsonNode like =
        http.postJson(
                "/api/prospects/score",
                "{\"name\": \"Lik AB\", \"attributes\": {\"industry_code\": \"25110\","
                    + " \"sites\": \"4\", \"employees\": \"80\"}}")
            .json();
    JsonNode unlike =
        http.postJson(
                "/api/prospects/score",
                "{\"attributes\": {\"industry_code\": \"47110\", \"sites\": \"1\","
                    + " \"employees\": \"80\"}}")
            .json();

    assertThat(like.get("name").asText()).isEqualTo("Lik AB");
    assertThat(like.get("fit").asDouble()).isGreaterThan(unlike.get("fit").asDouble());
    assertThat(like.get("reasons").get("potential")).isNotEmpty();
    assertThat(like.get("segment_name").asText()).isNotBlank();
  }

  @Test
  void aProspectWithAnAttributeTheModelDoesNotKnowIsA400() {
    Http.Answer answer =
        http.postJson("/api/prospects/score", "{\"attributes\": {\"shoe size\": \"44\"}}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("error").asText()).contains("'shoe size' is not an attribute");
  }

  @Test
  void aBodyThatIsNotJsonOrHasUnknownFieldsIsA400() {
    Http.Answer broken = http.postJson("/api/prospects/score", "{not json");
    Http.Answer unknown = http.postJson("/api/prospects/score", "{\"colour\": \"red\"}");

    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.json().get("error").asText()).contains("not valid JSON");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("error").asText()).contains("'colour'");
  }

  @Test
  void theScoredProspectsAreThoseOfTheResult() {
    assertThat(http.get("/api/prospects").json()).isEqualTo(result.get("prospects"));
  }

  @Test
  void theChartsDrawTheResult() {
    JsonNode charts = http.get("/api/charts").json();

    JsonNode pareto = charts.get("pareto");
    assertThat(pareto.get(0).get("customer_share").asDouble()).isZero();
    JsonNode end = pareto.get(pareto.size() - 1);
    assertThat(end.get("customer_share").asDouble()).isEqualTo(1.0);
    assertThat(end.get("revenue_share").asDouble()).isEqualTo(1.0);
    long withFit = 0;
    for (JsonNode c : result.get("customers")) {
      withFit += c.has("fit") ? 1 : 0;
    }
    assertThat(charts.get("scatter").size()).isEqualTo((int) withFit);
    assertThat(charts.get("lifts")).isNotEmpty();
    assertThat(charts.get("segments")).hasSize(5);
  }

  @Test
  void allListsAreExportedAsOneWorkbookAndTheResultAsTheReport() {
    Http.Answer workbook = http.get("/exports/lists.xlsx?lang=sv");
    Http.Answer report = http.get("/exports/report.html?lang=sv");
    String asOf = result.get("meta").get("as_of").asText();

    assertThat(workbook.status()).isEqualTo(200);
    assertThat(workbook.header("Content-Type").orElse("")).contains("spreadsheetml");
    assertThat(workbook.header("Content-Disposition").orElse(""))
        .contains("kundfokus-" + asOf + ".xlsx");
    assertThat(workbook.body()).as("a zip file, as XLSX is").startsWith("PK");
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.header("Content-Type").orElse("")).startsWith("text/html");
    assertThat(report.body()).contains("<html").contains("lang=\"sv\"");
  }

  @Test
  void aListIsExportedAsCsvInTheLanguageOfTheRequest() {
    Http.Answer english = http.get("/exports/customers.csv?lang=en");
    Http.Answer swedish = http.get("/exports/customers.csv?lang=sv");

    assertThat(english.status()).isEqualTo(200);
    assertThat(english.header("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(english.header("Content-Disposition").orElse(""))
        .contains("kundfokus-customers-" + result.get("meta").get("as_of").asText() + ".csv");
    List<String> lines = english.body().lines().toList();
    assertThat(lines.get(0)).startsWith("\uFEFFCustomer,Name,Segment");
    assertThat(lines).hasSize(result.get("customers").size() + 1);
    assertThat(swedish.body().lines().findFirst().orElse("")).contains(";");
    assertThat(http.get("/exports/nothing.csv").status()).isEqualTo(404);
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void theModelCanBeRunAgainWithPainParametersAndShowsHowTheSegmentsChanged() {
    String body =
        """
        {"pain": [
          {"name": "New purchasing manager", "attribute": "Ny inköpschef", "rule": "= yes",
           "weight": 40, "kind": "brist"},
          {"name": "Complaints", "attribute": "Reklamationer 12 mån", "rule": ">= 2",
           "weight": 25}]}
        """;
    Http.Answer queued = http.postJson("/api/model", body);
    assertThat(queued.status()).as(queued.body()).isEqualTo(202);
    assertThat(queued.header("Location").orElse("")).startsWith("/api/analyses/");

    JsonNode job = Samples.await(http, queued.json().get("id").asLong());
    JsonNode model = http.get("/api/model").json();

    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
    assertThat(model.get("pain")).hasSize(2);
    assertThat(model.get("chosen_pain")).hasSize(2);
    assertThat(model.get("changes")).anySatisfy(c -> assertThat(c.has("before")).isTrue());
    long after = 0;
    for (JsonNode c : model.get("changes")) {
      after += c.get("after").asLong();
    }
    assertThat(after).isEqualTo(result.get("customers").size());
  }

  @Test
  void aBadPainWeightIsA400ThatNamesTheParameter() {
    Http.Answer answer =
        http.postJson(
            "/api/model",
            "{\"pain\": [{\"attribute\": \"Ny inköpschef\", \"rule\": \"= yes\", \"weight\": -5}]}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("error").asText())
        .contains("pain parameter 1", "weight must be a positive number");
  }

  @Test
  void everyPageRendersInBothLanguagesWithoutMissingWords() {
    String id = result.get("customers").get(0).get("customer_id").asText();
    for (String lang : List.of("sv", "en")) {
      for (String path :
          List.of(
              "/dashboard",
              "/import",
              "/customers",
              "/customers?segment=prioritise&sort=-fit",
              "/customers/" + id,
              "/model",
              "/prospects")) {
        Http.Answer page = http.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        assertThat(page.status()).as(path).isEqualTo(200);
        assertThat(page.body())
            .as(path)
            .doesNotContain("??")
            .contains("<html lang=\"" + lang + "\"");
      }
    }
    assertThat(http.get("/dashboard?lang=sv").body()).contains("Översikt", "Intäktspotential");
    assertThat(http.get("/dashboard?lang=en").body()).contains("Dashboard", "Revenue potential");
  }

  @Test
  void theDashboardShowsTheSummaryFigures() {
    String page = http.get("/dashboard?lang=en").body();
    JsonNode summary = result.get("summary");

    assertThat(page)
        .contains(
            String.format(
                java.util.Locale.UK, "%,d", Math.round(summary.get("revenue12m").asDouble())),
            String.format(
                java.util.Locale.UK, "%,d", Math.round(summary.get("revenue_at_risk").asDouble())),
            "id=\"chart-pareto\"",
            "id=\"chart-scatter\"",
            "/exports/leaving.csv");
  }

  @Test
  void theCustomerPageShowsTheCustomersSegmentAndFacts() {
    JsonNode customer = result.get("customers").get(0);
    String page =
        http.get("/customers/" + customer.get("customer_id").asText() + "?lang=en").body();

    assertThat(page)
        .contains(
            customer.get("segment_name").asText(),
            html(customer.get("reasons").get("segment").asText()),
            "data-chart=\"history\"");
  }

  /** Text as Thymeleaf writes it into a page. */
  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Test
  void anUnknownCustomerPageIsA404Page() {
    Http.Answer page = http.get("/customers/NO-SUCH?lang=sv");

    assertThat(page.status()).isEqualTo(404);
    assertThat(page.header("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains("Hittades inte", "NO-SUCH");
  }

  @Test
  void theProspectFormScoresACompany() {
    Http.Answer page =
        http.postForm(
            "/prospects/check",
            java.util.Map.of(
                "_csrf", http.csrf(), "name", "Formulär AB", "attr.industry_code", "25110"));

    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).contains("Formulär AB", "id=\"prospect-fit\"");
  }
}
