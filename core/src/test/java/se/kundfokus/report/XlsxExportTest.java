package se.kundfokus.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.CustomerResult;
import se.kundfokus.analysis.DecliningCustomer;

class XlsxExportTest {

  private static byte[] workbook(AnalysisResult result, Language language) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxExport.write(result, language, out);
    return out.toByteArray();
  }

  @Test
  void oneSheetPerListWithHeadersInTheLanguageAndTheResultsValues() throws Exception {
    AnalysisResult result = SampleResults.plain();
    List<ListTable> lists = Lists.of(result, Language.SV);

    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(workbook(result, Language.SV)))) {
      List<Sheet> sheets = wb.getSheets().toList();
      Set<String> taken = new HashSet<>();
      assertThat(sheets)
          .extracting(Sheet::getName)
          .containsExactlyElementsOf(
              lists.stream().map(t -> XlsxExport.sheetName(t.title(), taken)).toList())
          .contains("Varugrupper som köps tillsamma…");
      assertThat(sheets.get(1).getName()).isEqualTo("Kunder på väg att lämna");

      List<Row> customers = sheets.get(0).read();
      assertThat(customers).hasSize(result.customers().size() + 1);
      assertThat(customers.get(0).getCell(0).asString()).isEqualTo("Kund");
      assertThat(customers.get(0).getCell(7).asString()).isEqualTo("Omsättning, senaste 12 mån");
      CustomerResult first = result.customers().get(0);
      assertThat(customers.get(1).getCell(0).asString()).isEqualTo(first.customerId());
      assertThat(customers.get(1).getCell(7).getType()).isEqualTo(CellType.NUMBER);
      assertThat(customers.get(1).getCell(7).asNumber().doubleValue())
          .isEqualTo(first.facts().revenue12m());

      List<Row> declining = sheets.get(2).read();
      assertThat(declining).hasSize(result.outflow().declining().size() + 1);
      DecliningCustomer d = result.outflow().declining().get(0);
      assertThat(declining.get(1).getCell(4).getType()).isEqualTo(CellType.NUMBER);
      assertThat(declining.get(1).getCell(4).asNumber()).isEqualTo(BigDecimal.valueOf(d.change()));
      assertThat(d.change()).isNegative();
    }
  }

  @Test
  void theHeaderRowIsFrozenBoldAndFiltered() throws Exception {
    byte[] bytes = workbook(SampleResults.plain(), Language.EN);
    String sheet = entry(bytes, "xl/worksheets/sheet1.xml");
    String styles = entry(bytes, "xl/styles.xml");

    assertThat(sheet).contains("state=\"frozen\"").contains("ySplit=\"1\"");
    assertThat(sheet).contains("<autoFilter ref=\"A1:");
    assertThat(sheet).contains("<col ");
    assertThat(styles).contains("<b/>", "#,##0", "0.0%");
  }

  @Test
  void textThatLooksLikeAFormulaIsNeutralisedAndNumbersStayNumbers() throws Exception {
    AnalysisResult result = SampleResults.hostile();
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(workbook(result, Language.EN)))) {
      List<Row> rows = wb.getSheets().toList().get(0).read();
      Set<Character> neutralised = new HashSet<>();
      for (Row row : rows.subList(1, rows.size())) {
        String name = row.getCell(1).asString();
        assertThat(name)
            .doesNotStartWith("=")
            .doesNotStartWith("+")
            .doesNotStartWith("-")
            .doesNotStartWith("@");
        if (name.startsWith("'")) {
          neutralised.add(name.charAt(1));
        }
        assertThat(row.getCell(7).getType()).isEqualTo(CellType.NUMBER);
      }
      assertThat(neutralised).containsExactlyInAnyOrder('=', '+', '-', '@');
      assertThat(rows.stream().map(r -> r.getCell(1).asString()))
          .contains("<script>alert(1)</script> AB 1", "'=HYPERLINK(\"http://evil\",\"klick\") 7");
    }
  }

  @Test
  void sheetNamesAreWhatExcelAccepts() {
    Set<String> taken = new HashSet<>();
    assertThat(XlsxExport.sheetName("Lapsed customers to reactivate now", taken))
        .isEqualTo("Lapsed customers to reactivate…");
    assertThat(XlsxExport.sheetName("Lapsed customers to reactivate now!", taken))
        .isEqualTo("Lapsed customers to reactivat 2");
    assertThat(XlsxExport.sheetName("Best customers", taken)).isEqualTo("Best customers");
    assertThat(XlsxExport.sheetName("a/b [c]: *?", taken)).isEqualTo("a b  c");
    assertThat(XlsxExport.appVersion("0.1.0-SNAPSHOT")).isEqualTo("0.1");
    assertThat(XlsxExport.appVersion("development build")).isEqualTo("1.0");
  }

  private static String entry(byte[] zip, String name) throws IOException {
    Path file = Files.createTempFile("kundfokus", ".xlsx");
    try {
      Files.write(file, zip);
      try (ZipFile in = new ZipFile(file.toFile())) {
        ZipEntry e = in.getEntry(name);
        assertThat(e).as(name).isNotNull();
        try (InputStream data = in.getInputStream(e)) {
          return new String(data.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } finally {
      Files.delete(file);
    }
  }
}
