package se.kundfokus.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kundfokus.analysis.AnalysisResult;

class ListsTest {

  @Test
  void everyListOfTheResultInOrderWithItsRows() {
    AnalysisResult result = SampleResults.plain();

    List<ListTable> lists = Lists.of(result, Language.EN);

    assertThat(lists).extracting(ListTable::key).containsExactlyElementsOf(Lists.KEYS);
    assertThat(lists)
        .extracting(t -> t.rows().size())
        .containsExactly(
            result.customers().size(),
            result.outflow().leaving().size(),
            result.outflow().declining().size(),
            result.outflow().partial().size(),
            result.reactivation().size(),
            result.crossSell().recommendations().size(),
            result.crossSell().rules().size(),
            result.prospects().size(),
            result.bestCustomers().size());
    assertThat(lists).allSatisfy(t -> assertThat(t.rows()).isNotEmpty());
    assertThat(lists.get(0).title()).isEqualTo("Customers");
  }

  @Test
  void namesAndSegmentsAreInTheLanguage() {
    AnalysisResult result = SampleResults.plain();

    ListTable sv = Lists.of(result, Language.SV).get(0);

    assertThat(sv.columns()).extracting(Column::label).startsWith("Kund", "Namn", "Segment");
    assertThat(sv.rows())
        .extracting(r -> ((Cell.Text) r.get(2)).value())
        .isSubsetOf(
            "Prioritera", "Väck behovet", "Serva effektivt", "Nedprioritera", "Ej segmenterad");
  }

  @Test
  void aRowOfTheWrongWidthIsABug() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new ListTable(
                    "x",
                    "X",
                    List.of(new Column("a", "A", ColumnType.TEXT)),
                    List.of(List.of(Cell.text("1"), Cell.text("2")))))
        .hasMessage("row 1 of x has 2 cells, expected one per column (1)");
  }
}
