package ir.khabar.persian.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JalaliDateTest {

  @ParameterizedTest
  @CsvSource({
    "1403, 1, 1, 2024-03-20", // Nowruz 1403
    "1404, 1, 1, 2025-03-21", // Nowruz 1404
    "1403, 12, 30, 2025-03-20", // 1403 is leap
    "1402, 12, 29, 2024-03-19",
    "1404, 9, 26, 2025-12-17",
    "1382, 10, 17, 2004-01-07",
    "1400, 1, 17, 2021-04-06",
    "1404, 7, 30, 2025-10-22",
    "1404, 8, 1, 2025-10-23",
    "1278, 10, 11, 1900-01-01",
  })
  void convertsBothWays(int y, int m, int d, LocalDate gregorian) {
    JalaliDate j = new JalaliDate(y, m, d);
    assertThat(j.toLocalDate()).isEqualTo(gregorian);
    assertThat(JalaliDate.of(gregorian)).isEqualTo(j);
  }

  @ParameterizedTest
  @CsvSource({
    "1402, 12, 30",
    "1404, 12, 30",
    "1404, 7, 31",
    "1404, 13, 1",
    "1404, 0, 1",
    "1404, 1, 0",
    "1404, 1, 32"
  })
  void rejectsImpossibleDates(int y, int m, int d) {
    assertThatThrownBy(() -> new JalaliDate(y, m, d)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void firstSixMonthsHave31Days() {
    assertThat(new JalaliDate(1404, 6, 31).toLocalDate()).isEqualTo(LocalDate.of(2025, 9, 22));
    assertThat(new JalaliDate(1404, 7, 1).toLocalDate()).isEqualTo(LocalDate.of(2025, 9, 23));
  }

  @Test
  void monthNames() {
    assertThat(new JalaliDate(1404, 9, 26).monthName()).isEqualTo("آذر");
    assertThat(JalaliDate.monthName(1)).isEqualTo("فروردین");
    assertThat(JalaliDate.monthName(2)).isEqualTo("اردیبهشت");
    assertThat(JalaliDate.monthName(12)).isEqualTo("اسفند");
    assertThatThrownBy(() -> JalaliDate.monthName(13)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void printsAsIsoLikeJalali() {
    assertThat(new JalaliDate(1400, 1, 7)).hasToString("1400-01-07");
  }
}
