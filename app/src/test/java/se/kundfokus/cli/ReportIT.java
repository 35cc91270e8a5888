package se.kundfokus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kundfokus.testutil.CliResultAssert.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Black box, through the command line: customers named like markup and like spreadsheet formulas
 * come out of {@code analyze --report --xlsx --csv} as written, running nothing.
 */
class ReportIT {
  private static final List<String> NAMES =
      List.of(
          "<script>alert(1)</script> AB",
          "</script><img src=x onerror=alert(2)>",
          "=HYPERLINK(\"http://evil\",\"klick\")",
          "+46 AB",
          "-1 AB",
          "@SUM(A1)",
          "Åkesson & Söner \"ÅÄÖ\" 'x'");

  @TempDir Path dir;

  @Test
  void hostileNamesAreKeptAndNeutralisedInEveryOutput() throws Exception {
    StringBuilder customers = new StringBuilder("Kundnr;Företagsnamn\n");
    StringBuilder sales = new StringBuilder("Fakturanr;Fakturadatum;Kundnr;Belopp\n");
    for (int c = 1; c <= 35; c++) {
      String name = NAMES.get(c % NAMES.size()) + " " + c;
      customers.append(c).append(";\"").append(name.replace("\"", "\"\"")).append("\"\n");
      for (int m = 1; m <= (c % 5 == 0 ? 3 : 12); m++) {
        sales
            .append(c * 100 + m)
            .append(String.format(Locale.ROOT, ";2025-%02d-10;", m))
            .append(c)
            .append(';')
            .append(100 + 37 * c)
            .append(",50\n");
      }
    }
    Files.writeString(dir.resolve("kunder.csv"), customers, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("fakturor.csv"), sales, StandardCharsets.UTF_8);
    String ws = dir.resolve("ws.duckdb").toString();
    assertThat(
            Cli.run(
                "import",
                "--workspace",
                ws,
                "--customers",
                dir.resolve("kunder.csv").toString(),
                "--sales",
                dir.resolve("fakturor.csv").toString()))
        .hasExitCode(ExitCodes.OK);

    Path report = dir.resolve("r.html");
    Path xlsx = dir.resolve("l.xlsx");
    Path csv = dir.resolve("csv");
    assertThat(
            Cli.run(
                "analyze",
                "--workspace",
                ws,
                "--report",
                report.toString(),
                "--xlsx",
                xlsx.toString(),
                "--csv",
                csv.toString(),
                "--lang",
                "en"))
        .hasExitCode(ExitCodes.OK)
        .hasEmptyStderr();

    Document page = Jsoup.parse(Files.readString(report, StandardCharsets.UTF_8));
    assertThat(page.select("img, iframe, [onerror]")).isEmpty();
    assertThat(page.select("script")).hasSize(3);
    assertThat(page.select("td").eachText())
        .anyMatch(t -> t.startsWith("<script>alert(1)</script> AB "))
        .anyMatch(t -> t.startsWith("</script><img src=x onerror=alert(2)> "))
        .anyMatch(t -> t.startsWith("Åkesson & Söner \"ÅÄÖ\" 'x' "));

    List<String> csvNames =
        Files.readAllLines(csv.resolve("customers.csv"), StandardCharsets.UTF_8).stream()
            .skip(1)
            .toList();
    assertThat(csvNames)
        .anyMatch(l -> l.contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"klick\"\") 2\","))
        .anyMatch(l -> l.contains(",'+46 AB 3,"))
        .anyMatch(l -> l.contains(",'-1 AB 4,"))
        .anyMatch(l -> l.contains(",'@SUM(A1) 5,"));

    try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
      List<Row> rows = workbook.getSheets().toList().get(0).read();
      assertThat(rows.stream().skip(1).map(r -> r.getCell(1).asString()))
          .hasSize(35)
          .contains("'=HYPERLINK(\"http://evil\",\"klick\") 9", "'-1 AB 11")
          .noneMatch(n -> n.startsWith("=") || n.startsWith("-") || n.startsWith("+"));
    }
  }
}
