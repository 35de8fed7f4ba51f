package ir.khabar.persian.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JalaliDatesFindTest {
  private static final LocalDate REF = LocalDate.of(2025, 12, 17); // Wednesday 26 Azar 1404

  private static DateMention only(String text, LocalDate reference) {
    List<DateMention> all = JalaliDates.findAll(text, reference);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static String covered(String text, DateMention m) {
    return text.substring(m.start(), m.end());
  }

  @Test
  void weekdayDateYearAndTime() {
    String text = "خبر\nچهارشنبه 26 آذر 1404 - 07:40\n\nمتن";
    DateMention m = only(text, null);
    assertThat(covered(text, m)).isEqualTo("چهارشنبه 26 آذر 1404 - 07:40");
    assertThat(m.inTehran().toOffsetDateTime())
        .isEqualTo(OffsetDateTime.parse("2025-12-17T07:40+03:30"));
    assertThat(m.yearImplied()).isFalse();
    assertThat(m.relative()).isFalse();
  }

  @Test
  void timeBeforeDateWithArabicYehAndDst() {
    String text = "تاریخ انتشار: ۰۹:۴۲ ۱۷ فروردين ۱۴۰۰";
    DateMention m = only(text, null);
    assertThat(covered(text, m)).isEqualTo("۰۹:۴۲ ۱۷ فروردين ۱۴۰۰");
    assertThat(m.inTehran().toOffsetDateTime())
        .isEqualTo(OffsetDateTime.parse("2021-04-06T09:42+04:30"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"سه\u200cشنبه", "سه شنبه", "سهشنبه", "سه\u00a0شنبه"})
  void weekdaySpellingsAndContradictingWeekday(String weekday) {
    String text = weekday + " ۲۶ آذر ۱۴۰۴";
    DateMention m = only(text, null);
    assertThat(m.start()).isZero();
    assertThat(m.date()).isEqualTo(REF); // a Wednesday: the date wins
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "۲۱ آذرماه ۱۴۰۴",
        "۲۱ آذر ماه ۱۴۰۴",
        "۲۱ آذر\u200cماه ۱۴۰۴",
        "21 آذر 1404",
        "٢١ آذر ١٤٠٤",
        "۲۱ آذر سال ۱۴۰۴",
        "۲۱ آذر، ۱۴۰۴",
        "بیست و یکم آذر ۱۴۰۴",
        "بیست\u200cویکم آذر ۱۴۰۴",
        "\u200f۲۱\u200f آذر ۱۴۰۴"
      })
  void dayMonthYearForms(String text) {
    DateMention m = only(text, null);
    assertThat(m.date()).isEqualTo(LocalDate.of(2025, 12, 12));
    assertThat(m.end()).isEqualTo(text.length());
    assertThat(m.time()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"۱۳۸۲/۱۰/۱۷", "1382-10-17", "1382/10/17", "١٣٨٢/١٠/١٧"})
  void numericJalali(String date) {
    String text = "مصوب " + date + " مجلس";
    DateMention m = only(text, null);
    assertThat(covered(text, m)).isEqualTo(date);
    assertThat(m.date()).isEqualTo(LocalDate.of(2004, 1, 7));
  }

  @Test
  void numericJalaliShortFieldsAndTime() {
    DateMention m = only("1400/1/7 ساعت 10:15:30", null);
    assertThat(m.date()).isEqualTo(LocalDate.of(2021, 3, 27));
    assertThat(m.time()).isEqualTo(LocalTime.of(10, 15, 30));
  }

  @Test
  void gregorianIsoDate() {
    String text = " date 2025-10-22 دومین نشست";
    DateMention m = only(text, null);
    assertThat(covered(text, m)).isEqualTo("2025-10-22");
    assertThat(m.date()).isEqualTo(LocalDate.of(2025, 10, 22));
  }

  @Test
  void isoOffsetDateTimeIsConvertedToTehran() {
    DateMention m = only("published 2025-10-22T04:10:00Z here", null);
    assertThat(m.date()).isEqualTo(LocalDate.of(2025, 10, 22));
    assertThat(m.time()).isEqualTo(LocalTime.of(7, 40));
    DateMention n = only("2025-10-22T07:40:00+03:30", null);
    assertThat(n.inTehran().toOffsetDateTime().getOffset()).isEqualTo(ZoneOffset.of("+03:30"));
    assertThat(n.time()).isEqualTo(LocalTime.of(7, 40));
  }

  @Test
  void yearlessDatesNearTheReference() {
    String text = "مشهد در روزهای ۳۰ مهر و یکم آبان ماه میزبان";
    LocalDate ref = LocalDate.of(2025, 10, 22);
    List<DateMention> all = JalaliDates.findAll(text, ref);
    assertThat(all).extracting(m -> covered(text, m)).containsExactly("۳۰ مهر", "یکم آبان ماه");
    assertThat(all)
        .extracting(DateMention::date)
        .containsExactly(LocalDate.of(2025, 10, 22), LocalDate.of(2025, 10, 23));
    assertThat(all).allMatch(DateMention::yearImplied);
  }

  @Test
  void yearlessDateLaterThanAWeekIsLastYear() {
    DateMention m = only("از ۶ اسفند", LocalDate.of(2021, 1, 5));
    assertThat(m.date()).isEqualTo(LocalDate.of(2020, 2, 25));
  }

  @Test
  void yearlessLeapDayFindsALeapYear() {
    DateMention m = only("۳۰ اسفند", LocalDate.of(2025, 6, 1));
    assertThat(m.date()).isEqualTo(LocalDate.of(2025, 3, 20));
  }

  @Test
  void yearlessAndRelativeNeedAReference() {
    assertThat(JalaliDates.findAll("۳۰ مهر و امروز و روز سه\u200cشنبه", null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "اول",
        "یکم",
        "دوم",
        "سوم",
        "دهم",
        "پانزدهم",
        "بیستم",
        "سی\u200cام",
        "سی ام",
        "سیام",
        "سی و یکم",
        "هجدهم",
        "هیجدهم"
      })
  void ordinalDays(String ordinal) {
    DateMention m = only(ordinal + " مرداد ۱۴۰۳", null);
    assertThat(m.date().getMonthValue()).isIn(7, 8);
    assertThat(JalaliDate.of(m.date()).day()).isEqualTo(PersianNames.ordinal(ordinal));
  }

  @Test
  void relativeWordsUseTheReference() {
    String text = "عصر امروز (سه شنبه) و دیروز و فردا و صبح امروز";
    LocalDate ref = LocalDate.of(2022, 5, 17);
    List<DateMention> all = JalaliDates.findAll(text, ref);
    assertThat(all)
        .extracting(m -> covered(text, m))
        .containsExactly("عصر امروز (سه شنبه)", "دیروز", "فردا", "صبح امروز");
    assertThat(all)
        .extracting(DateMention::date)
        .containsExactly(ref, ref.minusDays(1), ref.plusDays(1), ref);
    assertThat(all).allMatch(DateMention::relative);
  }

  @Test
  void relativeWeekdays() {
    String text = "کاظم جلالی شامگاه سهشنبه در نشست و روز سه\u200cشنبه و پنج شنبه گذشته";
    List<DateMention> all = JalaliDates.findAll(text, REF);
    assertThat(all)
        .extracting(m -> covered(text, m))
        .containsExactly("شامگاه سهشنبه", "روز سه\u200cشنبه", "پنج شنبه گذشته");
    assertThat(all)
        .extracting(DateMention::date)
        .containsExactly(
            LocalDate.of(2025, 12, 16), LocalDate.of(2025, 12, 16), LocalDate.of(2025, 12, 11));
  }

  @Test
  void weekdayOnTheReferenceDayIsThatDay() {
    assertThat(only("روز چهارشنبه", REF).date()).isEqualTo(REF);
  }

  @Test
  void datedWeekdayIsNotAlsoRelative() {
    String text = "شامگاه سه\u200cشنبه ۲۵ آذر ۱۴۰۴";
    DateMention m = only(text, REF);
    assertThat(m.relative()).isFalse();
    assertThat(m.date()).isEqualTo(LocalDate.of(2025, 12, 16));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "در سال ۱۴۰۵ به میزبانی",
        "نتیجه ۳-۲ شد",
        "تلفن ۰۲۱-۸۸۸۸۱۲۳۴",
        "۰۹۱۲-۱۲۳-۴۵۶۷",
        "۱۲ سفیر ایران",
        "سال\u200cهای ۲۰۲۳ تا ۲۰۲۶",
        "سفر به آذربایجان",
        "۳۱ مهر ۱۴۰۴",
        "1402/12/30",
        "1404-13-01",
        "12345-10-10",
        "ساعت ۱۰:۳۰",
        "۱۲۳۴۵۶۷۸۹",
        "۲۵:۳۰",
        "امروزه مردم",
        "فردای آن روز",
        "۵ تیرانداز",
        "1600/01/01"
      })
  void ignoresNonDates(String text) {
    assertThat(JalaliDates.findAll(text, REF)).isEmpty();
  }

  @Test
  void monthDeyIsNotReadInsideAWord() {
    DateMention m = only("۵ دیروز", REF);
    assertThat(m.relative()).isTrue();
    assertThat(m.start()).isEqualTo(2);
  }

  @Test
  void offsetsPointIntoTheOriginalTextDespiteDroppedMarks() {
    String text = "\u200f\u200fدر \u061c۲۶ آذر ۱۴۰۴\u200e پایان";
    DateMention m = only(text, null);
    assertThat(covered(text, m)).isEqualTo("۲۶ آذر ۱۴۰۴");
  }

  @Test
  void mentionsComeInTextOrder() {
    String text = "دیروز ۲۱ آذر ۱۴۰۴ و 2025-10-22 و ۱۴۰۴/۰۹/۲۶";
    assertThat(JalaliDates.findAll(text, REF)).extracting(DateMention::start).isSorted().hasSize(4);
    assertThat(JalaliDates.findFirst(text, REF)).map(DateMention::date).contains(REF.minusDays(1));
  }

  @Test
  void emptyText() {
    assertThat(JalaliDates.findAll("", REF)).isEmpty();
    assertThat(JalaliDates.findFirst("متن بی تاریخ", REF)).isEmpty();
  }

  @Test
  void inTehranUsesMidnightWithoutTime() {
    DateMention m = only("۱۴۰۴/۰۹/۲۶", null);
    assertThat(m.inTehran().toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(m.inTehran().getZone()).isEqualTo(JalaliDates.TEHRAN);
  }

  @Test
  void tehranOffsetBeforeAndAfterDstAbolition() {
    assertThat(only("۱۵ تیر ۱۴۰۰ ساعت ۱۲:۰۰", null).inTehran().getOffset())
        .isEqualTo(ZoneOffset.of("+04:30"));
    assertThat(only("۱۵ تیر ۱۴۰۲ ساعت ۱۲:۰۰", null).inTehran().getOffset())
        .isEqualTo(ZoneOffset.of("+03:30"));
  }
}
