package ir.khabar.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Event;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.ingest.Input;
import ir.khabar.core.pipeline.Pipeline;
import ir.khabar.persian.date.JalaliDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events behind a country pair's page, read from a real index of news written for the test: one
 * meeting reported by two agencies, an older visit, a meeting of two other countries, and a
 * statement.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventTimelineTest {
  @TempDir static Path dir;
  private LuceneSearchEngine engine;

  private static final String MEETING =
      "سرگئی لاوروف وزیر امور خارجه روسیه امروز با عباس عراقچی در مسکو دیدار کرد و دو طرف درباره"
          + " کریدور شمال جنوب گفت\u200cوگو کردند.";

  @BeforeAll
  void index() throws IOException {
    engine = LuceneSearchEngine.open(dir.resolve("index"));
    try (Pipeline pipeline = new Pipeline(engine)) {
      pipeline.run(
          List.of(
              text(
                  "irna.txt",
                  "گزارش خبرنگار ایرنا از مسکو",
                  "چهارشنبه ۲۶ آذر ۱۴۰۴ - ۱۰:۰۰",
                  "روابط ایران و روسیه در سال\u200cهای اخیر گسترش یافته است.",
                  MEETING),
              text(
                  "mehr.txt",
                  "گزارش مهر از مبادلات تجاری ایران و روسیه",
                  "پنجشنبه ۲۰ آذر ۱۴۰۴ - ۰۹:۰۰",
                  "حجم مبادلات تجاری ایران و روسیه در هفت ماه نخست امسال به چهار میلیارد دلار"
                      + " رسید و صادرات محصولات کشاورزی و مصالح ساختمانی بیشترین سهم را داشت.",
                  "گمرک آستارا و بندر انزلی بیشترین بار را جابه\u200cجا کردند و راه\u200cآهن رشت"
                      + " به آستارا تا پایان سال آینده ساخته می\u200cشود.",
                  MEETING),
              text(
                  "isna.txt",
                  "سفر عراقچی به روسیه",
                  "شنبه ۱۵ آبان ۱۴۰۴ - ۰۹:۰۰",
                  "به گزارش خبرگزاری ایسنا، عباس عراقچی وزیر امور خارجه ایران امروز برای"
                      + " گفت\u200cوگو درباره تجارت و انرژی به مسکو سفر کرد."),
              text(
                  "tasnim.txt",
                  "دیدار پوتین و اردوغان",
                  "سه\u200cشنبه ۲۵ آذر ۱۴۰۴ - ۱۸:۰۰",
                  "به گزارش خبرگزاری تسنیم، ولادیمیر پوتین رئیس\u200cجمهور روسیه امروز با رجب طیب"
                      + " اردوغان رئیس\u200cجمهور ترکیه در آنکارا دیدار کرد.",
                  "ایران در این نشست حضور نداشت.")));
    }
  }

  private static Input text(String name, String title, String dateline, String... paragraphs) {
    String text = title + "\n" + dateline + "\n\n" + String.join("\n\n", paragraphs) + "\n";
    return Input.of(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @AfterAll
  void close() throws IOException {
    engine.close();
  }

  private List<EventTimeline.Found> iranRussia() throws IOException {
    return EventTimeline.of(
        engine,
        EntityFilter.countries("country-ir", "country-ru"),
        EventTimeline.between("country-ir", "country-ru"));
  }

  @Test
  void aSentenceToldInTwoStoriesIsOneEventAndTheNewestComesFirst() throws IOException {
    List<EventTimeline.Found> found = iranRussia();
    assertThat(found)
        .filteredOn(f -> f.event().sentence().equals(MEETING))
        .singleElement()
        .satisfies(f -> assertThat(f.article().title()).isEqualTo("گزارش خبرنگار ایرنا از مسکو"));
    assertThat(
            engine
                .browse(
                    SearchRequest.browse()
                        .entities(EntityFilter.countries("country-ir", "country-ru"))
                        .build())
                .hits())
        .extracting(h -> h.article().title())
        .as("two stories tell it")
        .contains("گزارش خبرنگار ایرنا از مسکو", "گزارش مهر از مبادلات تجاری ایران و روسیه");
    assertThat(found).extracting(f -> f.event().sentence()).doesNotHaveDuplicates();
    assertThat(found)
        .extracting(f -> f.event().date())
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(found).extracting(f -> f.event().type()).doesNotContain(Event.Type.STATEMENT);
  }

  @Test
  void aMeetingOfTwoOtherCountriesStaysOffThePairsTimeline() throws IOException {
    SearchResult pairArticles =
        engine.browse(
            SearchRequest.browse()
                .entities(EntityFilter.countries("country-ir", "country-ru"))
                .build());
    assertThat(pairArticles.hits())
        .extracting(h -> h.article().title())
        .as("the article names both countries")
        .contains("دیدار پوتین و اردوغان");
    assertThat(iranRussia())
        .extracting(f -> f.article().title())
        .doesNotContain("دیدار پوتین و اردوغان");
    assertThat(
            EventTimeline.of(
                engine, EntityFilter.entity("country-tr"), EventTimeline.involving("country-tr")))
        .extracting(f -> f.article().title())
        .contains("دیدار پوتین و اردوغان");
  }

  @Test
  void topicsAreCountedByJalaliMonthNewestFirst() throws IOException {
    List<EventTimeline.TopicMonth> months = EventTimeline.topicsByMonth(iranRussia());
    assertThat(months)
        .extracting(EventTimeline.TopicMonth::month)
        .containsExactly(new JalaliDate(1404, 9, 1), new JalaliDate(1404, 8, 1));
    assertThat(months.get(1).topics()).extracting(Map.Entry::getKey).contains("انرژی");
  }
}
