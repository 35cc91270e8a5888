package se.kundfokus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XlsxRowSourceTest {
  @TempDir Path dir;

  /** A customer sheet as people make them: a title, a blank row, then the header. */
  private Path customers() throws IOException {
    Path file = dir.resolve("kunder.xlsx");
    try (OutputStream out = Files.newOutputStream(file);
        Workbook workbook = new Workbook(out, "kundfokus-test", "1.0")) {
      Worksheet first = workbook.newWorksheet("Blad1");
      first.value(0, 0, "Kundregister 2024");
      first.value(2, 0, "Kundnr");
      first.value(2, 1, "Namn");
      first.value(2, 2, "Första köp");
      first.value(2, 3, "Omsättning");
      first.value(2, 4, "Ramavtal");
      first.value(3, 0, "00123");
      first.value(3, 1, "Åkesson & Öberg AB");
      first.value(3, 2, LocalDate.of(2024, 3, 31));
      first.style(3, 2).format("yyyy-mm-dd").set();
      first.value(3, 3, 1234.5);
      first.value(3, 4, true);
      first.value(4, 0, 124);
      first.value(4, 2, LocalDateTime.of(2024, 3, 31, 13, 45, 10));
      first.style(4, 2).format("d/m/yyyy h:mm").set();
      first.value(4, 3, 1e20);
      first.value(4, 4, false);
      first.value(6, 1, "Sist");
      first.value(6, 3, 0.1);
      first.value(6, 5, -3);
      Worksheet second = workbook.newWorksheet("Kunder");
      second.value(0, 0, "Kund");
      second.value(1, 0, "Älvsjö Plåt");
      Worksheet hidden = workbook.newWorksheet("Dolt");
      hidden.value(0, 0, "hemligt");
      hidden.setVisibilityState(VisibilityState.HIDDEN);
    }
    return file;
  }

  private static List<RawRow> readAll(XlsxRowSource source) throws IOException {
    List<RawRow> rows = new ArrayList<>();
    for (RawRow row = source.next(); row != null; row = source.next()) {
      rows.add(row);
    }
    return rows;
  }

  @Test
  void readsTheFirstSheetWithExcelRowNumbers() throws IOException {
    try (XlsxRowSource source = XlsxRowSource.open(customers(), "kunder.xlsx", Optional.empty())) {
      assertThat(source.sheetName()).isEqualTo("Blad1");
      assertThat(readAll(source))
          .containsExactly(
              new RawRow(1, List.of("Kundregister 2024")),
              new RawRow(3, List.of("Kundnr", "Namn", "Första köp", "Omsättning", "Ramavtal")),
              new RawRow(4, List.of("00123", "Åkesson & Öberg AB", "2024-03-31", "1234.5", "TRUE")),
              new RawRow(
                  5, List.of("124", "", "2024-03-31 13:45:10", "100000000000000000000", "FALSE")),
              new RawRow(7, List.of("", "Sist", "", "0.1", "", "-3")));
      assertThat(source.next()).isNull();
      assertThat(source.where(42)).isEqualTo("sheet 'Blad1' row 42");
    }
  }

  @ParameterizedTest(name = "sheet \"{0}\"")
  @CsvSource({"Kunder", "kunder", "2", "' Kunder '"})
  void choosesASheetByNameOrIndex(String sheet) throws IOException {
    try (XlsxRowSource source =
        XlsxRowSource.open(customers(), "kunder.xlsx", Optional.of(sheet))) {
      assertThat(source.sheetName()).isEqualTo("Kunder");
      assertThat(readAll(source))
          .containsExactly(new RawRow(1, List.of("Kund")), new RawRow(2, List.of("Älvsjö Plåt")));
      assertThat(source.where(2)).isEqualTo("sheet 'Kunder' row 2");
    }
  }

  @Test
  void hiddenSheetsAreReadOnlyWhenNamed() throws IOException {
    Path file = customers();
    assertThat(XlsxRowSource.sheetNames(file)).containsExactly("Blad1", "Kunder", "Dolt");
    try (XlsxRowSource source = XlsxRowSource.open(file, "kunder.xlsx", Optional.of("Dolt"))) {
      assertThat(readAll(source)).containsExactly(new RawRow(1, List.of("hemligt")));
    }
  }

  @Test
  void defaultIsTheFirstVisibleSheet() throws IOException {
    Path file = dir.resolve("dolt-först.xlsx");
    try (OutputStream out = Files.newOutputStream(file);
        Workbook workbook = new Workbook(out, "kundfokus-test", "1.0")) {
      Worksheet hidden = workbook.newWorksheet("Dolt");
      hidden.value(0, 0, "hemligt");
      hidden.setVisibilityState(VisibilityState.HIDDEN);
      workbook.newWorksheet("Synligt").value(0, 0, "synligt");
    }
    try (XlsxRowSource source = XlsxRowSource.open(file, "dolt-först.xlsx", Optional.empty())) {
      assertThat(source.sheetName()).isEqualTo("Synligt");
    }
  }

  @Test
  void unknownSheetListsTheSheets() throws IOException {
    Path file = customers();
    for (String sheet : List.of("Försäljning", "4", "0")) {
      assertThatThrownBy(() -> XlsxRowSource.open(file, "kunder.xlsx", Optional.of(sheet)))
          .isInstanceOf(ImportException.class)
          .hasMessage("kunder.xlsx: has no sheet '" + sheet + "' (sheets: Blad1, Kunder, Dolt)");
    }
  }

  @Test
  void csvRenamedToXlsxIsNotAWorkbook() throws IOException {
    Path file = dir.resolve("kunder.xlsx");
    Files.writeString(file, "Kundnr;Namn\n1;Åkesson\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> XlsxRowSource.open(file, "kunder.xlsx", Optional.empty()))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "kunder.xlsx: is not an Excel workbook (.xlsx): it is not a zip archive, as .xlsx"
                + " files are; save it as .xlsx or CSV");
    assertThatThrownBy(() -> XlsxRowSource.sheetNames(file)).isInstanceOf(ImportException.class);
  }

  @Test
  void emptyFileIsNotAWorkbook() throws IOException {
    Path file = dir.resolve("tom.xlsx");
    Files.write(file, new byte[0]);
    assertThatThrownBy(() -> XlsxRowSource.open(file, "tom.xlsx", Optional.empty()))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("tom.xlsx: is not an Excel workbook (.xlsx)");
  }

  @Test
  void oldXlsIsNotAWorkbook() throws IOException {
    Path file = dir.resolve("kunder.xls");
    byte[] ole2 = {
      (byte) 0xD0,
      (byte) 0xCF,
      0x11,
      (byte) 0xE0,
      (byte) 0xA1,
      (byte) 0xB1,
      0x1A,
      (byte) 0xE1,
      0,
      0,
      0,
      0
    };
    Files.write(file, ole2);
    assertThatThrownBy(() -> XlsxRowSource.open(file, "kunder.xls", Optional.empty()))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "kunder.xls: is not an Excel workbook (.xlsx): it is an Excel 97-2003 workbook (.xls)"
                + " or a password-protected file; save it as .xlsx or CSV");
  }

  @Test
  void zipWithoutWorkbookIsNotAWorkbook() throws IOException {
    Path file = dir.resolve("arkiv.xlsx");
    writeZip(file, Map.of("readme.txt", "hej"));
    assertThatThrownBy(() -> XlsxRowSource.open(file, "arkiv.xlsx", Optional.empty()))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "arkiv.xlsx: is not an Excel workbook (.xlsx): it is a zip archive without a workbook"
                + " in it; save it as .xlsx or CSV")
        .hasCauseInstanceOf(RuntimeException.class);
  }

  @Test
  void formulasGiveTheirCachedValuesAndErrorsTheirText() throws IOException {
    Path file = dir.resolve("formler.xlsx");
    writeWorkbook(
        file,
        false,
        "<row r=\"2\">"
            + "<c r=\"A2\"><f>1+1</f><v>2</v></c>"
            + "<c r=\"B2\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>"
            + "<c r=\"C2\" t=\"b\"><f>TRUE()</f><v>1</v></c>"
            + "<c r=\"D2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
            + "<c r=\"E2\" t=\"e\"><v>#N/A</v></c>"
            + "<c r=\"F2\" s=\"1\"><f>TODAY()</f><v>45382</v></c>"
            + "<c r=\"G2\"><f>A2*2</f></c>"
            + "<c r=\"H2\" t=\"inlineStr\"><is><t>Ö</t></is></c>"
            + "</row>");
    try (XlsxRowSource source = XlsxRowSource.open(file, "formler.xlsx", Optional.empty())) {
      assertThat(readAll(source))
          .containsExactly(
              new RawRow(2, List.of("2", "ab", "TRUE", "#DIV/0!", "#N/A", "2024-03-31", "", "Ö")));
    }
  }

  @Test
  void builtInAndCustomFormatsDecideWhatIsADate() throws IOException {
    Path file = dir.resolve("format.xlsx");
    writeWorkbook(
        file,
        false,
        "<row r=\"1\">"
            + "<c r=\"A1\" s=\"1\"><v>45382</v></c>"
            + "<c r=\"B1\" s=\"2\"><v>45382.5</v></c>"
            + "<c r=\"C1\" s=\"3\"><v>1234.5</v></c>"
            + "<c r=\"D1\" s=\"4\"><v>45382</v></c>"
            + "<c r=\"E1\" s=\"5\"><v>0.75</v></c>"
            + "<c r=\"F1\" s=\"1\"><v>60</v></c>"
            + "<c r=\"G1\" s=\"1\"><v>61</v></c>"
            + "<c r=\"H1\" s=\"1\"><v>-5</v></c>"
            + "<c r=\"I1\" s=\"1\"><v>45382.99999999</v></c>"
            + "</row>");
    try (XlsxRowSource source = XlsxRowSource.open(file, "format.xlsx", Optional.empty())) {
      assertThat(readAll(source))
          .containsExactly(
              new RawRow(
                  1,
                  List.of(
                      "2024-03-31",
                      "2024-03-31 12:00:00",
                      "1234.5",
                      "2024-03-31",
                      "18:00:00",
                      "1900-02-29",
                      "1900-03-01",
                      "-5",
                      "2024-04-01")));
    }
  }

  @Test
  void dates1904CountFrom1904() throws IOException {
    Path file = dir.resolve("mac.xlsx");
    writeWorkbook(file, true, "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>43920</v></c></row>");
    try (XlsxRowSource source = XlsxRowSource.open(file, "mac.xlsx", Optional.empty())) {
      assertThat(readAll(source)).containsExactly(new RawRow(1, List.of("2024-03-31")));
    }
  }

  @ParameterizedTest(name = "{1} {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "true  | 14 | ",
        "true  | 22 | ",
        "true  | 45 | ",
        "false | 0  | General",
        "false | 4  | '#,##0.00'",
        "true  | 164 | yyyy-mm-dd",
        "true  | 164 | [$-41D]d mmmm yyyy",
        "true  | 164 | [h]:mm:ss",
        "true  | 164 | [mm]",
        "false | 164 | '#,##0 \"kr\"'",
        "false | 164 | '#,##0\\ \"dagar\"'",
        "false | 164 | '[$€-41D] #,##0.00'",
        "false | 164 | '0.00E+00'",
        "false | 164 | '#,##0;[Red]-#,##0'",
        "false | 164 | '0_)'",
        "false | 164 | '\\d0'",
        "false | 164 | [Red",
        "false | 164 | '\"unterminated'",
      })
  void recognisesDateFormats(boolean date, int id, @Nullable String format) {
    String unquoted = format == null ? null : format.replace("'", "");
    assertThat(XlsxCellText.isDateFormat(id, unquoted)).isEqualTo(date);
  }

  @ParameterizedTest
  @CsvSource({
    "1234.50, 1234.5",
    "45382.0, 45382",
    "1E+20, 100000000000000000000",
    "0.00, 0",
    "-0.5, -0.5",
    "1.5E-7, 0.00000015"
  })
  void numbersArePlainDecimals(String stored, String text) {
    assertThat(XlsxCellText.plain(new BigDecimal(stored))).isEqualTo(text);
  }

  /** A workbook with one sheet, written by hand to get what the fastexcel writer cannot write. */
  private static void writeWorkbook(Path file, boolean date1904, String rows) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "</Types>");
    parts.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
    parts.put(
        "xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>")
            + "<sheets><sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
            + "</workbook>");
    parts.put(
        "xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>");
    parts.put(
        "xl/styles.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"2\">"
            + "<numFmt numFmtId=\"164\" formatCode=\"[$-41D]yyyy/mm/dd\\ hh:mm\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"#,##0.00\\ &quot;kr&quot;\"/>"
            + "</numFmts>"
            + "<cellXfs count=\"6\">"
            + "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
            + "<xf numFmtId=\"165\"/><xf numFmtId=\"22\"/><xf numFmtId=\"20\"/>"
            + "</cellXfs>"
            + "</styleSheet>");
    parts.put(
        "xl/worksheets/sheet1.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData>"
            + rows
            + "</sheetData></worksheet>");
    writeZip(file, parts);
  }

  private static void writeZip(Path file, Map<String, String> parts) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }
}
