package ir.khabar.core.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.persian.date.JalaliDate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNameDatesTest {
  /** "Today" is fixed, so that the test does not change with the calendar. */
  private final FileNameDates dates =
      new FileNameDates(Clock.fixed(Instant.parse("2025-12-17T04:10:00Z"), ZoneOffset.UTC));

  private String jalali(String path) {
    return dates.of(path).map(d -> JalaliDate.of(d).toString()).orElse("none");
  }

  @ParameterizedTest
  @CsvSource({
    // Hamshahri's archive: a Jalali day without its «13», then a counter
    "docs/2003/HAM2-811011-007.ham, 1381-10-11",
    "HAM2-840226-110.ham, 1384-02-26",
    // a year, month and day apart or together, Jalali and Gregorian
    "archive/1402-05-12-talks.txt, 1402-05-12",
    "news_1402_5_2.html, 1402-05-02",
    "report-2021-03-05.txt, 1399-12-15",
    "14030105-isna.txt, 1403-01-05",
    "C:\\\\news\\\\20240501_irna.txt, 1403-02-12",
  })
  void readsTheDayAFileNameEncodes(String path, String expected) {
    assertThat(jalali(path)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // ids that are no day: month 34; a hexadecimal id; a day after today; before the web
        "news-123456.txt",
        "000_21a51034a4aa8f1b.txt",
        "a7812150b.txt",
        "1405-01-01.txt",
        "HAM2-551011-007.ham",
        "",
      })
  void leavesANameThatHoldsNoDayUndated(String path) {
    assertThat(jalali(path)).isEqualTo("none");
  }

  @Test
  void readsTheNameNotTheFolders() {
    assertThat(jalali("2021-03-05/story.txt")).isEqualTo("none");
    assertThat(jalali("/data/811011/notes.txt")).isEqualTo("none");
  }
}
