package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.actorIds;
import static ir.khabar.core.understand.events.EventSentences.events;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One event per counterpart, each rule on Persian sentences written for it (none from a corpus): a
 * list of counterparts, a tour of several countries (or of countries seen: «از اردن و مصر دیدن
 * کرد»), several visitors, a role shared by a list; a gathering named as one list stays one event;
 * encounters with different counterparts are never merged; a person told again by their role is
 * that person.
 */
class EventCounterpartRulesTest {
  private static List<Set<String>> countries(List<Event> found) {
    return found.stream().map(EventScore::countries).map(c -> (Set<String>) c).toList();
  }

  @Test
  void anOfficeOfAnotherStatesBodyIsNoBareOfficeOfIrans() {
    // «رئیس مجلس» alone is Iran's speaker; inside «رئیس مجلس ملی تاجیکستان» it is Tajikistan's, and
    // a senate's president («رئیس سنای …», «رئیس مجلس سنای …») speaks for its own state
    assertThat(
            countries(
                events(
                    "رئیس مجلس ملی تاجیکستان در تماس تلفنی با رئیس سنای پارلمان قزاقستان گفت\u200cوگو کرد.")))
        .containsExactly(Set.of("TJ", "KZ"));
    assertThat(
            countries(
                events(
                    "رئیس مجلس ملی تاجیکستان در تماس تلفنی با رئیس مجلس سنای قزاقستان گفت\u200cوگو کرد.")))
        .containsExactly(Set.of("TJ", "KZ"));
    // the bare office is still Iran's
    assertThat(countries(events("رئیس مجلس امروز با رئیس پارلمان عراق دیدار کرد.")))
        .containsExactly(Set.of("IR", "IQ"));
  }

  @Test
  void aListOfCounterpartsIsOneMeetingEach() {
    List<Event> found =
        events(
            "وزیر امور خارجه ترکیه دیروز با همتایان مصری، اردنی و لبنانی خود در آنکارا دیدار کرد.");
    assertThat(countries(found))
        .containsExactlyInAnyOrder(Set.of("TR", "EG"), Set.of("TR", "JO"), Set.of("TR", "LB"));
    assertThat(found).allSatisfy(e -> assertThat(e.place().name()).isEqualTo("آنکارا"));
  }

  @Test
  void aTourOfSeveralCountriesIsOneVisitEachInItsCapitalWhereTheArticleNamesIt() {
    String tour = "رئیس جمهور کره جنوبی در سفری یک هفته\u200cای به ویتنام، تایلند و مالزی سفر کرد.";
    List<Event> found = events(tour);
    assertThat(countries(found))
        .containsExactlyInAnyOrder(Set.of("KR", "VN"), Set.of("KR", "TH"), Set.of("KR", "MY"));
    assertThat(found).extracting(Event::type).containsOnly(Event.Type.VISIT);
    assertThat(found).allSatisfy(e -> assertThat(e.place()).isNull()); // no city is written
    assertThat(events(tour, "خبرنگاران او را در هانوی، بانکوک و کوالالامپور همراهی کردند."))
        .extracting(e -> e.place().name())
        .containsExactlyInAnyOrder("هانوی", "بانکوک", "کوالالامپور");
  }

  @Test
  void severalVisitorsAreOneVisitEach() {
    List<Event> found = events("وزیران خارجه عمان و قطر دیروز وارد دمشق شدند.");
    assertThat(countries(found)).containsExactlyInAnyOrder(Set.of("OM", "SY"), Set.of("QA", "SY"));
    assertThat(found).allSatisfy(e -> assertThat(e.place().name()).isEqualTo("دمشق"));
  }

  @Test
  void aRoleSharedByAListAppliesToEachCountry() {
    List<Event> found = events("نخست وزیر ژاپن با وزیران خارجه هند و پاکستان در توکیو دیدار کرد.");
    assertThat(countries(found)).containsExactlyInAnyOrder(Set.of("JP", "IN"), Set.of("JP", "PK"));
  }

  @Test
  void aGatheringNamedAsOneListStaysOneEvent() {
    assertThat(
            countries(events("نشست معاونان وزرای خارجه ایران، آلمان و فرانسه در ژنو برگزار شد.")))
        .containsExactly(Set.of("IR", "DE", "FR"));
    assertThat(countries(events("وزیر خارجه فرانسه با همتای آلمانی خود در برلین دیدار کرد.")))
        .containsExactly(Set.of("FR", "DE"));
  }

  @Test
  void encountersWithDifferentCounterpartsAreNeverMerged() {
    List<Event> found =
        events(
            "ایران و روسیه دیروز در مسکو گفت\u200cوگو کردند.",
            "وزرای خارجه ایران، روسیه و چین دیروز در پکن گفت\u200cوگو کردند.");
    assertThat(countries(found))
        .containsExactlyInAnyOrder(Set.of("IR", "RU"), Set.of("IR", "RU", "CN"));
    // The same encounter told twice is still one.
    assertThat(
            events(
                "ایران و روسیه دیروز در مسکو گفت\u200cوگو کردند.",
                "ایران و روسیه روز گذشته در مسکو گفت\u200cوگو کردند."))
        .hasSize(1);
  }

  @Test
  void aPersonToldAgainByTheirRoleIsThatPerson() {
    String visit = "وزیر امور خارجه جمهوری اسلامی ایران امروز وارد مسکو شد.";
    String named =
        "سید عباس عراقچی وزیر امور خارجه جمهوری اسلامی ایران دیروز در تهران سخنرانی کرد.";
    assertThat(events(named, visit))
        .singleElement()
        .satisfies(
            e -> assertThat(actorIds(e)).contains("abbas-araghchi", "country-ir", "country-ru"));
    // Named by role alone, with no one holding it before, the visit has no person.
    Event alone = events(visit).get(0);
    assertThat(actorIds(alone)).doesNotContain("abbas-araghchi");
  }

