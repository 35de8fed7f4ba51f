package ir.khabar.core.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.persian.date.JalaliDate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlDatesTest {
  /** "Today" is fixed, so that the test does not change with the calendar. */
  private final UrlDates dates =
      new UrlDates(Clock.fixed(Instant.parse("2025-12-17T04:10:00Z"), ZoneOffset.UTC));

  private String jalali(String url) {
    return dates.of(url).map(d -> JalaliDate.of(d).toString()).orElse("none");
  }

  @ParameterizedTest
  @CsvSource({
    // the two Fars links, long and short id
    "https://www.farsnews.ir/news/13941029001623, 1394-10-29",
    "https://www.farsnews.ir/news/8809120951, 1388-09-12",
    // a real Fars link whose slug holds '|' and a ZWNJ: the path is read as written
    "'https://www.farsnews.ir/news/13980624000519/والیبال-قهرمانی-اروپا|-کونارسکی-در-گام-اول-فوق\u200cالعاده-نبودیم-', 1398-06-24",
    "https://www.farsnews.ir/news/14000424000048/slug, 1400-04-24",
    "https://www.farsnews.ir/news/8201230001, 1382-01-23",
    // year/month/day folders, Jalali and Gregorian
    "https://www.tasnimnews.com/fa/news/1402/05/12/2935812/عنوان, 1402-05-12",
    "https://example.ir/1402/5/2/news.html, 1402-05-02",
  })
  void readsTheDayALinkEncodes(String url, String expected) {
    assertThat(jalali(url)).isEqualTo(expected);
  }

  @Test
  void gregorianFoldersAreGregorianDays() {
    assertThat(dates.of("https://www.bbc.com/persian/2021/03/05/iran-news"))
        .contains(LocalDate.of(2021, 3, 5));
    assertThat(jalali("https://www.bbc.com/persian/2021/03/05/iran-news")).isEqualTo("1399-12-15");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // 1360/10/06: Fars did not exist and no news site did; such ids are not dates
        "https://www.farsnews.ir/news/6010060837",
        // no 31st day in Esfand, no 13th month
        "https://www.farsnews.ir/news/13941231001623",
        "https://www.farsnews.ir/news/13941329001623",
        // after "today" (1404-09-26)
        "https://www.farsnews.ir/news/14050101000001",
        // a sequential id, a bare site, a date in the query string or the host only
        "https://www.mehrnews.com/news/5843210/عنوان",
        "https://www.irna.ir/",
        "https://example.ir/news?date=1402/05/12",
        "https://1402.example.ir/a",
        "",
      })
  void aLinkWithoutAPlausibleDayGivesNone(String url) {
    assertThat(dates.of(url)).isEqualTo(Optional.empty());
  }

  @Test
  void noLinkNoDate() {
    assertThat(dates.of(null)).isEmpty();
  }
}
