package ir.khabar.core.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.Dating;
import ir.khabar.persian.date.JalaliDates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFromLinkTest {
  private final DateFromLink step =
      new DateFromLink(
          new UrlDates(Clock.fixed(Instant.parse("2025-12-17T04:10:00Z"), ZoneOffset.UTC)));

  private static Article.Builder fars(String url) {
    return Article.builder()
        .url(url)
        .title("اختتاميه نخستين جشنواره آموزشگاه\u200cهاي آزاد سينمايي")
        .body(
            List.of(
                "به گزارش خبرگزاري فارس، نخستين جشنواره آموزشگاه\u200cهاي آزاد سينمايي به كار خود پايان داد."));
  }

  @Test
  void anUndatedArticleIsDatedByItsLinkToTheDayOnly() {
    Article a = step.complete(fars("https://www.farsnews.ir/news/13941029001623").build());
    assertThat(a.published()).isEqualTo(LocalDate.of(2016, 1, 19).atStartOfDay(JalaliDates.TEHRAN));
    assertThat(a.dating()).isEqualTo(Dating.of(Dating.Basis.URL, true));
    assertThat(a.publishedDayOnly()).isTrue();
  }

  @Test
  void aDateThePageStatesOutranksTheLink() {
    ZonedDateTime stated = ZonedDateTime.of(2016, 1, 20, 9, 42, 0, 0, JalaliDates.TEHRAN);
    Article a =
        step.complete(
            fars("https://www.farsnews.ir/news/13941029001623")
                .published(stated, Dating.of(Dating.Basis.PAGE, false))
                .build());
    assertThat(a.published()).isEqualTo(stated);
    assertThat(a.dating().basis()).isEqualTo(Dating.Basis.PAGE);
  }

  @Test
  void anArticleWhoseLinkHoldsNoDayStaysUndated() {
    assertThat(step.complete(fars("https://www.mehrnews.com/news/5843210").build()).published())
        .isNull();
    assertThat(step.complete(fars(null).build()).published()).isNull();
    assertThat(step.complete(fars(null).build()).dating()).isNull();
  }
}
