package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events' thirty-second pass (twenty-ninth session): a party told by a pronoun is the subject
 * of the sentence before, as the entities' pronouns read it; «ما» said is the speaker's side.
 * Sentences written for the rules.
 */
class EventThirtySecondPassRulesTest {
  @Test
  void aPronounsPartyIsTheSubjectOfTheSentenceBefore() {
    assertThat(
            countries(
                "سعود الفیصل وزیر خارجه عربستان از صدام حسین انتقاد کرد. وی امروز در ریاض با وزیر"
                    + " خارجه اردن دیدار کرد."))
        .containsExactly(Set.of("SA", "JO"));
    // a sentence naming no one keeps the subject named before it
    assertThat(
            countries(
                "سعود الفیصل وزیر خارجه عربستان به عمان رفت. این سفر دو روز طول کشید. وی امروز با"
                    + " وزیر خارجه اردن دیدار کرد."))
        .contains(Set.of("SA", "JO"));
  }

  @Test
  void aClauseSaidInTheFirstPersonPluralTakesTheSpeakersSide() {
    assertThat(
            countries("بیژن زنگنه وزیر نفت گفت: ما با دو کشور ایتالیا و آلمان وارد مذاکره شدیم."))
        .containsExactly(Set.of("IR", "IT", "DE"));
    // without «ما» the speaker's own verb still tells it, as before
    assertThat(countries("بیژن زنگنه وزیر نفت گفت: با ایتالیا مذاکره کردیم."))
        .containsExactly(Set.of("IR", "IT"));
  }

  @Test
  void aOneSidedEncounterOfOtherPeopleGivesNoDayToAnother() {
    // the Congress's session of 6 January (Cruz, Pence) is no day of Bolsonaro's meeting with Trump
    assertThat(
            events(
                "ژایر بولسونارو رئیس\u200cجمهور برزیل در این عمارت با دونالد ترامپ دیدار داشت.",
                "مایک پنس نیز از طرح گروهی از جمهوری\u200cخواهان تحت رهبری «تد کروز» برای مخالفت با"
                    + " رسمیت بخشیدن به پیروزی «جو بایدن» در نشست ششم ژانویه (هفدهم دی ماه) کنگره"
                    + " حمایت کرده است."))
        .filteredOn(e -> EventScore.countries(e).equals(Set.of("BR", "US")))
        .singleElement()
        .satisfies(e -> assertThat(e.date()).isIn(null, LocalDate.of(2025, 12, 17)));
  }

  @Test
  void aCountryActingThroughItsOfficialsOnAMatterIsNoParty() {
    assertThat(
            events(
                "این حکم هیئت بازبینی که زیر فشارهای مقامات آمریکایی صادر شد با اعتراض مسوولان و"
                    + " مردم عراق روبرو شد و آنها حکم را غیرقانونی دانستند و سپس شورای ریاستی عراق"
                    + " شامل رییس جمهور، نخست وزیر، رییس پارلمان و رئیس دادگاه عالی عراق شنبه شب در"
                    + " پایان نشست خود با صدور بیانیه\u200cای تاکید کرد که هیئت بازبینی باید براساس"
                    + " مدارک به پرونده نامزدها تا ۱۲ فوریه رسیدگی نهایی کند."))
        .isEmpty();
    // officials met are a party
    assertThat(countries("ظریف با مقامات آمریکایی دیدار کرد.")).containsExactly(Set.of("IR", "US"));
  }

  @Test
  void whereScholarsComeFromIsNoParty() {
    assertThat(
            countries(
                "این سلسله گفت\u200cوگوها با همت داریوش شایگان و دانشمندانی از ژاپن و یونان در تهران"
                    + " برگزار شد."))
        .noneMatch(c -> c.contains("JP") || c.contains("GR"));
    // a minister from Japan is a party
    assertThat(countries("ظریف با وزیر خارجه ژاپن در تهران گفت\u200cوگو کرد."))
        .containsExactly(Set.of("IR", "JP"));
  }

  @Test
  void talksNamedInWhatSomethingIsCalledAreNoneTold() {
    assertThat(
            events(
                "محمود عباس تصمیم اسرائیل برای مصادره زمین\u200cهای کرانه باختری را عامل ایجاد تنش"
                    + " بیشتر در مذاکرات سازش خواند."))
        .isEmpty();
    // said at a meeting with someone: the meeting is told
    assertThat(countries("ظریف این طرح را در دیدار با لاوروف مثبت خواند."))
        .containsExactly(Set.of("IR", "RU"));
  }
}
