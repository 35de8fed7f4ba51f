package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An encounter its own words tell as under way or just held happened, whatever the clause's verb
 * then says of something else; and where a paper is printed is no party. Sentences of Hamshahri
 * (2003–2005), letters and half-spaces as a reader writes them.
 */
class EventUnderwayRulesTest {
  @Test
  void talksUnderWayAreToldThoughTheClauseOnlyDescribesThem() {
    assertThat(
            countries(
                "جک استراو وزیر خارجه انگلیس سرگرم مذاکره با مقام\u200cهای عراقی در بغداد است."))
        .containsExactly(Set.of("GB", "IQ"));
  }

  @Test
  void talksNotEndedAreUnderWayThoughTheProjectIsDelayed() {
    assertThat(
            countries(
                "عیسی العون معاون وزیر انرژی کویت افزود: کویت طرح توسعه میدان گازی آرش را به دلیل"
                    + " پایان نیافتن مذاکرات با مقام\u200cهای ایران بر سر مرز دریایی تاکنون به"
                    + " تأخیر انداخته بود."))
        .containsExactly(Set.of("KW", "IR"));
  }

  @Test
  void aRecentMeetingHappenedThoughWhatWasSoughtInItDidNot() {
    assertThat(
            countries(
                "پس از آنکه تونی بلر نخست وزیر انگلیس در دیدار اخیر جرج دبلیو بوش رئیس جمهوری"
                    + " آمریکا از لندن نتوانست از وی امتیازی بگیرد، جک استراو نگرانی کشورش را"
                    + " ابراز کرد."))
        .contains(Set.of("GB", "US"));
  }

  @Test
  void aVisitUnderWayInARelativeClauseIsNoTourOfTheDatelinesCity() {
    // «از بغداد» is the dateline's, before «که»; the visit's own «از بغداد» comes after it.
    assertThat(
            countries(
                "به گزارش خبرگزاری فرانسه از بغداد استراو که سرگرم دیدار از بغداد است گفت: من"
                    + " نگران اوضاع گوانتانامو هستم."))
        .containsExactly(Set.of("GB", "IQ"));
    assertThat(countries("به گزارش خبرگزاری فرانسه از بغداد استراو از مناطق جنوبی دیدار کرد."))
        .isEmpty();
  }

  @Test
  void continuingTalksAskedForAreStillNone() {
    assertThat(
            countries("وزیر امور خارجه کویت خواستار ادامه مذاکرات با ایران بر سر مرز دریایی شد."))
        .isEmpty();
  }

  @Test
  void whereAPaperIsPrintedIsNoParty() {
    assertThat(
            countries(
                "به گزارش روزنامه الشرق الاوسط - چاپ لندن - جلال طالبانی رئیس جمهور عراق، بعد از"
                    + " دیدار با واتسلاو کلاوس رئیس جمهور چک، در کنفرانس مطبوعاتی در پراگ گفت:"
                    + " ما همه پرسی مهمی را پیش رو داریم."))
        .containsExactly(Set.of("IQ", "CZ"));
  }
}
