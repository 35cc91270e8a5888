package se.kundfokus.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.DecliningCustomer;

class CsvExportTest {
  @TempDir Path dir;

  private static List<CsvRecord> read(Path file, char separator) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\ufeff");
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder().fieldSeparator(separator).ofCsvRecord(text.substring(1))) {
      return reader.stream().toList();
    }
  }

  @Test
  void swedishListsUseSemicolonsDecimalCommasAndSwedishHeaders() throws Exception {
    AnalysisResult result = SampleResults.plain();

    List<Path> files = CsvExport.write(result, Language.SV, dir);

    assertThat(files)
        .extracting(f -> String.valueOf(f.getFileName()))
        .containsExactlyElementsOf(Lists.KEYS.stream().map(k -> k + ".csv").toList());
    List<CsvRecord> declining = read(dir.resolve("declining.csv"), ';');
    assertThat(declining.get(0).getFields())
        .containsExactly(
            "Kund",
            "Namn",
            "Omsättning, senaste 12 mån",
            "Omsättning, 12 mån innan",
            "Förändring",
            "Omsättning i fara",
            "Varför");
    assertThat(declining).hasSize(result.outflow().declining().size() + 1);
    DecliningCustomer d = result.outflow().declining().get(0);
    assertThat(declining.get(1).getField(0)).isEqualTo(d.customerId());
    assertThat(declining.get(1).getField(4))
        .isEqualTo(CsvExport.plain(d.change(), 4, Language.SV))
        .startsWith("-0,");
    assertThat(Double.parseDouble(declining.get(1).getField(2).replace(',', '.')))
        .isCloseTo(d.revenue12m(), org.assertj.core.data.Offset.offset(0.005));
    assertThat(read(dir.resolve("customers.csv"), ';')).hasSize(result.customers().size() + 1);
  }

  @Test
  void englishListsUseCommasAndDecimalPoints() throws Exception {
    AnalysisResult result = SampleResults.plain();

    CsvExport.write(result, Language.EN, dir);

    List<CsvRecord> best = read(dir.resolve("best_customers.csv"), ',');
    assertThat(best.get(0).getField(0)).isEqualTo("Rank");
    assertThat(best.get(1).getField(3))
        .isEqualTo(CsvExport.plain(result.bestCustomers().get(0).score(), 1, Language.EN));
    assertThat(CsvExport.plain(-1234.5, 2, Language.EN)).isEqualTo("-1234.5");
    assertThat(CsvExport.plain(-1234.5, 2, Language.SV)).isEqualTo("-1234,5");
    assertThat(CsvExport.plain(-0.0001, 2, Language.SV)).isEqualTo("0");
  }

  @Test
  void textThatLooksLikeAFormulaIsNeutralisedAndNumbersAreNot() throws Exception {
    AnalysisResult result = SampleResults.hostile();

    CsvExport.write(result, Language.EN, dir);

    List<CsvRecord> customers = read(dir.resolve("customers.csv"), ',');
    List<String> names = customers.stream().skip(1).map(r -> r.getField(1)).toList();
    for (String start : List.of("=", "+", "-", "@")) {
      assertThat(names).noneMatch(n -> n.startsWith(start));
      assertThat(names).anyMatch(n -> n.startsWith("'" + start));
    }
    assertThat(names).contains("</script><img src=x onerror=alert(2)> 3", "Raket 🚀 Industri 6");
    List<CsvRecord> declining = read(dir.resolve("declining.csv"), ',');
    assertThat(declining.get(1).getField(4)).startsWith("-0.");
  }
}