  @Test
  void otherSensesOfHostingAndTravelAreNoEncounter() {
    assertThat(events("ایران سال\u200cهاست میزبان پناهندگان افغان بوده است.")).isEmpty();
    assertThat(events("بندر جده دیروز میزبان ناوگان روسیه بود.")).isEmpty();
    assertThat(events("سفرهای نوروزی ایرانیان به ترکیه دیروز آغاز شد.")).isEmpty();
    // The same words with a state as the guest are an encounter.
    assertThat(countries(events("ایران دیروز میزبان وزیر خارجه افغانستان بود.")))
        .containsExactly(Set.of("IR", "AF"));
  }

  @Test
  void manySidedTalksAndDeniedMeetingsAreNoEncounter() {
    assertThat(events("مذاکرات شش\u200cجانبه کره شمالی، آمریکا و چین دیروز در پکن برگزار شد."))
        .isEmpty();
    assertThat(events("سخنگوی وزارت خارجه دیدار وزیران خارجه ایران و مصر را تکذیب کرد.")).isEmpty();
    assertThat(events("وزیر خارجه مصر از دیدار با همتای ایرانی خود خودداری کرد.")).isEmpty();
  }

  @Test
  void agreementsReachedConcludedOrSignedAreAgreements() {
    for (String sentence :
        List.of(
            "ایران و ارمنستان پس از دو روز مذاکره در ایروان به توافق رسیدند.",
            "قرارداد فروش گاز میان ایران و ارمنستان دیروز در ایروان منعقد شد.",
            "وزیران نفت ایران و ارمنستان دیروز در ایروان موافقت\u200cنامه همکاری امضا کردند.",
            "اسناد همکاری ایران و ارمنستان دیروز در ایروان امضا شد.")) {
      List<Event> found = events(sentence);
      assertThat(found).as(sentence).extracting(Event::type).containsExactly(Event.Type.AGREEMENT);
      assertThat(countries(found)).as(sentence).containsExactly(Set.of("IR", "AM"));
    }
    assertThat(events("ایران و ارمنستان در ایروان به توافق نرسیدند.")).isEmpty();
  }

  @Test
  void anAmbassadorSummonedMeetsTheStateThatSummonsHim() {
    List<Event> found = events("سفیر ایران در لندن دیروز به وزارت امور خارجه انگلیس احضار شد.");
    assertThat(found).extracting(Event::type).containsExactly(Event.Type.MEET);
    assertThat(countries(found)).containsExactly(Set.of("IR", "GB"));
  }

  @Test
  void countriesSeenAreVisitedOneEach() {
    List<Event> found = events("نخست وزیر عراق تاکنون از کشورهای اردن، مصر و سوریه دیدن کرده است.");
    assertThat(countries(found))
        .containsExactlyInAnyOrder(Set.of("IQ", "JO"), Set.of("IQ", "EG"), Set.of("IQ", "SY"));
    assertThat(found).extracting(Event::type).containsOnly(Event.Type.VISIT);
    // «دیدن» that is seeing, not visiting, tells nothing.
    assertThat(events("گردشگران روسی از دیدن آثار تاریخی اصفهان لذت بردند.")).isEmpty();
  }

  @Test
  void threeStatesNoOneActsForAreAListingNoEncounter() {
    assertThat(
            events(
                "بیشترین کالاهای وارداتی کشور از امارات متحده عربی، آلمان، چین و فرانسه وارد شد.",
                "گردشگران در سفر به شرق از جمله هند، چین و ژاپن هزینه می\u200cکنند."))
        .isEmpty();
    // An office of each, or the states signing, make it one.
    assertThat(countries(events("وزرای خارجه ازبکستان، پاکستان و هند دیروز دیدار کردند.")))
        .containsExactly(Set.of("UZ", "PK", "IN"));
    assertThat(countries(events("ایران، روسیه و قزاقستان دیروز توافقنامه\u200cای امضا کردند.")))
        .containsExactly(Set.of("IR", "RU", "KZ"));
  }

  @Test
  void aTripNoOneActingForAStateMakesIsNoVisit() {
    assertThat(
            events(
                "نخستین تاکسی\u200cهای تهران که از انگلستان وارد شده بود، سیاه و سفید بودند.",
                "بوکسورهای جوان ایران دیروز به هندوستان رفتند."))
        .isEmpty();
    assertThat(
            countries(
                events(
                    "مذاکره\u200cکننده ارشد هسته\u200cای ایران که دیروز به مصر سفر کرده است، گفت"
                        + " کشورش خواستار تغییراتی است.",
                    "استاندار کرمانشاه دیروز در راس هیاتی وارد بغداد شد.")))
        .containsExactlyInAnyOrder(Set.of("IR", "EG"), Set.of("IQ", "IR"));
  }

  @Test
  void twoStatesNoOneActsForAreNoEncounterUnlessNamedAsItsSides() {
    assertThat(
            events(
                "شهر دوحه پس از تهران دومین پایتخت منطقه است که میزبانی این بازی\u200cها را بر"
                    + " عهده گرفته است.",
                "این پژوهشگر فلسطینی در گفت\u200cوگو با یک روزنامه سعودی از وضع اسرا گفت."))
        .isEmpty();
    // States named as the sides, or after the encounter's noun, are its parties.
    assertThat(countries(events("ایران و عراق دیروز در بغداد مذاکره کردند.")))
        .containsExactly(Set.of("IR", "IQ"));
    assertThat(countries(events("مذاکرات دو جانبه آمریکا و ژاپن دیروز ادامه یافت.")))
        .containsExactly(Set.of("US", "JP"));
  }
}
