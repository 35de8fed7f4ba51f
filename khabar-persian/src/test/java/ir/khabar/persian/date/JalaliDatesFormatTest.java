package ir.khabar.persian.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JalaliDatesFormatTest {
  private static final LocalDate AZAR_26 = LocalDate.of(2025, 12, 17);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1404-09-26",
        "1404/9/26",
        "۱۴۰۴/۰۹/۲۶",
        "١٤٠٤-٠٩-٢٦",
        "1404.09.26",
        " ۱۴۰۴-۹-۲۶ ",
        "\u200f۱۴۰۴/۰۹/۲۶",
        "2025-12-17",
        "۲۰۲۵-۱۲-۱۷"
      })
  void parsesDateArguments(String arg) {
    assertThat(JalaliDates.parseDateArgument(arg)).contains(AZAR_26);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "hello",
        "1404-09",
        "1404-13-01",
        "1402-12-30",
        "1404/07/31",
        "2025-02-29",
        "2025-13-01",
        "1404-09/26",
        "14040926",
        "1404-09-26x"
      })
  void rejectsBadDateArguments(String arg) {
    assertThat(JalaliDates.parseDateArgument(arg)).isEmpty();
  }

  @Test
  void nullArgumentIsEmpty() {
    assertThat(JalaliDates.parseDateArgument(null)).isEmpty();
  }

  @Test
  void leapDayArgument() {
    assertThat(JalaliDates.parseDateArgument("۱۴۰۳/۱۲/۳۰")).contains(LocalDate.of(2025, 3, 20));
  }

  @Test
  void formatsDate() {
    assertThat(JalaliDates.formatDate(AZAR_26)).isEqualTo("۲۶ آذر ۱۴۰۴");
    assertThat(JalaliDates.formatDate(LocalDate.of(2021, 3, 21))).isEqualTo("۱ فروردین ۱۴۰۰");
  }

  @Test
  void formatsDateTimeInTehran() {
    ZonedDateTime t = ZonedDateTime.of(AZAR_26, LocalTime.of(7, 40), JalaliDates.TEHRAN);
    assertThat(JalaliDates.formatDateTime(t)).isEqualTo("چهارشنبه ۲۶ آذر ۱۴۰۴، ساعت ۰۷:۴۰");
    ZonedDateTime utc = t.withZoneSameInstant(ZoneOffset.UTC);
    assertThat(JalaliDates.formatDateTime(utc)).isEqualTo("چهارشنبه ۲۶ آذر ۱۴۰۴، ساعت ۰۷:۴۰");
  }

  @Test
  void formatsDateTimeAcrossMidnightInTehran() {
    ZonedDateTime lateUtc = OffsetDateTime.parse("2025-12-16T21:00:00Z").toZonedDateTime();
    assertThat(JalaliDates.formatDateTime(lateUtc)).isEqualTo("چهارشنبه ۲۶ آذر ۱۴۰۴، ساعت ۰۰:۳۰");
  }

  @Test
  void formatsIsoWithTehranOffset() {
    ZonedDateTime t = LocalDateTime.of(2025, 12, 17, 7, 40).atZone(JalaliDates.TEHRAN);
    assertThat(JalaliDates.formatIso(t)).isEqualTo("1404-09-26T07:40:00+03:30");
  }

  @Test
  void isoOffsetBeforeAndAfterDstAbolition() {
    ZonedDateTime summer1400 = LocalDateTime.of(2021, 7, 1, 12, 0).atZone(JalaliDates.TEHRAN);
    ZonedDateTime summer1402 = LocalDateTime.of(2023, 7, 1, 12, 0).atZone(JalaliDates.TEHRAN);
    assertThat(JalaliDates.formatIso(summer1400)).isEqualTo("1400-04-10T12:00:00+04:30");
    assertThat(JalaliDates.formatIso(summer1402)).isEqualTo("1402-04-10T12:00:00+03:30");
  }

  @Test
  void weekdayNames() {
    assertThat(JalaliDates.weekdayName(DayOfWeek.SATURDAY)).isEqualTo("شنبه");
    assertThat(JalaliDates.weekdayName(DayOfWeek.SUNDAY)).isEqualTo("یکشنبه");
    assertThat(JalaliDates.weekdayName(DayOfWeek.MONDAY)).isEqualTo("دوشنبه");
    assertThat(JalaliDates.weekdayName(DayOfWeek.TUESDAY)).isEqualTo("سه\u200cشنبه");
    assertThat(JalaliDates.weekdayName(DayOfWeek.WEDNESDAY)).isEqualTo("چهارشنبه");
    assertThat(JalaliDates.weekdayName(DayOfWeek.THURSDAY)).isEqualTo("پنج\u200cشنبه");
    assertThat(JalaliDates.weekdayName(DayOfWeek.FRIDAY)).isEqualTo("جمعه");
  }
}
