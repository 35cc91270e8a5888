package se.kundfokus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

  @ParameterizedTest(name = "{0} {1} ⇒ {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "ISO          | 2024-03-31                  | 2024-03-31",
        "ISO          | \" 2024-03-31 \"            | 2024-03-31",
        "ISO          | 2024-3-5                    | 2024-03-05",
        "ISO          | 2024-03-31 13:45            | 2024-03-31",
        "ISO          | 2024-03-31 13:45:10         | 2024-03-31",
        "ISO          | 2024-03-31T13:45:10         | 2024-03-31",
        "ISO          | 2024-03-31T13:45:10.250     | 2024-03-31",
        "ISO          | 2024-03-31T23:59:59.999999999Z | 2024-03-31",
        "ISO          | 2024-02-29                  | 2024-02-29",
        "ISO          | 2000-02-29                  | 2000-02-29",
        "SLASHED_ISO  | 2024/03/31                  | 2024-03-31",
        "SLASHED_ISO  | 2024/03/31 08:00            | 2024-03-31",
        "BASIC        | 20240331                    | 2024-03-31",
        "DAY_MONTH    | 31/3/2024                   | 2024-03-31",
        "DAY_MONTH    | 03/04/2024                  | 2024-04-03",
        "DAY_MONTH    | 31/03/2024 9:05             | 2024-03-31",
        "DAY_MONTH    | 31/03/2024 09:05:59         | 2024-03-31",
        "MONTH_DAY    | 3/31/2024                   | 2024-03-31",
        "MONTH_DAY    | 03/04/2024                  | 2024-03-04",
        "MONTH_DAY    | 3/31/2024 1:45 PM           | 2024-03-31",
        "MONTH_DAY    | 3/31/2024 12:00:00 am       | 2024-03-31",
        "DOTTED       | 31.3.2024                   | 2024-03-31",
        "DOTTED       | 01.12.2023                  | 2023-12-01",
        "EXCEL_SERIAL | 45382                       | 2024-03-31",
        "EXCEL_SERIAL | 45000                       | 2023-03-15",
        "EXCEL_SERIAL | 45382.573032407406          | 2024-03-31",
        "EXCEL_SERIAL | 45382,5                     | 2024-03-31",
        "EXCEL_SERIAL | 1                           | 1900-01-01",
        "EXCEL_SERIAL | 59                          | 1900-02-28",
        "EXCEL_SERIAL | 61                          | 1900-03-01",
        "EXCEL_SERIAL | 36526                       | 2000-01-01",
      })
  void parses(DateForm form, String text, String expected) {
    assertThat(form.parse(text)).isEqualTo(LocalDate.parse(expected));
    assertThat(form.matches(text)).isTrue();
  }

  @ParameterizedTest(name = "{0} rejects \"{1}\"")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "ISO          | \"\"",
        "ISO          | 2024-02-30",
        "ISO          | 2023-02-29",
        "ISO          | 1900-02-29",
        "ISO          | 2024-13-01",
        "ISO          | 2024-00-10",
        "ISO          | 2024-01-00",
        "ISO          | 24-03-31",
        "ISO          | 2024-03-31 24:00",
        "ISO          | 2024-03-31 13:60",
        "ISO          | 2024-03-31 13",
        "ISO          | 2024-03-31T13:45+01:00",
        "ISO          | 2024-03-31x",
        "ISO          | 2024/03/31",
        "ISO          | 20240331",
        "SLASHED_ISO  | 2024-03-31",
        "BASIC        | 2024033",
        "BASIC        | 202403310",
        "BASIC        | 20241301",
        "BASIC        | 2024-03-31",
        "DAY_MONTH    | 15/13/2024",
        "DAY_MONTH    | 31/4/2024",
        "DAY_MONTH    | 31/3/24",
        "DAY_MONTH    | 31/3/2024T10:00",
        "DAY_MONTH    | 31/3/2024 13:00 PM",
        "MONTH_DAY    | 31/3/2024",
        "DOTTED       | 31/3/2024",
        "DOTTED       | 31.3.2024.",
        "EXCEL_SERIAL | 0",
        "EXCEL_SERIAL | 60",
        "EXCEL_SERIAL | 60.5",
        "EXCEL_SERIAL | -1",
        "EXCEL_SERIAL | 45382.",
        "EXCEL_SERIAL | 45 382",
        "EXCEL_SERIAL | 2024-03-31",
        "EXCEL_SERIAL | 1234567",
      })
  void rejects(DateForm form, String text) {
    assertThat(form.matches(text)).isFalse();
    assertThatThrownBy(() -> form.parse(text))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("'" + text + "' is not " + DateParser.expected(form))
        .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
  }

  @Test
  void lastAcceptedSerialIsTheEndOf2200() {
    assertThat(DateForm.EXCEL_SERIAL.parse("109939")).isEqualTo(LocalDate.of(2200, 12, 31));
    assertThat(DateForm.EXCEL_SERIAL.matches("109940")).isFalse();
  }

  @Test
  void expectedTexts() {
    assertThat(DateParser.expected(DateForm.ISO)).isEqualTo("a date like 2024-03-31 (yyyy-MM-dd)");
    assertThat(DateParser.expected(DateForm.SLASHED_ISO))
        .isEqualTo("a date like 2024/03/31 (yyyy/MM/dd)");
    assertThat(DateParser.expected(DateForm.BASIC)).isEqualTo("a date like 20240331 (yyyyMMdd)");
    assertThat(DateParser.expected(DateForm.DAY_MONTH))
        .isEqualTo("a date like 31/3/2024 (d/M/yyyy)");
    assertThat(DateParser.expected(DateForm.MONTH_DAY))
        .isEqualTo("a date like 3/31/2024 (M/d/yyyy)");
    assertThat(DateParser.expected(DateForm.DOTTED)).isEqualTo("a date like 31.3.2024 (d.M.yyyy)");
    assertThat(DateParser.expected(DateForm.EXCEL_SERIAL))
        .isEqualTo("a date like 45382 (Excel serial number)");
  }

  @Test
  void examplesAreTheSameDate() {
    for (DateForm form : DateForm.values()) {
      assertThat(form.parse(form.example())).as(form.name()).isEqualTo(LocalDate.of(2024, 3, 31));
    }
  }

  @ParameterizedTest(name = "{0} ⇒ {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "yyyy-MM-dd          | ISO",
        "YYYY-MM-DD          | ISO",
        "yyyy-MM-dd HH:mm:ss | ISO",
        "yyyy/MM/dd          | SLASHED_ISO",
        "yyyyMMdd            | BASIC",
        "d/M/yyyy            | DAY_MONTH",
        "dd/mm/yyyy          | DAY_MONTH",
        "M/d/yyyy            | MONTH_DAY",
        "MM/DD/YYYY          | MONTH_DAY",
        "d.M.yyyy            | DOTTED",
        "Excel serial number | EXCEL_SERIAL",
        "excel               | EXCEL_SERIAL",
      })
  void parsesFormNames(String text, DateForm expected) {
    assertThat(DateParser.parseForm(text)).isEqualTo(expected);
  }

  @Test
  void patternsAreFormNames() {
    for (DateForm form : DateForm.values()) {
      assertThat(DateParser.parseForm(form.pattern())).isEqualTo(form);
    }
  }

  @Test
  void unknownFormNameListsTheValidOnes() {
    assertThatThrownBy(() -> DateParser.parseForm("dd-mm-yy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown date format 'dd-mm-yy' (expected one of: yyyy-MM-dd, yyyy/MM/dd, yyyyMMdd,"
                + " d/M/yyyy, M/d/yyyy, d.M.yyyy, Excel serial number)");
  }

  @Test
  void detectsIso() {
    assertThat(DateParser.detect(List.of("2024-03-31", "", "2024-04-01 10:00", "  ")))
        .isEqualTo(new DateDetection.One(DateForm.ISO));
  }

  @Test
  void detectsDayFirstWhenADayIsAbove12() {
    assertThat(DateParser.detect(List.of("03/04/2024", "15/04/2024")))
        .isEqualTo(new DateDetection.One(DateForm.DAY_MONTH));
  }

  @Test
  void detectsMonthFirstWhenADayIsAbove12() {
    assertThat(DateParser.detect(List.of("03/04/2024", "04/15/2024")))
        .isEqualTo(new DateDetection.One(DateForm.MONTH_DAY));
  }

  @Test
  void columnWithoutDayAbove12IsAmbiguous() {
    DateDetection detection = DateParser.detect(List.of("03/04/2024", "12/01/2024", "1/2/2023"));
    assertThat(detection)
        .isEqualTo(new DateDetection.Ambiguous(List.of(DateForm.DAY_MONTH, DateForm.MONTH_DAY)));
    assertThat(((DateDetection.Ambiguous) detection).advice())
        .isEqualTo(
            "every value reads as d/M/yyyy and as M/d/yyyy; choose with --date-format d/M/yyyy"
                + " or --date-format M/d/yyyy");
  }

  @Test
  void detectsOtherForms() {
    assertThat(DateParser.detect(List.of("2024/03/31")))
        .isEqualTo(new DateDetection.One(DateForm.SLASHED_ISO));
    assertThat(DateParser.detect(List.of("20240331", "19991231")))
        .isEqualTo(new DateDetection.One(DateForm.BASIC));
    assertThat(DateParser.detect(List.of("31.3.2024", "1.4.2024")))
        .isEqualTo(new DateDetection.One(DateForm.DOTTED));
    assertThat(DateParser.detect(List.of("45000", "45382.5", "20000", "80000")))
        .isEqualTo(new DateDetection.One(DateForm.EXCEL_SERIAL));
  }

  @Test
  void serialsOutsideThePlausibleRangeAreNotDates() {
    DateDetection detection = DateParser.detect(List.of("45000", "19999"));
    assertThat(detection)
        .isEqualTo(
            new DateDetection.None(
                "19999", Optional.of(DateForm.EXCEL_SERIAL), List.of(DateForm.values())));
    assertThat(DateParser.detect(List.of("80001"))).isInstanceOf(DateDetection.None.class);
  }

  @Test
  void blankColumnIsIso() {
    assertThat(DateParser.detect(List.of("", " "))).isEqualTo(new DateDetection.One(DateForm.ISO));
    assertThat(DateParser.detect(List.of())).isEqualTo(new DateDetection.One(DateForm.ISO));
  }

  @Test
  void noFormNamesTheValueAndWhatWasTried() {
    DateDetection detection = DateParser.detect(List.of("", "snart", "ibland"));
    assertThat(detection)
        .isEqualTo(new DateDetection.None("snart", Optional.empty(), List.of(DateForm.values())));
    assertThat(((DateDetection.None) detection).problem())
        .isEqualTo(
            "is not a date (tried yyyy-MM-dd, yyyy/MM/dd, yyyyMMdd, d/M/yyyy, M/d/yyyy, d.M.yyyy,"
                + " Excel serial number)");
  }

  @Test
  void mixedColumnNamesTheFirstValueUnlikeTheOthers() {
    DateDetection detection =
        DateParser.detect(List.of("2024-03-31", "2024-04-01", "2024-02-30", "31/03/2024"));
    assertThat(detection)
        .isEqualTo(
            new DateDetection.None(
                "2024-02-30", Optional.of(DateForm.ISO), List.of(DateForm.values())));
    assertThat(((DateDetection.None) detection).problem())
        .isEqualTo(
            "is not a date (expected a date like 2024-03-31 (yyyy-MM-dd), as the other values)");
  }

  @Test
  void dayAndMonthMixedBothWaysIsNoForm() {
    assertThat(DateParser.detect(List.of("15/04/2024", "04/15/2024")))
        .isInstanceOf(DateDetection.None.class);
  }
}
