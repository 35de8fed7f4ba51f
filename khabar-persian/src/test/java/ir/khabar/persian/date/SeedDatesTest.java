package ir.khabar.persian.date;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.testing.Required;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The date forms of the five seed pages in shared/corpus/seeds, read from the files. */
class SeedDatesTest {

  private static String seed(String prefix) throws IOException {
    Path dir = SharedData.seeds();
    try (var files = Files.list(dir)) {
      Optional<Path> p =
          files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst();
      Required.that(p.isPresent(), "no seed " + prefix);
      return Files.readString(p.get());
    }
  }

  private static DateMention mentionOf(String text, LocalDate ref, String expression) {
    List<DateMention> all = JalaliDates.findAll(text, ref);
    return all.stream()
        .filter(m -> text.substring(m.start(), m.end()).equals(expression))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not found: " + expression + " in " + all));
  }

  @Test
  void seed000NumericJalali() throws IOException {
    String text = seed("000_");
    assertThat(mentionOf(text, null, "۱۳۸۲/۱۰/۱۷").date()).isEqualTo(LocalDate.of(2004, 1, 7));
  }

  @Test
  void seed001GregorianAndYearless() throws IOException {
    String text = seed("001_");
    LocalDate ref = LocalDate.of(2025, 10, 22);
    assertThat(mentionOf(text, ref, "2025-10-22").date()).isEqualTo(ref);
    assertThat(mentionOf(text, ref, "۳۰ مهر").date()).isEqualTo(ref);
    assertThat(mentionOf(text, ref, "یکم آبان ماه").date()).isEqualTo(ref.plusDays(1));
    assertThat(mentionOf(text, ref, "عصر امروز").relative()).isTrue();
  }

  @Test
  void seed002RelativeWithWeekday() throws IOException {
    String text = seed("002_");
    LocalDate ref = LocalDate.of(2022, 5, 17);
    DateMention m = mentionOf(text, ref, "عصر امروز (سه شنبه)");
    assertThat(m.date()).isEqualTo(ref);
    assertThat(m.relative()).isTrue();
  }

  @Test
  void seed003HeaderDateAndMonthWithMah() throws IOException {
    String text = seed("003_");
    LocalDate ref = LocalDate.of(2025, 12, 17);
    DateMention header = JalaliDates.findFirst(text, ref).orElseThrow();
    assertThat(text.substring(header.start(), header.end()))
        .isEqualTo("چهارشنبه 26 آذر 1404 - 07:40");
    assertThat(header.inTehran().toOffsetDateTime())
        .isEqualTo(OffsetDateTime.parse("2025-12-17T07:40+03:30"));
    assertThat(mentionOf(text, ref, "۲۱ آذرماه ۱۴۰۴").date()).isEqualTo(LocalDate.of(2025, 12, 12));
    assertThat(mentionOf(text, ref, "شامگاه سهشنبه").date()).isEqualTo(LocalDate.of(2025, 12, 16));
    assertThat(JalaliDates.findAll(text, ref))
        .noneMatch(m -> text.substring(m.start(), m.end()).contains("۱۴۰۵"));
  }

  @Test
  void seed004TimeBeforeDateInDst() throws IOException {
    String text = seed("004_");
    DateMention m = mentionOf(text, null, "۰۹:۴۲ ۱۷ فروردين ۱۴۰۰");
    assertThat(m.inTehran().toOffsetDateTime())
        .isEqualTo(OffsetDateTime.parse("2021-04-06T09:42+04:30"));
  }
}
