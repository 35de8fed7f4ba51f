package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.actorIds;
import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The recall rules, each on new Persian sentences written for them (none from a corpus): going to a
 * named place is a visit, a welcome given to a guest named by role is hosting, a party told by a
 * pronoun or a reflexive's unsaid subject is the person named before, talks and memoranda written
 * apart («گفت و گو», «تفاهم نامه») are read, contacting an official («با … تماس گرفت») is talks,
 * the speaker's own meeting («در دیدارم با …») is a meeting, one set for the article's own day
 * counts; and what they must not read: going that names no place, a welcome given to a thing, a
 * meeting still to come.
 */
class EventRecallRulesTest {
  @Test
  void goingToANamedPlaceIsAVisit() {
    List<Event> found = events("وزیر خارجه روسیه به تهران رفت.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).type()).isEqualTo(Event.Type.VISIT);
    assertThat(actorIds(found.get(0))).contains("country-ru", "country-ir");
    assertThat(found.get(0).place().name()).isEqualTo("تهران");
    Event trip = events("عراقچی برای دیداری دو روزه به مسکو رفت.").get(0);
    assertThat(trip.place().name()).isEqualTo("مسکو");
  }

  @Test
  void settingOutForANamedPlaceIsAVisit() {
    for (String sentence :
        List.of(
            "وزیر خارجه عمان دیروز رهسپار تهران شد.",
            "وزیر خارجه عمان دیروز راهی تهران شد.",
            "وزیر خارجه عمان دیروز به تهران عزیمت کرد.")) {
      List<Event> found = events(sentence);
      assertThat(found).as(sentence).hasSize(1);
      assertThat(actorIds(found.get(0))).as(sentence).contains("country-om", "country-ir");
      assertThat(found.get(0).place().name()).as(sentence).isEqualTo("تهران");
    }
    assertThat(events("ایران و عمان راهی برای همکاری یافتند.")).isEmpty();
  }

  @Test
  void aPhoneCallWithAnEndingIsTalks() {
    List<Event> found = events("عراقچی و لاوروف دیروز در تماسی تلفنی درباره روابط رایزنی کردند.");
    assertThat(found).extracting(Event::type).containsExactly(Event.Type.TALKS);
    assertThat(events("عراقچی و لاوروف دیروز تماسی تلفنی داشتند.")).hasSize(1);
  }

  @Test
  void contactingAnOfficialIsTalks() {
    List<Event> found = events("وزیر خارجه عمان دیروز با عراقچی تماس گرفت.");
    assertThat(found).extracting(Event::type).containsExactly(Event.Type.TALKS);
    assertThat(actorIds(found.get(0))).contains("country-om", "country-ir");
    // the contact's own clause carries the talks its second clause tells
    assertThat(events("لاوروف با عراقچی تماس گرفت و درباره لبنان گفتگو کرد.")).hasSize(1);
    assertThat(events("شاهدان حادثه با پلیس تماس گرفتند.")).isEmpty();
  }

  @Test
  void theSpeakersOwnMeetingIsAMeeting() {
    List<Event> found =
        events("عراقچی گفت: من این موضوع را در دیدارم با وزیر خارجه عمان مطرح کردم.");
    assertThat(found).extracting(Event::type).containsExactly(Event.Type.MEET);
    assertThat(actorIds(found.get(0))).contains("country-om", "country-ir");
    assertThat(events("لاوروف گفت: سفرم به پکن مفید بود."))
        .extracting(Event::type)
        .containsExactly(Event.Type.VISIT);
  }

  @Test
  void goingThatNamesNoPlaceOrIsToComeIsNoVisit() {
    assertThat(events("این اختلاف\u200cها میان ایران و ترکیه از بین رفت.")).isEmpty();
    assertThat(events("وزیر خارجه روسیه هفته آینده به تهران خواهد رفت.")).isEmpty();
    assertThat(events("اگر وزیر خارجه روسیه به تهران برود، با عراقچی دیدار می\u200cکند."))
        .isEmpty();
  }

  @Test
  void aWelcomeGivenToAGuestNamedByRoleIsHosting() {
    List<Event> found = events("رئیس جمهور ترکیه از همتای ایرانی خود در آنکارا استقبال کرد.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).type()).isEqualTo(Event.Type.HOST);
    assertThat(actorIds(found.get(0))).contains("country-tr", "country-ir");
    assertThat(events("استقبال گرم مردم از نمایشگاه ایران در روسیه ادامه دارد.")).isEmpty();
    // a range of countries is no guest: the reforms were welcomed
    assertThat(
            events(
                "دولت\u200cهای منطقه از مکزیک تا آرژانتین از اصلاحات بازار مورد حمایت"
                    + " واشنگتن استقبال می\u200cکردند."))
        .isEmpty();
  }

  @Test
  void aPronounPartyIsThePersonNamedBefore() {
    List<Event> found =
        events(
            "پوتین دیروز گفت روسیه به تحریم\u200cها پاسخ می\u200cدهد.",
            "او سپس با نخست وزیر هند دیدار کرد.");
    assertThat(found).hasSize(1);
    assertThat(actorIds(found.get(0))).contains("vladimir-putin", "country-ru", "country-in");
    // With no one named before, the pronoun stays unresolved and the meeting one-sided.
    assertThat(events("او سپس با نخست وزیر هند دیدار کرد.")).isEmpty();
  }

  @Test
  void aReflexivesUnsaidSubjectIsThePersonNamedBefore() {
    List<Event> found =
        events(
            "پوتین دیروز گفت روسیه به تحریم\u200cها پاسخ می\u200cدهد.",
            "در دیدار با همتای هندی خود بر گسترش روابط تاکید کرد.");
    assertThat(found).hasSize(1);
    assertThat(actorIds(found.get(0))).contains("vladimir-putin", "country-ru", "country-in");
  }

  @Test
  void talksAndMemorandaWrittenApartAreRead() {
    List<Event> talks = events("وزیران خارجه ایران و ترکیه دیروز در آنکارا گفت و گو کردند.");
    assertThat(talks).hasSize(1);
    assertThat(talks.get(0).type()).isEqualTo(Event.Type.TALKS);
    assertThat(actorIds(talks.get(0))).contains("country-ir", "country-tr");
    assertThat(talks.get(0).place().name()).isEqualTo("آنکارا");
    assertThat(events("لاوروف در گفت وگو با همتای ایرانی خود بر گسترش روابط تاکید کرد."))
        .extracting(Event::type)
        .containsExactly(Event.Type.TALKS);
    assertThat(events("ایران و ارمنستان یک تفاهم نامه همکاری گمرکی امضا کردند."))
        .extracting(Event::type)
        .containsExactly(Event.Type.AGREEMENT);
    // An interview told apart is still an interview; «گفت و افزود» is still a statement.
    assertThat(events("لاوروف در گفت و گو با خبرنگار روزنامه ایران از روابط دو کشور گفت."))
        .isEmpty();
    assertThat(events("لاوروف گفت و افزود روسیه و ایران همکاری می\u200cکنند.")).isEmpty();
    assertThat(events("عراقچی در گفت و گو با ایسنا از روابط ایران و روسیه گفت.")).isEmpty();
    assertThat(events("لاوروف گفت: می\u200cتوانیم با ایران گفت وگوهایی داشته باشیم.")).isEmpty();
  }

  @Test
  void anEncounterSetForTheArticlesOwnDayCounts() {
    assertThat(events("قرار است امروز عراقچی با لاوروف در مسکو دیدار کند.")).hasSize(1);
    assertThat(events("عراقچی امروز با همتای روس خود در مسکو دیدار خواهد کرد.")).hasSize(1);
    assertThat(events("عراقچی هفته آینده با لاوروف در مسکو دیدار خواهد کرد.")).isEmpty();
    assertThat(events("قرار است عراقچی با لاوروف در مسکو دیدار کند.")).isEmpty();
    assertThat(events("اگر امروز عراقچی با لاوروف دیدار کند، توافق نزدیک است.")).isEmpty();
    // A tour of a place is no encounter, even on the day.
    assertThat(
            events(
                "پوتین امروز از مناطق سیل\u200cزده دیدار کرد و از وزیر خارجه روسیه و لاوروف قدردانی کرد."))
        .isEmpty();
  }

  @Test
  void aStatementOrAGameIsStillNoEncounter() {
    assertThat(
            events(
                "پوتین دیروز به خبرنگاران گفت روسیه پاسخ می\u200cدهد.",
                "وی گفت روسیه با هند همکاری می\u200cکند."))
        .isEmpty();
    assertThat(
            events(
                "لاوروف به ایران رفت.",
                "دیدار تیم\u200cهای ایران و عراق در لیگ با تساوی به پایان رسید."))
        .extracting(Event::type)
        .containsExactly(Event.Type.VISIT);
  }
}
