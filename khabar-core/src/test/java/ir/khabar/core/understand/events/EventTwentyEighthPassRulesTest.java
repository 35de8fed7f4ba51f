package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import org.junit.jupiter.api.Test;

/**
 * The events' twenty-eighth pass (twenty-second session): recall on ordinary news, encounters the
 * extractor did not report at all; sentences written for the rule or from the Hamshahri and Fars
 * development texts, each rule beside a case it must leave alone.
 */
class EventTwentyEighthPassRulesTest {
  @Test
  void theNounRavandIsNoSubjunctiveThatUndoesTheClause() {
    // «روند» (process) is a noun: talks on the peace process were held.
    assertThat(
            events(
                "وزیران خارجه ایران و ترکیه در تهران درباره روند صلح در منطقه گفت\u200cوگو کردند."))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(Event.Type.TALKS));
    assertThat(
            events(
                "نخست وزیر پاکستان افزود: ما در حال برگزاری مذاکرات متعددی با آژانس بین\u200cالمللی"
                    + " انرژی اتمی هستیم که بخشی از روند همکاری با این آژانس است."))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(Event.Type.TALKS));
    // «بروند» is still the subjunctive: talks asked for are none.
    assertThat(
            events(
                "وزیر خارجه ترکیه از وزیران اروپایی خواست تا برای گفت\u200cوگو با وی به آنکارا بروند."))
        .isEmpty();
  }

  @Test
  void aVerbFormAfterAPrepositionIsANounAndEndsNoClause() {
    // «درباره پرداخت …», «برای ساخت …»: payment and building, not verbs that cut the clause.
    assertThat(
            events(
                "وزیران نفت ایران و ترکمنستان درباره پرداخت بدهی\u200cهای گازی در عشق آباد"
                    + " گفت\u200cوگو کردند."))
        .singleElement()
        .satisfies(e -> assertThat(e.place().name()).isEqualTo("عشق\u200cآباد"));
    // A verb after its object still ends the clause: the talks said to be planned are none.
    assertThat(
            events(
                "سخنگوی دولت گفت وزیران ایران و ترکمنستان برای پرداخت بدهی\u200cها گفت\u200cوگو"
                    + " خواهند کرد."))
        .isEmpty();
  }

  @Test
  void aBareOfficeRightAfterTheEncounterWordIsIransSide() {
    // «تماس تلفنی رئیس جمهور با پوتین»: the president is Iran's, the encounter's own.
    assertThat(events("روسیه پس از تماس تلفنی رئیس جمهور با پوتین تلاش زیادی کرد."))
        .singleElement()
        .satisfies(e -> assertThat(EventScore.countries(e)).containsExactlyInAnyOrder("IR", "RU"));
    // With an honorific inside the office («ریاست محترم جمهور»), as Fars writes it.
    assertThat(events("روسیه پس از تماس تلفنی ریاست محترم جمهور با پوتین تلاش زیادی کرد."))
        .singleElement()
        .satisfies(e -> assertThat(EventScore.countries(e)).containsExactlyInAnyOrder("IR", "RU"));
    assertThat(events("سفر رئیس جمهور به هند با استقبال مقامات این کشور همراه بود."))
        .singleElement()
        .satisfies(e -> assertThat(EventScore.countries(e)).containsExactlyInAnyOrder("IR", "IN"));
    // An office the article named with another state is that state's.
    assertThat(
            events(
                "رئیس جمهور روسیه امروز به چین رفت.",
                "سفر رئیس جمهور به پکن سه روز طول می\u200cکشد."))
        .allSatisfy(e -> assertThat(EventScore.countries(e)).doesNotContain("IR"));
  }
}
