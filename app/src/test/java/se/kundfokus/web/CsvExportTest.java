package se.kundfokus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.kundfokus.report.Language;
import se.kundfokus.report.SafeCell;

class CsvExportTest {
  private static final ListTable TABLE =
      new ListTable(
          "customers",
          "Customers",
          List.of(new ListTable.Column("Name", false), new ListTable.Column("Revenue", true)),
          List.of(
              new ListTable.Row(
                  Optional.of("K1"),
                  List.of(
                      new ListTable.Cell("=HYPERLINK(\"http://x\")", Optional.empty()),
                      new ListTable.Cell("1 234,5", Optional.of(1234.5)))),
              new ListTable.Row(
                  Optional.empty(),
                  List.of(
                      new ListTable.Cell("-2+3", Optional.empty()),
                      new ListTable.Cell("−12", Optional.of(-12.0))))),
          2);

  @Test
  void swedishListsUseSemicolonsAndDecimalCommas() {
    List<String> lines = CsvExport.write(TABLE, Language.SV).lines().toList();

    assertThat(lines.get(0)).isEqualTo("\uFEFFName;Revenue");
    assertThat(lines.get(1)).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\";1234,5");
    assertThat(lines.get(2)).isEqualTo("'-2+3;-12");
  }

  @Test
  void englishListsUseCommasAndDecimalPoints() {
    List<String> lines = CsvExport.write(TABLE, Language.EN).lines().toList();

    assertThat(lines.get(1)).endsWith(",1234.5");
    assertThat(lines.get(2)).isEqualTo("'-2+3,-12");
  }

  @Test
  void textThatLooksLikeAFormulaGetsAQuote() {
    assertThat(SafeCell.text("=1+1")).isEqualTo("'=1+1");
    assertThat(SafeCell.text("+46 8 123")).isEqualTo("'+46 8 123");
    assertThat(SafeCell.text("-")).isEqualTo("'-");
    assertThat(SafeCell.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SafeCell.text("\tx")).isEqualTo("'\tx");
    assertThat(SafeCell.text("Svets AB")).isEqualTo("Svets AB");
    assertThat(SafeCell.text("")).isEmpty();
  }
}
