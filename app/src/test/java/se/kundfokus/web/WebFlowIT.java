package se.kundfokus.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.kundfokus.generate.GenerationSummary;
import se.kundfokus.report.Language;

/**
 * The whole web application in a real headless Chromium: upload a generated sample company, check
 * the mapping, import, analyse, and read the dashboard, a customer, the model and a prospect check,
 * in English and once in Swedish. Screenshots of each page go to {@code target/screenshots/}.
 *
 * <p>Needs Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; without them the
 * test is skipped, unless {@code -Dkundfokus.requireBrowser=true} makes it fail.
 */
class WebFlowIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static final Duration ANALYSIS = Duration.ofMinutes(3);

  @TempDir static Path dir;
  private static GenerationSummary files;
  private static WebServer server;
  private static String base;
  private static Http api;
  private static WebDriver browser;
  private static ChromeDriverService service;

  @BeforeAll
  static void start() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && Boolean.getBoolean("kundfokus.requireBrowser")) {
      throw new AssertionError(
          "kundfokus.requireBrowser=true but "
              + CHROMIUM
              + " or "
              + CHROMEDRIVER
              + " is missing (apt-get install chromium chromium-driver)");
    }
    Assumptions.assumeTrue(
        present,
        "browser tests skipped: "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + " are needed (apt-get install chromium chromium-driver)");
    files = Samples.generate(dir.resolve("data"));
    server =
        WebServer.start(
            WebOptions.of(dir.resolve("web.duckdb"), "test")
                .withPort(0)
                .withSettings(Samples.settings(true)));
    base = "http://127.0.0.1:" + server.port();
    api = new Http(server.port());
    Files.createDirectories(SCREENSHOTS);

    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=en-GB",
        "--window-size=1400,2200",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ZERO);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void uploadImportAnalyseAndReadEveryPage() throws IOException {
    importTheSampleCompany();
    analyse();
    dashboard();
    customer();
    model();
    prospect();
    swedish();
  }

  private void importTheSampleCompany() throws IOException {
    open("/import");
    shot("01-import");
    browser.findElement(By.id("file-customers")).sendKeys(path(files.customersFile()));
    browser.findElement(By.id("file-sales")).sendKeys(path(files.salesFile()));
    browser.findElement(By.id("file-prospects")).sendKeys(path(files.prospectsFile()));
    browser.findElement(By.id("check-files")).click();

    waitFor(By.id("mapping-form"));
    WebElement customerId =
        browser.findElement(By.cssSelector("#file-customers tr[data-column='Kundnr']"));
    assertThat(customerId.getAttribute("data-use")).isEqualTo("customer_id");
    assertThat(customerId.getText()).contains("by header");
    WebElement date =
        browser.findElement(By.cssSelector("#file-sales tr[data-column='Fakturadatum']"));
    assertThat(date.getAttribute("data-use")).isEqualTo("date");
    assertThat(browser.findElement(By.cssSelector("#file-customers .filename")).getText())
        .isEqualTo("kunder.csv");
    assertThat(browser.findElements(By.id("problems"))).isEmpty();
    assertThat(browser.findElement(By.id("would-hold")).getText()).contains("150 customers");
    shot("02-check");

    browser.findElement(By.id("commit")).click();
    waitFor(By.id("imported"));
    assertThat(browser.findElement(By.id("imported")).getText()).contains("import 1");
    assertThat(api.get("/api/status").json().get("counts").get("customers").asLong())
        .isEqualTo(150);
    shot("03-imported");
  }

  private void analyse() throws IOException {
    browser.findElement(By.id("run-analysis")).click();
    waitFor(By.id("progress"));
    shot("04-progress");
    new WebDriverWait(browser, ANALYSIS).until(ExpectedConditions.urlContains("/dashboard"));
  }

  private void dashboard() throws IOException {
    JsonNode summary = api.get("/api/summary").json().get("summary");
    Formats english = new Formats(Language.EN);

    assertThat(figure("revenue_12m"))
        .isEqualTo(english.money(summary.get("revenue12m").asDouble()));
    assertThat(figure("revenue_at_risk"))
        .isEqualTo(english.money(summary.get("revenue_at_risk").asDouble()));
    assertThat(figure("reactivation_potential"))
        .isEqualTo(english.money(summary.get("reactivation_potential").asDouble()));
    for (String chart : List.of("chart-pareto", "chart-lifts", "chart-scatter")) {
      waitFor(By.cssSelector("#" + chart + "[data-rendered='true'] canvas"));
    }
    assertThat(browser.findElements(By.cssSelector("#list-segments tbody tr"))).isNotEmpty();
    shot("05-dashboard");
  }

  private void customer() throws IOException {
    JsonNode first = api.get("/api/customers?limit=1").json().get("customers").get(0);
    String id = first.get("customer_id").asText();
    WebElement link =
        browser.findElement(By.cssSelector("#list-customers a[href='/customers/" + id + "']"));
    link.click();

    waitFor(By.id("customer-segment"));
    assertThat(browser.findElement(By.id("customer-id")).getText()).isEqualTo(id);
    assertThat(browser.findElement(By.id("customer-segment")).getText())
        .isEqualTo(first.get("segment_name").asText());
    assertThat(browser.findElement(By.cssSelector("[data-fact='revenue_12m']")).getText())
        .isEqualTo(new Formats(Language.EN).money(first.get("facts").get("revenue12m").asDouble()));
    assertThat(browser.findElement(By.id("segment-reason")).getText())
        .isEqualTo(first.get("reasons").get("segment").asText());
    waitFor(By.cssSelector("#chart-history[data-rendered='true'] canvas"));
    shot("06-customer");
  }

  private void model() throws IOException {
    open("/model");
    Map<String, String> before = segmentSizes();
    WebElement weight = browser.findElement(By.name("pain.1.weight"));
    assertThat(weight.getAttribute("value")).isEqualTo("40");
    weight.clear();
    weight.sendKeys("5");
    browser.findElement(By.id("rerun-model")).click();

    new WebDriverWait(browser, ANALYSIS)
        .until(
            d ->
                String.valueOf(d.getCurrentUrl()).endsWith("/model")
                    && !d.findElements(By.id("segment-changes")).isEmpty());
    Map<String, String> after = segmentSizes();
    List<WebElement> changed = browser.findElements(By.cssSelector("#segment-changes tr.changed"));
    assertThat(changed).as("segments that changed").isNotEmpty();
    assertThat(after).isNotEqualTo(before);
    assertThat(browser.findElement(By.name("pain.1.weight")).getAttribute("value")).isEqualTo("5");
    shot("07-model");
  }

  private void prospect() throws IOException {
    open("/prospects");
    browser.findElement(By.id("prospect-name")).sendKeys("Ny Verkstad AB");
    browser.findElement(By.name("attr.sni_division")).sendKeys("25");
    browser.findElement(By.name("attr.sites")).sendKeys("4");
    new Select(browser.findElement(By.name("attr.Ny inköpschef"))).selectByValue("yes");
    browser.findElement(By.id("check-prospect")).click();

    waitFor(By.id("prospect-result"));
    JsonNode expected =
        api.postJson(
                "/api/prospects/score",
                "{\"name\": \"Ny Verkstad AB\", \"attributes\": {\"sni_division\": \"25\","
                    + " \"sites\": \"4\", \"Ny inköpschef\": \"yes\"}}")
            .json();
    Formats english = new Formats(Language.EN);
    assertThat(browser.findElement(By.id("prospect-fit")).getText())
        .isEqualTo(english.number(expected.get("fit").asDouble(), 0));
    assertThat(browser.findElement(By.id("prospect-segment")).getText())
        .isEqualTo(expected.get("segment_name").asText());
    assertThat(browser.findElement(By.id("prospect-why")).getText())
        .isEqualTo(expected.get("reasons").get("segment").asText());
    assertThat(browser.findElements(By.cssSelector("#prospect-reasons li"))).isNotEmpty();
    shot("08-prospect");
  }

  private void swedish() throws IOException {
    browser.findElement(By.id("lang-sv")).click();
    waitFor(By.cssSelector("html[lang='sv']"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Prospekt");
    assertThat(browser.findElement(By.cssSelector("header nav")).getText()).contains("Översikt");
    open("/dashboard");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Översikt");
    assertThat(browser.findElement(By.cssSelector("[data-figure='potential'] .label")).getText())
        .isEqualTo("Intäktspotential");
    waitFor(By.cssSelector("#chart-scatter[data-rendered='true'] canvas"));
    shot("09-dashboard-sv");
  }

  private Map<String, String> segmentSizes() {
    Map<String, String> sizes = new HashMap<>();
    for (WebElement row : browser.findElements(By.cssSelector("#segment-changes tbody tr"))) {
      sizes.put(
          row.getAttribute("data-segment"), row.findElement(By.cssSelector("td.after")).getText());
    }
    return sizes;
  }

  private static String figure(String name) {
    return browser.findElement(By.cssSelector("[data-figure='" + name + "'] .value")).getText();
  }

  private static void open(String path) {
    browser.get(base + path);
  }

  private static void waitFor(By what) {
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(what));
  }

  private static String path(Path file) {
    return file.toAbsolutePath().toString();
  }

  private static void shot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }
}
