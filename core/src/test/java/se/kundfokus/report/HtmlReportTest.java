package se.kundfokus.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.CustomerResult;

class HtmlReportTest {

  /** Renders a report, keeps a copy under target/ to look at, and parses it. */
  private static Document render(AnalysisResult result, Language language, String name)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HtmlReport.write(result, language, out);
    String html = out.toString(StandardCharsets.UTF_8);
    Path copy = Path.of("target", "reports", name + ".html");
    Files.createDirectories(copy.getParent());
    Files.writeString(copy, html, StandardCharsets.UTF_8);
    return Jsoup.parse(html);
  }

  private static Element byId(Document doc, String id) {
    return Objects.requireNonNull(doc.getElementById(id), id);
  }

  @Test
  void hostileNamesAreShownAsWrittenAndRunNothing() throws Exception {
    AnalysisResult result = SampleResults.hostile();
    Document doc = render(result, Language.EN, "hostile-en");

    assertThat(doc.select("script")).hasSize(3);
    assertThat(doc.select("img, b, i, iframe, object, embed, link")).isEmpty();
    for (Element element : doc.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertThat(attribute.getKey()).as(element.tagName()).doesNotStartWith("on");
      }
    }
    List<String> cells = doc.select("td").eachText();
    for (var best : result.bestCustomers()) {
      assertThat(cells).contains(best.name().orElseThrow());
    }
    assertThat(result.bestCustomers())
        .extracting(b -> b.name().orElseThrow())
        .anySatisfy(n -> assertThat(n).containsAnyOf("<", "\"", "&", "🚀", "Å"));
    assertThat(cells).contains(SampleResults.HOSTILE_ATTRIBUTE);
    assertThat(doc.html()).doesNotContain("<script>alert", "</script><img", "<b>AB</b>");
  }

  @Test
  void theChartDataParsesBackToTheSameNames() throws Exception {
    AnalysisResult result = SampleResults.hostile();
    Document doc = render(result, Language.EN, "hostile-json");
    String json = byId(doc, "chart-data").data();
    assertThat(json).doesNotContain("<", ">", "&", "'");

    JsonNode charts = new ObjectMapper().readTree(json);
    List<String> names = new ArrayList<>();
    charts
        .at("/matrix/series")
        .forEach(s -> s.get("points").forEach(p -> names.add(p.get("name").asText())));
    List<String> expected =
        result.customers().stream()
            .filter(c -> c.fit().isPresent())
            .map(CustomerResult::name)
            .flatMap(Optional::stream)
            .toList();
    assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(names).anySatisfy(n -> assertThat(n).startsWith("</script><img src=x"));
    assertThat(names).anySatisfy(n -> assertThat(n).startsWith("Raket 🚀 Industri"));
  }

  @Test
  void hasNoExternalReferenceAndInlinesTheChartLibrary() throws Exception {
    Document doc = render(SampleResults.plain(), Language.EN, "plain-en");

    for (Element element : doc.select("[src], [href], [action], [srcset], [poster]")) {
      for (String name : List.of("src", "href", "action", "srcset", "poster")) {
        if (element.hasAttr(name)) {
          assertThat(element.attr(name)).as(element.outerHtml()).startsWith("#");
        }
      }
    }
    assertThat(doc.select("link, iframe, img")).isEmpty();
    assertThat(doc.select("style").html()).doesNotContain("url(", "@import");
    List<String> scripts = doc.select("script").eachAttr("src");
    assertThat(scripts).isEmpty();
    String library = doc.select("script").get(1).data();
    assertThat(library).contains("echarts").hasSizeGreaterThan(900_000);
  }

  @Test
  void speaksSwedishWithSwedishNumbers() throws Exception {
    AnalysisResult result = SampleResults.plain();
    Document doc = render(result, Language.SV, "plain-sv");

    assertThat(doc.select("html").attr("lang")).isEqualTo("sv");
    assertThat(doc.select("h1").text()).isEqualTo("Var säljtiden gör mest nytta");
    assertThat(doc.select("h2").eachText())
        .contains("Den uppenbara intäktspotentialen", "Bästa kunderna", "Oönskat utflöde");
    String atRisk = doc.select(".figure .value").get(0).wholeText();
    assertThat(atRisk)
        .isEqualTo(Formats.of(Language.SV).money(result.summary().revenueAtRisk()))
        .matches("\\d{1,3}(\u00a0\\d{3})*\u00a0kr");
  }

  @Test
  void speaksEnglishWithEnglishNumbers() throws Exception {
    AnalysisResult result = SampleResults.plain();
    Document doc = render(result, Language.EN, "plain-en");

    assertThat(doc.select("html").attr("lang")).isEqualTo("en");
    assertThat(doc.select("h1").text()).isEqualTo("Where to spend the sales time");
    assertThat(doc.select(".figure .value").stream().map(Element::wholeText).toList())
        .contains(
            Formats.of(Language.EN).money(result.summary().revenueAtRisk()),
            Formats.of(Language.EN).money(result.summary().crossSellPotential()));
    assertThat(doc.select(".figure .value").get(0).wholeText())
        .matches("\\d{1,3}(,\\d{3})*\u00a0SEK");
  }

  @Test
  void showsTheModelsFitTheBacktestAndTheProvenance() throws Exception {
    AnalysisResult result = SampleResults.plain();
    Document doc = render(result, Language.EN, "plain-en");
    Formats formats = Formats.of(Language.EN);

    String models = byId(doc, "models").text();
    var churn = result.churnModel().orElseThrow();
    assertThat(models)
        .contains(
            "BG/NBD r (purchase rate shape) " + formats.parameter(churn.r()),
            "BG/NBD alpha (purchase rate scale) " + formats.parameter(churn.alpha()),
            "Log-likelihood " + formats.number(churn.logLikelihood(), 1),
            "Gamma-Gamma p " + formats.parameter(churn.p().orElseThrow()))
        .contains(result.backtest().orElseThrow().from().toString());
    String about = byId(doc, "about").text();
    assertThat(about).contains(result.meta().dataFingerprint(), "0.1.0-test");
    for (var file : result.meta().imports()) {
      assertThat(about).contains(file.fileName(), file.fingerprint());
    }
    assertThat(doc.select("#best table").get(0).select("tbody tr"))
        .hasSize(result.bestCustomers().size());
  }

  @Test
  void everyListShowsItsFirstRowsAndSaysSo() throws Exception {
    AnalysisResult result = SampleResults.plain();
    Document doc = render(result, Language.EN, "plain-en");

    Element prospects = byId(doc, "prospects");
    assertThat(result.prospects()).hasSizeGreaterThan(HtmlTable.MAX_ROWS);
    assertThat(prospects.select("tbody tr")).hasSize(HtmlTable.MAX_ROWS);
    assertThat(prospects.select(".note").text())
        .isEqualTo(
            "The first 25 of "
                + result.prospects().size()
                + " are shown; every one is in the lists (analyze --xlsx or --csv).");
    assertThat(doc.select("#pareto tbody tr")).hasSize(10);
  }
}
