package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where an encounter happened, each rule on Persian sentences written for it (none from a corpus):
 * a place a visit saw after «از» («دیدار کوتاهی از بغداد», «از قاهره دیدن کرد») is where it was; a
 * place in what someone then says is not.
 */
class EventPlaceRulesTest {
  private static String place(Event e) {
    return e.place() == null ? null : e.place().id();
  }

  @Test
  void aPlaceAVisitSawIsWhereItWas() {
    List<Event> baghdad =
        events(
            "وزیر امور خارجه ایتالیا دیروز دیدار کوتاهی از بغداد انجام داد و با همتای عراقی خود"
                + " کنفرانس خبری مشترک برگزار کرد.");
    assertThat(baghdad).extracting(EventPlaceRulesTest::place).containsOnly("capital-iq");
  }

  @Test
  void aPlaceSaidAfterTheMeetingIsNotWhereItWas() {
    List<Event> said =
        events(
            "نخست وزیر اسرائیل دیروز در دیدار با یک سناتور آمریکایی گفت: آماده‌ام به دمشق سفر کنم.");
    assertThat(said).extracting(EventPlaceRulesTest::place).doesNotContain("capital-sy");
  }
}
