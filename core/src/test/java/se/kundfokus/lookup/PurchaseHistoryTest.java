package se.kundfokus.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.ingest.ImportListener;
import se.kundfokus.ingest.ImportRequest;
import se.kundfokus.ingest.Importer;
import se.kundfokus.ingest.Table;
import se.kundfokus.store.Workspace;

class PurchaseHistoryTest {
  @TempDir static Path dir;
  private static Path sales;

  @BeforeAll
  static void writeSales() throws Exception {
    sales = dir.resolve("sales.csv");
    Files.writeString(
        sales,
        """
        Fakturanr;Fakturadatum;Kundnr;Belopp
        F1;2025-01-10;K1;1000,00
        F1;2025-01-10;K1;500,00
        F2;2025-01-20;K1;250,00
        F3;2025-03-05;K1;-100,00
        F4;2025-02-01;K2;9999,00
        F5;2025-06-01;K1;700,00
        """,
        StandardCharsets.UTF_8);
  }

  private static Workspace imported(String name) {
    Workspace workspace = Workspace.open(dir.resolve(name + ".duckdb"));
    Importer.run(
        workspace, ImportRequest.builder().file(Table.SALES, sales).build(), ImportListener.NONE);
    return workspace;
  }

  @Test
  void sumsEachMonthAndFillsMonthsWithoutPurchasesWithZeros() {
    try (Workspace workspace = imported("months")) {
      List<MonthlyRevenue> months =
          PurchaseHistory.monthly(workspace, "K1", LocalDate.of(2025, 4, 30));

      assertThat(months)
          .containsExactly(
              new MonthlyRevenue(YearMonth.of(2025, 1), 1750, 2, 3),
              new MonthlyRevenue(YearMonth.of(2025, 2), 0, 0, 0),
              new MonthlyRevenue(YearMonth.of(2025, 3), -100, 1, 1),
              new MonthlyRevenue(YearMonth.of(2025, 4), 0, 0, 0));
    }
  }

  @Test
  void aCustomerWithoutPurchasesHasNoHistory() {
    try (Workspace workspace = imported("none")) {
      assertThat(PurchaseHistory.monthly(workspace, "K9", LocalDate.of(2025, 12, 31))).isEmpty();
      assertThat(PurchaseHistory.monthly(workspace, "K2", LocalDate.of(2025, 1, 31))).isEmpty();
    }
  }

  @Test
  void readsWhatIsCommittedWhileAWriteIsInProgress() {
    try (Workspace workspace = imported("concurrent")) {
      List<MonthlyRevenue> during =
          workspace.transaction(
              c -> {
                try (PreparedStatement insert =
                    c.prepareStatement(
                        "INSERT INTO sales (date, customer_id, amount, source_line)"
                            + " VALUES (DATE '2025-02-15', 'K1', 5000, 99)")) {
                  insert.executeUpdate();
                }
                return PurchaseHistory.monthly(workspace, "K1", LocalDate.of(2025, 2, 28));
              });

      assertThat(during).extracting(MonthlyRevenue::revenue).containsExactly(1750.0, 0.0);
      assertThat(PurchaseHistory.monthly(workspace, "K1", LocalDate.of(2025, 2, 28)))
          .extracting(MonthlyRevenue::revenue)
          .containsExactly(1750.0, 5000.0);
    }
  }
}
