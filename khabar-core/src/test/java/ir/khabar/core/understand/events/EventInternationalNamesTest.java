package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A body the lists do not hold that names itself a world or international organisation is a side of
 * an encounter, as a listed one is; Iran's own «مجمع جهانی …» is not. Sentences written for the
 * rule.
 */
class EventInternationalNamesTest {
  @Test
  void anUnlistedWorldOrganisationVisitsIran() {
    assertThat(
            events(
                "نمایندگان سازمان جهانی مالکیت فکری هفته گذشته در سفر خود به ایران از کتابخانه"
                    + " ملی بازدید کردند."))
        .filteredOn(e -> e.type() != Event.Type.STATEMENT)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(EventScore.countries(e)).isEqualTo(Set.of("IR"));
              assertThat(e.actors())
                  .anySatisfy(a -> assertThat(a.name()).isEqualTo("سازمان جهانی مالکیت فکری"));
            });
  }

  @Test
  void iransOwnWorldForumIsNoInternationalSide() {
    assertThat(events("دبیرکل مجمع جهانی تقریب مذاهب اسلامی هفته گذشته با سفیر عراق دیدار کرد."))
        .filteredOn(e -> e.type() != Event.Type.STATEMENT)
        .allSatisfy(
            e -> assertThat(e.actors()).noneSatisfy(a -> assertThat(a.name()).contains("مجمع")));
  }
}
