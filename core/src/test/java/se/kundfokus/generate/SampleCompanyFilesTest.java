package se.kundfokus.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated files: dialect, headers, validity and reproducibility. */
class SampleCompanyFilesTest {

  private static final GenerationOptions OPTIONS = DefaultCompany.OPTIONS;

  private static GenerationSummary summary;
  private static List<Long> progress;
  private static Path dir;
  private static CsvFile customers;
  private static CsvFile sales;
  private static CsvFile products;
  private static CsvFile prospects;

  @BeforeAll
  static void generate() throws IOException {
    DefaultCompany company = DefaultCompany.get();
    summary = company.summary;
    progress = company.progress;
    dir = Objects.requireNonNull(summary.truthFile().getParent());
    customers = company.customers;
    sales = company.sales;
    products = company.products;
    prospects = company.prospects;
  }

  @Test
  void writesSwedishFileNamesAndCounts() {
    assertThat(summary.customersFile()).isEqualTo(dir.resolve("kunder.csv"));
    assertThat(summary.salesFile()).isEqualTo(dir.resolve("fakturarader.csv"));
    assertThat(summary.productsFile()).isEqualTo(dir.resolve("artiklar.csv"));
    assertThat(summary.prospectsFile()).isEqualTo(dir.resolve("prospekt.csv"));
    assertThat(summary.truthFile()).isEqualTo(dir.resolve("truth.json"));
    assertThat(customers.rows).hasSize(1000);
    assertThat(prospects.rows).hasSize(200);
    assertThat(sales.rows).hasSize((int) summary.salesLines());
    assertThat(products.rows).hasSize(13 * 30);
  }

  @Test
  void defaultOptionsWriteMoreThan200kLinesWithProgress() {
    assertThat(summary.salesLines()).isBetween(200_000L, 300_000L);
    assertThat(progress).hasSize((int) (summary.salesLines() / 10_000) + 1);
    assertThat(progress.get(0)).isEqualTo(10_000L);
    assertThat(progress.get(progress.size() - 1)).isEqualTo(summary.salesLines());
  }

