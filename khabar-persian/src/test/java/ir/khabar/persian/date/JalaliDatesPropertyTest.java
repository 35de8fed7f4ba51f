package ir.khabar.persian.date;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.api.Assertions;

class JalaliDatesPropertyTest {
  private static final long FIRST = LocalDate.of(1900, 1, 1).toEpochDay();
  private static final long LAST = LocalDate.of(2100, 12, 31).toEpochDay();

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs().between(FIRST, LAST).map(LocalDate::ofEpochDay);
  }

  @Property(tries = 2000)
  void jalaliRoundTrips(@ForAll("days") LocalDate d) {
    Assertions.assertThat(JalaliDate.of(d).toLocalDate()).isEqualTo(d);
  }

  @Property(tries = 1000)
  void formattedDateParsesBack(@ForAll("days") LocalDate d) {
    String text = JalaliDates.formatDate(d);
    Assertions.assertThat(JalaliDates.findFirst(text, null))
        .hasValueSatisfying(
            m -> {
              Assertions.assertThat(m.date()).isEqualTo(d);
              Assertions.assertThat(m.start()).isZero();
              Assertions.assertThat(m.end()).isEqualTo(text.length());
            });
  }

  @Property(tries = 500)
  void formattedDateTimeParsesBack(@ForAll("days") LocalDate d) {
    String text = JalaliDates.formatDateTime(d.atTime(13, 5).atZone(JalaliDates.TEHRAN));
    Assertions.assertThat(JalaliDates.findFirst(text, null))
        .hasValueSatisfying(
            m ->
                Assertions.assertThat(m.inTehran())
                    .isEqualTo(d.atTime(13, 5).atZone(JalaliDates.TEHRAN)));
  }
}
