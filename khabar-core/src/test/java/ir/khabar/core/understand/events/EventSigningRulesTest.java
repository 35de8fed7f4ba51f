package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Signings, each rule on Persian sentences written for it (none from a corpus): one signed during a
 * visit or a session told in its clause is that encounter too; an agreement reached is told in
 * every person («توافق کرده‌اند»), and on «این موضوع» as well as on a topic.
 */
class EventSigningRulesTest {
  @Test
  void aSigningDuringAVisitIsTheVisitToo() {
    assertThat(
            events(
                    "در سفر رئیس جمهور ایران به هند تفاهم\u200cنامه\u200cای برای همکاری\u200cهای"
                        + " نفتی دو کشور امضا شد.")
                .stream()
                .map(Event::type))
        .containsExactlyInAnyOrder(Event.Type.AGREEMENT, Event.Type.VISIT);
  }

  @Test
  void aSigningAtTheEndOfASessionIsTheSessionToo() {
    assertThat(
            events(
                    "ایران و چین در پایان دوازدهمین نشست کمیسیون مشترک اقتصادی دو کشور یادداشت"
                        + " تفاهم همکاری امضا کردند.")
                .stream()
                .map(Event::type))
        .hasSize(2)
        .contains(Event.Type.AGREEMENT);
  }

  @Test
  void anAgreementReachedInAnyPersonOnThisMatter() {
    assertThat(
            countries(
                "وزیران خارجه ایران و ترکیه دیروز در آنکارا بر سر این موضوع توافق"
                    + " کرده\u200cاند."))
        .containsExactly(Set.of("IR", "TR"));
  }

  @Test
  void aDealReachedWithItsTermsBeforeTheVerb() {
    assertThat(
            countries(
                "وزیران خارجه فرانسه و آلمان دیروز در پاریس به توافق موقت با ایران برای"
                    + " تعلیق غنی\u200cسازی اورانیوم رسیدند."))
        .contains(Set.of("FR", "IR"), Set.of("DE", "IR"));
    assertThat(
            events(
                "آمریکا به توافقات بین\u200cالمللی که به تصویب شورای امنیت رسیده با ایران"
                    + " پایبند نیست."))
        .extracting(Event::type)
        .doesNotContain(Event.Type.AGREEMENT);
  }
}