  @Test
  void writesExactSwedishHeadersInWindows1252WithCrlf() throws IOException {
    assertThat(String.join(";", customers.header))
        .isEqualTo(
            "Kundnr;Företagsnamn;Organisationsnummer;SNI-kod;Antal anställda;Omsättning (tkr);"
                + "Omsättningstillväxt (%);Antal arbetsställen;Län;Bolagsform;Inköpsfunktion;"
                + "Ny inköpschef;Avtalet löper ut;Reklamationer 12 mån;Kundansvarig;Kund sedan");
    assertThat(String.join(";", sales.header))
        .isEqualTo("Fakturanr;Fakturadatum;Kundnr;Artikelnr;Artikelgrupp;Antal;Belopp;Kostnad");
    assertThat(String.join(";", products.header)).isEqualTo("Artikelnr;Benämning;Artikelgrupp");
    assertThat(String.join(";", prospects.header))
        .isEqualTo(
            "Prospektnr;Företagsnamn;Organisationsnummer;SNI-kod;Antal anställda;"
                + "Omsättning (tkr);Omsättningstillväxt (%);Antal arbetsställen;Län;Bolagsform;"
                + "Inköpsfunktion;Ny inköpschef;Avtalet löper ut;Reklamationer 12 mån");
    byte[] head = Files.readAllBytes(summary.productsFile());
    assertThat(head[13]).isEqualTo((byte) 0xE4); // the ä of "Benämning" in windows-1252
    for (CsvFile file : List.of(customers, sales, products, prospects)) {
      assertThat(file.text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
      assertThat(file.rows).allSatisfy(row -> assertThat(row).hasSize(file.header.size()));
    }
  }

  @Test
  void amountsUseDecimalCommaWithTwoDecimals() {
    Pattern amount = Pattern.compile("-?\\d+,\\d\\d");
    Pattern quantity = Pattern.compile("-?[1-9]\\d*");
    List<List<String>> wrong = new ArrayList<>();
    for (List<String> row : sales.rows) {
      if (!amount.matcher(row.get(6)).matches()
          || !amount.matcher(row.get(7)).matches()
          || !quantity.matcher(row.get(5)).matches()) {
        wrong.add(row);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyOrgNumberPassesLuhn() {
    List<String> numbers = new ArrayList<>();
    customers.rows.forEach(row -> numbers.add(row.get(2)));
    prospects.rows.forEach(row -> numbers.add(row.get(2)));
    List<String> present = numbers.stream().filter(n -> !n.isEmpty()).collect(Collectors.toList());
    assertThat(present).hasSizeGreaterThan(numbers.size() * 95 / 100);
    assertThat(present).doesNotHaveDuplicates();
    assertThat(present)
        .allSatisfy(
            number -> {
              assertThat(number).matches("\\d{6}-\\d{4}");
              String digits = number.replace("-", "");
              assertThat(digits.charAt(2)).isGreaterThanOrEqualTo('2');
              assertThat(OrgNumbers.luhnDigit(digits.substring(0, 9)))
                  .isEqualTo(digits.charAt(9) - '0');
            });
  }

  @Test
  void everyDateIsWithinTheHistory() {
    LocalDate start = OPTIONS.startDate();
    LocalDate end = OPTIONS.endDate();
    assertThat(start).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(sales.rows)
        .allSatisfy(row -> assertThat(LocalDate.parse(row.get(1))).isBetween(start, end));
    assertThat(customers.rows)
        .allSatisfy(row -> assertThat(LocalDate.parse(row.get(15))).isBefore(end));
  }

  @Test
  void everySalesCustomerAndArticleExists() {
    Set<String> customerIds = customers.byId().keySet();
    Map<String, List<String>> articles = products.byId();
    List<List<String>> wrong = new ArrayList<>();
    for (List<String> row : sales.rows) {
      List<String> article = articles.get(row.get(3));
      if (!customerIds.contains(row.get(2))
          || article == null
          || !article.get(2).equals(row.get(4))) {
        wrong.add(row);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void invoiceNumbersIncreaseWithDateAndHoldOneToEightLines() {
    SalesFacts facts = new SalesFacts(sales.rows, OPTIONS.endDate());
    List<Map.Entry<String, LocalDate>> invoices = new ArrayList<>(facts.invoiceDate.entrySet());
    invoices.sort(Comparator.comparingLong(e -> Long.parseLong(e.getKey())));
    for (int i = 1; i < invoices.size(); i++) {
      assertThat(invoices.get(i).getValue()).isAfterOrEqualTo(invoices.get(i - 1).getValue());
    }
    assertThat(facts.invoiceLines.values()).allSatisfy(n -> assertThat(n).isBetween(1, 8));
    double mean =
        facts.invoiceLines.values().stream().mapToInt(Integer::intValue).average().orElse(0);
    assertThat(mean).isBetween(2.5, 4.0);
  }

  @Test
  void creditNotesAreAFewPercentAndReturnAnEarlierPurchase() {
    Map<String, LocalDate> firstPurchase = new HashMap<>();
    List<List<String>> credits = new ArrayList<>();
    for (List<String> row : sales.rows) {
      if (row.get(5).startsWith("-")) {
        credits.add(row);
        assertThat(row.get(6)).startsWith("-");
      } else {
        firstPurchase.merge(
            row.get(2) + "/" + row.get(3),
            LocalDate.parse(row.get(1)),
            (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    assertThat((double) credits.size() / sales.rows.size()).isBetween(0.01, 0.02);
    assertThat(credits)
        .allSatisfy(
            row ->
                assertThat(LocalDate.parse(row.get(1)))
                    .isAfter(firstPurchase.get(row.get(2) + "/" + row.get(3))));
  }

  @Test
  void julyIsTheQuietestMonth() {
    Map<Integer, Long> linesByMonth =
        sales.rows.stream()
            .collect(
                Collectors.groupingBy(
                    row -> LocalDate.parse(row.get(1)).getMonthValue(), Collectors.counting()));
    long july = linesByMonth.getOrDefault(7, 0L);
    assertThat(linesByMonth.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(july));
    assertThat(july).isPositive().isLessThan(linesByMonth.getOrDefault(6, 0L) / 2);
  }

  @Test
  void sameSeedGivesIdenticalBytesAndAnotherSeedDiffers(@TempDir Path other) throws IOException {
    GenerationOptions small = OPTIONS.withCustomers(150).withProspects(20);
    GenerationSummary first = SampleCompany.generate(small, other.resolve("a"), n -> {});
    GenerationSummary second = SampleCompany.generate(small, other.resolve("b"), n -> {});
    GenerationSummary reseeded =
        SampleCompany.generate(small.withSeed(7), other.resolve("c"), n -> {});
    for (String name :
        List.of("kunder.csv", "fakturarader.csv", "artiklar.csv", "prospekt.csv", "truth.json")) {
      assertThat(other.resolve("a").resolve(name))
          .hasSameBinaryContentAs(other.resolve("b").resolve(name));
    }
    assertThat(Files.readAllBytes(first.salesFile()))
        .isNotEqualTo(Files.readAllBytes(reseeded.salesFile()));
    assertThat(Files.readAllBytes(first.customersFile()))
        .isNotEqualTo(Files.readAllBytes(reseeded.customersFile()));
    assertThat(second.salesLines()).isEqualTo(first.salesLines());
  }

  @Test
  void overwritesExistingFiles(@TempDir Path other) throws IOException {
    Files.writeString(other.resolve("kunder.csv"), "old content that is much longer than one row");
    SampleCompany.generate(OPTIONS.withCustomers(1).withProspects(0), other, n -> {});
    CsvFile rewritten = CsvFile.read(other.resolve("kunder.csv"), FileFormat.SWEDISH);
    assertThat(rewritten.rows).hasSize(1);
    assertThat(rewritten.rows.get(0).get(0)).isEqualTo("10001");
  }

  @Test
  void englishFormatUsesCommasDotsUtf8AndLf(@TempDir Path other) throws IOException {
    GenerationOptions english =
        OPTIONS.withFormat(FileFormat.ENGLISH).withCustomers(60).withYears(1).withProspects(10);
    GenerationSummary result = SampleCompany.generate(english, other, n -> {});
    assertThat(result.salesFile()).isEqualTo(other.resolve("sales.csv"));
    CsvFile english1 = CsvFile.read(result.customersFile(), FileFormat.ENGLISH);
    assertThat(String.join(",", english1.header))
        .isEqualTo(
            "Customer ID,Company name,Org number,SNI code,Employees,Turnover (kSEK),"
                + "Turnover growth (%),Sites,Region,Company type,Purchasing function,"
                + "New purchasing manager,Contract ends,Complaints 12m,Account manager,"
                + "Customer since");
    assertThat(english1.text).doesNotContain("\r");
    assertThat(english1.rows).allSatisfy(row -> assertThat(row.get(11)).isIn("Yes", "No"));
    CsvFile englishSales = CsvFile.read(result.salesFile(), FileFormat.ENGLISH);
    assertThat(englishSales.header)
        .containsExactly(
            "Invoice",
            "Invoice date",
            "Customer ID",
            "Product ID",
            "Product group",
            "Quantity",
            "Amount",
            "Cost");
    assertThat(englishSales.rows)
        .allSatisfy(row -> assertThat(row.get(6)).matches("-?\\d+\\.\\d\\d"));
    CsvFile englishProducts = CsvFile.read(result.productsFile(), FileFormat.ENGLISH);
    assertThat(englishProducts.rows)
        .contains(List.of("16-002", "Svetstråd 15 kg 1,0 mm", "Svetsning"));
    assertThat(new String(Files.readAllBytes(result.productsFile()), StandardCharsets.UTF_8))
        .contains("\"Svetstråd 15 kg 1,0 mm\"");
    assertThat(CsvFile.read(result.prospectsFile(), FileFormat.ENGLISH).header.get(0))
        .isEqualTo("Prospect ID");
  }
}
