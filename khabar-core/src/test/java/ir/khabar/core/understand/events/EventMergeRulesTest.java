package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.actorIds;
import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How one encounter told twice in an article becomes one event, on Persian paragraphs written for
 * it (none from a corpus): the telling kept takes the other's organisations as well as its people
 * and countries; a telling of one side never takes in one of both; one who refers to others' talks
 * is no party to them.
 */
class EventMergeRulesTest {
  @Test
  void aMergedTellingKeepsTheOrganisationThatTookPart() {
    List<Event> found =
        events(
            "محمد خاتمی درخصوص مذاکرات تهران سخن گفت.",
            "وی همچنین از سفر سولانا مسئول سیاست خارجی اتحادیه اروپا به تهران استقبال کرد.");
    assertThat(found).filteredOn(Event::isEncounter).hasSize(1);
    Event visit = found.stream().filter(Event::isEncounter).findFirst().orElseThrow();
    assertThat(actorIds(visit)).contains("country-ir", "org-eu");
  }

  @Test
  void aTellingOfOneSideTakesInNoTellingOfBoth() {
    // A gathering of one side's officials and, later, the minister's talks with his counterpart:
    // the event is the talks, told by the sentence that names both, without the gathering's host.
    List<Event> found =
        events(
            "کاظم جلالی شامگاه سه\u200cشنبه در نشست عباس عراقچی با کارکنان سفارت از همکاری یاد کرد.",
            "کاظم جلالی درباره مذاکرات ایران و روسیه گزارشی داد.",
            "عراقچی روز سه\u200cشنبه برای دیدار با سرگئی لاوروف وارد مسکو شد.");
    Event met =
        found.stream().filter(e -> actorIds(e).contains("sergey-lavrov")).findFirst().orElseThrow();
    assertThat(met.sentence()).contains("لاوروف");
    assertThat(actorIds(met)).doesNotContain("kazem-jalali");
  }

  @Test
  void oneWhoRefersToTheTalksOfOthersTookNoPart() {
    Event talks =
        events("کاظم جلالی با اشاره به مذاکرات ایران و روسیه گفت: گفتگوها سازنده بود.").get(0);
    assertThat(actorIds(talks)).contains("country-ir", "country-ru").doesNotContain("kazem-jalali");
    // his own talks, told with a possessive, are his
    Event own = events("لاوروف با اشاره به گفتگوهایش با عراقچی گفت: گفتگوها سازنده بود.").get(0);
    assertThat(actorIds(own)).contains("sergey-lavrov", "abbas-araghchi");
  }
}
