package ir.khabar.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An exported event's {@code who} is the first actor's side, its country's own people with it:
 * Iran's foreign minister is never among Iran's counterparts.
 */
class EventExportSidesTest {
  @Test
  void aCountrysOwnPeopleAreOnItsSide() {
    Event talks =
        new Event(
            Event.Type.TALKS,
            List.of(
                new Event.Actor("country-ir", "ایران", Entity.Type.COUNTRY),
                new Event.Actor("sergey-lavrov", "سرگئی لاوروف", Entity.Type.PERSON),
                new Event.Actor("country-ru", "روسیه", Entity.Type.COUNTRY),
                new Event.Actor("abbas-araghchi", "عباس عراقچی", Entity.Type.PERSON)),
            null,
            null,
            List.of(),
            "عراقچی و لاوروف در مسکو گفت\u200cوگو کردند.");
    Map<String, Object> row =
        EventExport.row(
            talks, Article.builder().id("a").title("گفت\u200cوگوی تهران و مسکو").build());
    assertThat(row.get("who")).isEqualTo("ایران، عباس عراقچی");
    assertThat(row.get("whom")).isEqualTo(List.of("سرگئی لاوروف", "روسیه"));
  }
}
