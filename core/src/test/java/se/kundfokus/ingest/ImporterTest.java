package se.kundfokus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.store.TableCounts;
import se.kundfokus.store.Workspace;

class ImporterTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Clock NOV_2026 =
      Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private Workspace workspace;

  @BeforeEach
  void open() {
    workspace = Workspace.open(dir.resolve("ws.duckdb"));
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void importsOnlineRetailWithoutMapping() throws Exception {
    Path file = resource("data/online-retail-ii/online_retail_II_every_175th.csv");
    ImportReport report =
        Importer.run(workspace, request().file(Table.SALES, file).build(), ImportListener.NONE);

    FileReport sales = report.files().get(0);
    assertThat(sales.rowsRead()).isEqualTo(3003);
    assertThat(sales.rowsAccepted()).isEqualTo(3003);
    assertThat(sales.rowsRejected()).isZero();
    assertThat(sales.format()).isEqualTo("CSV, ','-separated, UTF-8");
    assertThat(sales.columns())
        .extracting(ColumnReport::column, ColumnReport::use)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Invoice", "invoice_id"),
            org.assertj.core.groups.Tuple.tuple("StockCode", "product_id"),
            org.assertj.core.groups.Tuple.tuple("Description", "not used"),
            org.assertj.core.groups.Tuple.tuple("Quantity", "quantity"),
            org.assertj.core.groups.Tuple.tuple("InvoiceDate", "date"),
            org.assertj.core.groups.Tuple.tuple("Price", "unit_price"),
            org.assertj.core.groups.Tuple.tuple("Customer ID", "customer_id"),
            org.assertj.core.groups.Tuple.tuple("Country", "not used"));
    assertThat(sales.notices())
        .containsExactly(
            "amount computed as Quantity × Price on every line",
            "69 lines with a negative amount (credit notes, returns) kept",
            "19 lines with amount 0 kept",
            "631 lines without a customer id kept as anonymous sales (not part of the customer"
                + " analysis)",
            "columns not used: Description, Country");
    assertThat(report.notices())
        .containsExactly(
            "no customer register: 1,416 customers taken from the customer ids of the sales lines");

    TableCounts counts = workspace.counts();
    assertThat(counts.customers()).isEqualTo(1416);
    assertThat(counts.registerCustomers()).isZero();
    assertThat(counts.anonymousSalesLines()).isEqualTo(631);
    assertThat(counts.salesAmount()).isCloseTo(63843.22, within(0.005));
    assertThat(counts.firstSale()).contains(LocalDate.of(2009, 12, 1));
    assertThat(counts.lastSale()).contains(LocalDate.of(2010, 12, 9));
  }

  @Test
  void importsCdnowWithColumnChoices() throws Exception {
    Path file = resource("data/cdnow/CDNOW_sample.txt");
    ImportReport report =
        Importer.run(
            workspace,
            request()
                .file(Table.SALES, file)
                .readOptions(ReadOptions.builder().headerRow(0).build())
                .column(ColumnChoice.parse("sales.customer_id=1"))
                .column(ColumnChoice.parse("sales.date=3"))
                .column(ColumnChoice.parse("sales.quantity=4"))
                .column(ColumnChoice.parse("sales.amount=5"))
                .build(),
            ImportListener.NONE);

    FileReport sales = report.files().get(0);
    assertThat(sales.format()).isEqualTo("text, fields separated by spaces, UTF-8");
    assertThat(sales.headerLine()).isEmpty();
    assertThat(sales.rowsAccepted()).isEqualTo(6919);
    assertThat(workspace.counts().customers()).isEqualTo(2357);
    assertThat(workspace.counts().salesAmount()).isCloseTo(244091.94, within(0.005));
    assertThat(query("SELECT date FROM sales WHERE source_line = 1")).isEqualTo("1997-01-01");
  }

  @Test
  void importsASwedishExportWithTypedAttributes() throws Exception {
    Path customers =
        write(
            "kunder.csv",
            WINDOWS_1252,
            "Kundnr;Företagsnamn;Organisationsnummer;SNI-kod;Antal anställda;Omsättning (tkr);Län;"
                + "Ny inköpschef;Kund sedan;Reklamationer 12 mån;Kundansvarig\r\n"
                + "1001;Åkessons Mekaniska AB;556036-0793;25110;120;98\u00A0500;Skåne län;Ja;2019-04-01;2;Eva Ek\r\n"
                + "1002;Öbergs Plåt HB;;28290;8;4 250,5;Västra Götalands län;Nej;2021-09-15;0;Per Ås\r\n");
    Path sales =
        write(
            "fakturarader.csv",
            WINDOWS_1252,
            """
            Fakturanr;Fakturadatum;Kundnr;Artikelgrupp;Antal;Belopp
            F1;2025-01-15;1001;Verktyg;2;1 234,50
            F2;2025-02-03;1002;Skruv & infästning;1;99,90
            K3;2025-02-10;1001;Verktyg;-1;-617,25
            F4;2025-03-01;1003;Hydraulik;3;300
            """
                .replace("\n", "\r\n"));

    ImportReport report =
        Importer.run(
            workspace,
            request().file(Table.CUSTOMERS, customers).file(Table.SALES, sales).build(),
            ImportListener.NONE);

    FileReport register = report.files().get(0);
    assertThat(register.format()).isEqualTo("CSV, ';'-separated, windows-1252");
    assertThat(register.columns())
        .extracting(ColumnReport::use)
        .containsExactly(
            "customer_id",
            "name",
            "org_number",
            "industry_code",
            "employees",
            "turnover",
            "region",
            "attribute (BOOLEAN)",
            "attribute (DATE)",
            "attribute (NUMBER)",
            "attribute (CATEGORY)");
    assertThat(
            query(
                "SELECT name || '|' || turnover || '|' || region FROM customers WHERE customer_id = '1002'"))
        .isEqualTo("Öbergs Plåt HB|4250.5|Västra Götalands län");
    assertThat(query("SELECT turnover FROM customers WHERE customer_id = '1001'"))
        .isEqualTo("98500.0");
    assertThat(
            query(
                "SELECT string_agg(name || '=' || coalesce(text_value, CAST(number_value AS VARCHAR),"
                    + " CAST(date_value AS VARCHAR), CAST(bool_value AS VARCHAR)), ', ' ORDER BY name)"
                    + " FROM attribute_values WHERE entity_id = '1001'"))
        .isEqualTo(
            "Kund sedan=2019-04-01, Kundansvarig=Eva Ek, Ny inköpschef=true, Reklamationer 12 mån=2.0");

    FileReport lines = report.files().get(1);
    assertThat(lines.rowsAccepted()).isEqualTo(4);
    assertThat(lines.notices())
        .containsExactly("1 line with a negative amount (credit notes, returns) kept");
    assertThat(report.notices())
        .containsExactly(
            "1 sales line for 1 customer id that is not in the customer register (e.g. '1003'):"
                + " kept, and analysed without register data");
  }

  @Test
  void findsOrganisationNumbersByTheirValuesWhenTheHeaderIsUnknown() throws Exception {
    // "Id" and "Kod" are no known headers; only Id holds valid organisation numbers throughout.
    Path customers =
        write(
            "kunder.csv",
            StandardCharsets.UTF_8,
            """
            Kundnr;Namn;Kod;Id
            1;A AB;1234567890;556036-0793
            2;B AB;5560360793;5560360793
            3;C AB;1111111111;165560360793
            4;D AB;2222222222;556036-0793
            5;E AB;3333333333;
            6;F AB;4444444444;556036-0793
            """);

    ImportReport report =
        Importer.run(
            workspace, request().file(Table.CUSTOMERS, customers).build(), ImportListener.NONE);

    assertThat(report.files().get(0).columns())
        .extracting(c -> c.column() + " " + c.use() + " " + c.how())
        .contains("Id org_number values", "Kod attribute (NUMBER) ");
    assertThat(query("SELECT count(org_number) FROM customers")).isEqualTo("5");
  }

  @Test
  void aFailedImportLeavesTheWorkspaceAsItWas() throws Exception {
    Path good =
        write("sales.csv", StandardCharsets.UTF_8, "Customer ID,Date,Amount\n7,2025-01-01,10.5\n");
    Importer.run(workspace, request().file(Table.SALES, good).build(), ImportListener.NONE);
    TableCounts before = workspace.counts();

    Path bad =
        write(
            "sales2.csv",
            StandardCharsets.UTF_8,
            "Customer ID,Date,Amount\n8,2025-01-02,20\n9,2025-01-03,twelve\n10,2025-13-01,5\n");
    assertThatThrownBy(
            () ->
                Importer.run(
                    workspace, request().file(Table.SALES, bad).build(), ImportListener.NONE))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "sales2.csv line 3, column 'Amount': 'twelve' is not a number (expected a number like"
                + " 1,234.50)"
                + System.lineSeparator()
                + "sales2.csv line 4, column 'Date': '2025-13-01' is not a date (expected a date like"
                + " 2024-03-31 (yyyy-MM-dd))")
        .satisfies(e -> assertThat(((ImportException) e).problemCount()).isEqualTo(2));

    assertThat(workspace.counts()).isEqualTo(before);
    assertThat(workspace.imports()).hasSize(1);
    assertThat(query("SELECT string_agg(customer_id, ',') FROM sales")).isEqualTo("7");
  }

  @Test
  void keepGoingImportsTheGoodRowsAndWritesTheBadOnesToARejectsFile() throws Exception {
    Path bad =
        write(
            "sales.csv",
            StandardCharsets.UTF_8,
            "Customer ID,Date,Amount\n8,2025-01-02,20\n9,2025-01-03,twelve\n10,2025-01-04,5\n");
    ImportReport report =
        Importer.run(
            workspace,
            request().file(Table.SALES, bad).policy(BadRowPolicy.REJECT).build(),
            ImportListener.NONE);

    FileReport sales = report.files().get(0);
    assertThat(sales.rowsAccepted()).isEqualTo(2);
    assertThat(sales.rowsRejected()).isEqualTo(1);
    Path rejects = sales.rejectsFile().orElseThrow();
    assertThat(rejects).isEqualTo(dir.resolve("ws-rejects").resolve("import-1-sales.csv"));
    assertThat(Files.readString(rejects, StandardCharsets.UTF_8))
        .isEqualTo(
            """
            \uFEFFline;problem;Customer ID;Date;Amount
            line 3;column 'Amount': 'twelve' is not a number (expected a number like 1,234.50);9;\
            2025-01-03;twelve
            """
                .replace("\n", "\r\n"));
    assertThat(workspace.imports().get(0).rowsRejected()).isEqualTo(1);
    assertThat(workspace.imports().get(0).rejectsFile()).contains(rejects.toString());
  }

  @Test
  void checkModeReportsButImportsNothing() throws Exception {
    Path file =
        write("sales.csv", StandardCharsets.UTF_8, "Customer ID,Date,Amount\n8,2025-01-02,20\n");
    ImportReport report =
        Importer.run(
            workspace,
            request().file(Table.SALES, file).mode(ImportMode.CHECK).build(),
            ImportListener.NONE);
    assertThat(report.counts().salesLines()).isEqualTo(1);
    assertThat(workspace.counts().salesLines()).isZero();
    assertThat(workspace.imports()).isEmpty();
  }

  @Test
  void readsAWorkbookWithTitleRowsAboveTheHeader() throws Exception {
    Path file = dir.resolve("kunder.xlsx");
    try (var out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "test", "1.0");
      Worksheet sheet = workbook.newWorksheet("Kunder");
      sheet.value(0, 0, "Kundregister");
      sheet.value(1, 0, "Utdrag 2025-12-31");
      sheet.value(3, 0, "Kundnr");
      sheet.value(3, 1, "Namn");
      sheet.value(3, 2, "Antal anställda");
      sheet.value(4, 0, "K1");
      sheet.value(4, 1, "Alfa AB");
      sheet.value(4, 2, 12);
      sheet.value(5, 0, "K2");
      sheet.value(5, 1, "Beta AB");
      sheet.value(5, 2, 250.5);
      workbook.finish();
    }
    ImportReport report =
        Importer.run(workspace, request().file(Table.CUSTOMERS, file).build(), ImportListener.NONE);
    FileReport customers = report.files().get(0);
    assertThat(customers.headerLine()).contains(4L);
    assertThat(customers.rowsAccepted()).isEqualTo(2);
    assertThat(customers.notices())
        .contains("2 rows above the header row were not read as data (titles)");
    assertThat(
            query(
                "SELECT string_agg(customer_id || '=' || employees, ',' ORDER BY customer_id) FROM customers"))
        .isEqualTo("K1=12.0,K2=250.5");
  }

  @Test
  void reportsSalesForCustomersMissingFromTheRegister() throws Exception {
    Path customers = write("customers.csv", StandardCharsets.UTF_8, "Customer ID,Name\n1,A\n2,B\n");
    Path sales =
        write(
            "sales.csv",
            StandardCharsets.UTF_8,
            "Customer ID,Date,Amount\n1,2025-01-02,20\n3,2025-01-03,5\n3,2025-01-04,6\n");
    ImportReport report =
        Importer.run(
            workspace,
            request().file(Table.CUSTOMERS, customers).file(Table.SALES, sales).build(),
            ImportListener.NONE);
    assertThat(report.notices())
        .containsExactly(
            "2 sales lines for 1 customer id that is not in the customer register (e.g. '3'): kept,"
                + " and analysed without register data");
    assertThat(workspace.counts().customers()).isEqualTo(3);
    assertThat(workspace.counts().registerCustomers()).isEqualTo(2);
  }

  private ImportRequest.Builder request() {
    return ImportRequest.builder().clock(NOV_2026);
  }

  private Path write(String name, Charset charset, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, text.getBytes(charset));
    return file;
  }

  private String query(String sql) throws SQLException {
    try (Statement statement = workspace.connection().createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return String.valueOf(rs.getObject(1));
    }
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(
        Objects.requireNonNull(ImporterTest.class.getResource("/" + name), name).toURI());
  }

  static List<String> lines(InputStream in) throws IOException {
    return new ArrayList<>(
        List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
  }
}
