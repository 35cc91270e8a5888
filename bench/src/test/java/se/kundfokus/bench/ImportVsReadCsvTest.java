package se.kundfokus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.generate.GenerationOptions;
import se.kundfokus.generate.SampleCompany;

/** The import comparison on a small sample company. */
class ImportVsReadCsvTest {
  @TempDir Path dir;

  @Test
  void loadsTheSameRowsBothWaysAndReportsTheRatio() throws Exception {
    Path sales = sampleSales();
    ByteArrayOutputStream log = new ByteArrayOutputStream();

    ImportVsReadCsv.Report report =
        ImportVsReadCsv.run(
            sales, dir.resolve("work"), 2, new PrintStream(log, true, StandardCharsets.UTF_8));

    assertThat(report.rounds()).hasSize(2);
    ImportVsReadCsv.Round round = report.rounds().get(0);
    assertThat(round.readCsv().rows()).isEqualTo(round.kundfokus().rows()).isGreaterThan(1_000);
    assertThat(round.kundfokus().amount()).isCloseTo(round.readCsv().amount(), offset(round));
    assertThat(round.wallRatio())
        .isEqualTo(round.kundfokus().wallSeconds() / round.readCsv().wallSeconds())
        .isPositive();
    assertThat(round.readCsv().loadBefore()).isNotEmpty();
    assertThat(report.duckdb()).startsWith("DuckDB v").contains("threads");
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("round 1: ").contains("round 2: ");
    assertThat(dir.resolve("work")).isEmptyDirectory();
  }

  @Test
  void writesTheResultAsJson() throws Exception {
    Path sales = sampleSales();
    Path out = dir.resolve("results/import.json");

    ImportVsReadCsv.main(
        new String[] {
          "--sales",
          sales.toString(),
          "--out",
          out.toString(),
          "--work",
          dir.resolve("w").toString()
        });

    JsonNode json = new ObjectMapper().readTree(out.toFile());
    assertThat(json.get("bytes").asLong()).isPositive();
    assertThat(json.get("rounds")).hasSize(1);
    assertThat(json.get("rounds").get(0).get("wall_ratio").asDouble()).isPositive();
    assertThat(json.get("rounds").get(0).get("read_csv").get("step").asText())
        .isEqualTo("read_csv");
  }

  @Test
  void saysHowToCallIt() {
    assertThatThrownBy(() -> ImportVsReadCsv.main(new String[] {"--sales", "x.csv"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("usage: ImportVsReadCsv --sales FILE --out RESULT.json");
    assertThatThrownBy(() -> ImportVsReadCsv.main(new String[] {"--bogus", "1"}))
        .hasMessage("unknown option --bogus");
  }

  private Path sampleSales() throws Exception {
    Path data = dir.resolve("data");
    SampleCompany.generate(new GenerationOptions().withCustomers(40).withYears(1), data, n -> {});
    return data.resolve("fakturarader.csv");
  }

  private static org.assertj.core.data.Offset<Double> offset(ImportVsReadCsv.Round round) {
    return org.assertj.core.data.Offset.offset(1e-9 * Math.abs(round.readCsv().amount()));
  }
}
