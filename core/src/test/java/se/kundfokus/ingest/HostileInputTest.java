package se.kundfokus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.kundfokus.store.TableCounts;
import se.kundfokus.store.Workspace;

/**
 * Random and mutated files never crash the import with anything but a problem that names the file,
 * never hang, and never change the workspace when they fail.
 */
class HostileInputTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
  private static final Duration BOUND = Duration.ofSeconds(20);

  /** A fixed seed, so that CI tries the same files every run (change it to explore others). */
  static final String SEED = "20261202";

  private static Path dir;
  private static Workspace workspace;
  private static int files;

  /** A valid Swedish export that every mutation starts from. */
  static final String SALES =
      """
      Fakturanr;Fakturadatum;Kundnr;Artikelnr;Artikelgrupp;Antal;Belopp\r
      1001;2025-03-04;10001;21-002;Lyft & surrning;21;2 952,60\r
      1002;2025-03-05;10002;17-012;Smörjmedel;26;3873,22\r
      1003;2025-03-06;10001;17-012;Smörjmedel;-2;-297,90\r
      "1004";"2025-04-01";"10003";"ÅÄÖ-1";"Verktyg; special";1;"1 234,50"\r
      """;

  @BeforeContainer
  static void workspaceWithData() throws IOException {
    dir = Files.createTempDirectory("kundfokus-hostile");
    workspace = Workspace.open(dir.resolve("ws.duckdb"));
    Path sales = dir.resolve("good.csv");
    Files.write(sales, SALES.getBytes(WINDOWS_1252));
    Importer.run(
        workspace,
        ImportRequest.builder().file(Table.SALES, sales).clock(NOW).build(),
        ImportListener.NONE);
  }

  @AfterContainer
  static void close() throws IOException {
    workspace.close();
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /**
   * Imports a file as a table: it either imports, or fails with a problem that names the file,
   * leaving the workspace as it was; anything else fails the property.
   */
  private static void importIsSafe(byte[] content, String extension, Table table) throws Exception {
    Path file = dir.resolve("hostile-" + files++ + extension);
    Files.write(file, content);
    String label = file.getFileName().toString();
    TableCounts expected = workspace.counts();
    boolean imported =
        assertTimeoutPreemptively(
            BOUND,
            () -> {
              try {
                Importer.run(
                    workspace,
                    ImportRequest.builder()
                        .file(table, file)
                        .clock(NOW)
                        .limits(new ImportLimits(1 << 20, 64L << 20, 200))
                        .build(),
                    ImportListener.NONE);
                return true;
              } catch (ImportException e) {
                assertThat(e.getMessage()).startsWith(label);
                assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(label));
                return false;
              }
            });
    if (!imported) {
      assertThat(workspace.counts()).isEqualTo(expected);
    }
  }

  @Property(tries = 100, seed = SEED)
  void randomBytesAsACsvFile(@ForAll("randomBytes") byte[] content) throws Exception {
    importIsSafe(content, ".csv", Table.SALES);
  }

  @Property(tries = 150, seed = SEED)
  void mutatedExports(@ForAll("mutatedSales") byte[] content) throws Exception {
    importIsSafe(content, ".csv", Table.SALES);
  }

  @Property(tries = 60, seed = SEED)
  void mutatedExportsAsACustomerRegister(@ForAll("mutatedSales") byte[] content) throws Exception {
    importIsSafe(content, ".txt", Table.CUSTOMERS);
  }

  @Property(tries = 60, seed = SEED)
  void mutatedWorkbooks(@ForAll("mutatedWorkbook") byte[] content) throws Exception {
    importIsSafe(content, ".xlsx", Table.CUSTOMERS);
  }

  @Provide
  Arbitrary<byte[]> randomBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4096);
  }

  @Provide
  Arbitrary<byte[]> mutatedSales() {
    return mutations(SALES.getBytes(WINDOWS_1252));
  }

  @Provide
  Arbitrary<byte[]> mutatedWorkbook() throws IOException {
    return mutations(workbook());
  }

  /** Flips, inserts, deletes, repeats or cuts bytes of a valid file, one to eight times. */
  private static Arbitrary<byte[]> mutations(byte[] original) {
    Arbitrary<int[]> one =
        Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 255))
            .as((kind, position, value) -> new int[] {kind, position, value});
    return one.list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(
            edits -> {
              byte[] bytes = original.clone();
              for (int[] edit : edits) {
                bytes = apply(bytes, edit[0], edit[1], (byte) edit[2]);
              }
              return bytes;
            });
  }

  private static byte[] apply(byte[] bytes, int kind, int position, byte value) {
    if (bytes.length == 0) {
      return new byte[] {value};
    }
    int at = Math.floorMod(position, bytes.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (kind) {
      case 0 -> {
        byte[] copy = bytes.clone();
        copy[at] = value;
        return copy;
      }
      case 1 -> {
        out.write(bytes, 0, at);
        out.write(value);
        out.write(bytes, at, bytes.length - at);
      }
      case 2 -> {
        out.write(bytes, 0, at);
        out.write(bytes, at + 1, bytes.length - at - 1);
      }
      case 3 -> {
        int length = Math.min(64, bytes.length - at);
        out.write(bytes, 0, at + length);
        out.write(bytes, at, bytes.length - at);
      }
      default -> out.write(bytes, 0, at);
    }
    return out.toByteArray();
  }

  private static byte[] workbook() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(bytes, "kundfokus-test", "1.0")) {
      Worksheet sheet = workbook.newWorksheet("Kunder");
      String[] header = {"Kundnr", "Företagsnamn", "SNI-kod", "Antal anställda", "Kund sedan"};
      for (int c = 0; c < header.length; c++) {
        sheet.value(0, c, header[c]);
      }
      for (int r = 1; r <= 5; r++) {
        sheet.value(r, 0, "1000" + r);
        sheet.value(r, 1, "Företag " + r + " AB");
        sheet.value(r, 2, "25110");
        sheet.value(r, 3, 10 * r);
        sheet.value(r, 4, java.time.LocalDate.of(2010 + r, 1, 1));
        sheet.style(r, 4).format("yyyy-mm-dd").set();
      }
    }
    return bytes.toByteArray();
  }

  @Property(tries = 5, seed = SEED)
  void aZipBombIsRefusedBeforeItIsRead(@ForAll("bombSizes") int megabytes) throws Exception {
    Path file = dir.resolve("bomb-" + megabytes + ".xlsx");
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < megabytes; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    String label = file.getFileName().toString();
    TableCounts expected = workspace.counts();
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try {
            Importer.run(
                workspace,
                ImportRequest.builder().file(Table.CUSTOMERS, file).clock(NOW).build(),
                ImportListener.NONE);
            throw new AssertionError("a zip bomb was read");
          } catch (ImportException e) {
            assertThat(e.getMessage())
                .isEqualTo(
                    label
                        + ": has a part (xl/sharedStrings.xml) that unpacks to more than 200"
                        + " times its packed size, as a zip bomb does; it is not read");
          }
        });
    assertThat(workspace.counts()).isEqualTo(expected);
  }

  @Provide
  Arbitrary<Integer> bombSizes() {
    return Arbitraries.integers().between(64, 400);
  }

  @Property(tries = 200, seed = SEED)
  void mappingFilesOfAnyTextAnswerWithTheirLine(@ForAll("yamlish") String text) throws Exception {
    Path file = dir.resolve("mapping-" + files++ + ".yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try {
            MappingFile.read(file);
          } catch (ImportException e) {
            assertThat(e.getMessage()).startsWith(file.getFileName().toString());
          }
        });
  }

  /** Text made of YAML's own characters and the mapping file's words, so that parsing gets far. */
  @Provide
  Arbitrary<String> yamlish() {
    Arbitrary<String> tokens =
        Arbitraries.of(
            "sales:",
            "customers:",
            "all:",
            "columns:",
            "  ",
            "    ",
            "\n",
            ":",
            "- ",
            "[",
            "]",
            "{",
            "}",
            "\"",
            "'",
            "#",
            "&a",
            "*a",
            "!!str",
            "|",
            ">",
            "delimiter: ;",
            "decimal: comma",
            "header_row: 0",
            "date_format: yyyyMMdd",
            "amount: 4",
            "customer_id: Kundnr",
            "ÅÄÖ",
            "\t",
            "%",
            "@",
            "0",
            "-1",
            "1e999",
            "null",
            "~");
    return tokens.list().ofMaxSize(40).map(list -> String.join("", list));
  }
}
