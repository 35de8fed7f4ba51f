package ir.khabar.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.persian.date.JalaliDates;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JSON records: the corpus/farsnews shape and Khabar's own shape. */
class JsonRecordExtractorTest {
  private static final String FARS_LINK =
      "https://www.farsnews.ir/news/13911222000865/تشدید-مجازات-شکارچیان-متخلف";

  private final JsonRecordExtractor extractor = new JsonRecordExtractor(Agencies.get());

  private Optional<Article> extract(String json) throws Exception {
    JsonNode node = ArticleJson.MAPPER.readTree(json);
    return extractor.extract(node, "records.json");
  }

  private static String farsRecord(String link) {
    return """
        {"title": "تشدید مجازات شکارچیان متخلف/ افزایش نرخ ضرر و زیان شکار غیر مجاز",
         "abstract": "خبرگزاري فارس: مدیر کل حفاظت محیط زیست استان از تشدید مجازات شکارچیان متخلف خبر داد.",
         "paragraphs": ["به گزارش خبرگزاري فارس، علی آقافرهادی امروز در جمع خبرنگاران گفت: نرخ ضرر و زیان شکار غیر مجاز افزایش یافت.",
                        "  ",
                        "وی افزود: شکار یوزپلنگ ایرانی جرم سنگینی دارد و با متخلفان برخورد می شود."],
         "cat": "province", "subcat": "markazi",
         "tags": ["محیط زیست", "علی آقافرهادی", "یوزپلنگ", "", "شکارچی"],
         "link": "%s"}
        """
        .formatted(link);
  }

  @Test
  void farsnewsRecord() throws Exception {
    Article a = extract(farsRecord(FARS_LINK)).orElseThrow();
    assertThat(a.source().id()).isEqualTo("fars");
    assertThat(a.url()).isEqualTo(FARS_LINK);
    assertThat(a.origin()).isEqualTo("records.json");
    assertThat(a.title())
        .isEqualTo("تشدید مجازات شکارچیان متخلف/ افزایش نرخ ضرر و زیان شکار غیر مجاز");
    assertThat(a.lead())
        .isEqualTo(
            "خبرگزاري فارس: مدیر کل حفاظت محیط زیست استان از تشدید مجازات شکارچیان متخلف خبر داد.");
    assertThat(a.body())
        .containsExactly(
            "به گزارش خبرگزاري فارس، علی آقافرهادی امروز در جمع خبرنگاران گفت: نرخ ضرر و زیان شکار غیر مجاز افزایش یافت.",
            "وی افزود: شکار یوزپلنگ ایرانی جرم سنگینی دارد و با متخلفان برخورد می شود.");
    assertThat(a.category())
        .as("the slug «province» gets its Persian label")
        .isEqualTo("استان\u200cها");
    assertThat(a.tags()).containsExactly("محیط زیست", "علی آقافرهادی", "یوزپلنگ", "شکارچی");
    assertThat(a.published())
        .as("farsnews records carry no date (ingest dates them by the link: FarsDatingTest)")
        .isNull();
  }

  @Test
  void farsnewsRecordWithoutLinkIsCreditedByItsLead() throws Exception {
    Article a = extract(farsRecord("")).orElseThrow();
    assertThat(a.url()).isNull();
    assertThat(a.source().id())
        .as("lead starts «خبرگزاري فارس:» with Arabic yeh")
        .isEqualTo("fars");
  }

  @Test
  void farsnewsRecordWithEmptyCategoryHasNone() throws Exception {
    Article a =
        extract(
                """
        {"title": "ارائه خدمات بر خط بانكي در دفاتر ICT روستايي امكان پذير مي شود", "abstract": "",
         "paragraphs": ["وي از بهره\u200cبرداري 6 هزار و 127 دفتر ICT روستايي خبر داد."],
         "cat": "", "subcat": "", "tags": [], "link": "https://www.farsnews.ir/news/8707060255"}
        """)
            .orElseThrow();
    assertThat(a.category()).isNull();
    assertThat(a.lead()).isEmpty();
    assertThat(a.tags()).isEmpty();
    assertThat(a.source().id()).isEqualTo("fars");
  }

  @Test
  void recordWithOnlyEmptyStringsIsNoArticle() throws Exception {
    assertThat(
            extract(
                """
        {"title": "", "abstract": "  ", "paragraphs": ["", " "], "cat": "", "subcat": "", "tags": [],
         "link": "https://www.farsnews.ir/news/8707060256"}
        """))
        .isEmpty();
    assertThat(extract("{}")).isEmpty();
    assertThat(extract("[\"not an object\"]")).isEmpty();
    assertThat(extract("\"just a string\"")).isEmpty();
  }

  @Test
  void khabarOwnShape() throws Exception {
    Article a =
        extract(
                """
        {"title": "سفیر ایران: مذاکرات پزشکیان و پوتین سازنده بود",
         "lead": "سفیر ایران در روسیه از مذاکرات سازنده درباره کریدور شمال - جنوب خبر داد.",
         "body": ["کاظم جلالی شامگاه سه\u200cشنبه در نشست صمیمی با دیپلمات\u200cها سخن گفت.", "وی افزود: همکاری\u200cها ادامه دارد."],
         "source": "ایسنا", "published": "2025-12-17T07:40:00+03:30",
         "url": "https://www.isna.ir/news/1404092600001/", "category": "سیاسی", "tags": ["روسیه"]}
        """)
            .orElseThrow();
    assertThat(a.source().id()).isEqualTo("isna");
    assertThat(a.source().name()).isEqualTo("خبرگزاری دانشجویان ایران");
    assertThat(a.lead()).startsWith("سفیر ایران در روسیه");
    assertThat(a.body()).hasSize(2).first().asString().startsWith("کاظم جلالی");
    assertThat(a.published().toOffsetDateTime())
        .isEqualTo(OffsetDateTime.of(2025, 12, 17, 7, 40, 0, 0, ZoneOffset.ofHoursMinutes(3, 30)));
    assertThat(a.url()).isEqualTo("https://www.isna.ir/news/1404092600001/");
    assertThat(a.category()).isEqualTo("سیاسی");
    assertThat(a.tags()).containsExactly("روسیه");
  }

  @Test
  void khabarShapeWithSourceObjectAndBodyAsText() throws Exception {
    Article a =
        extract(
                """
        {"title": "بارش برف در مشهد", "body": "قطارهای مشهد با تاخیر حرکت کردند.\\n\\nمسافران در ایستگاه ماندند.",
         "source": {"id": "irna", "name": "ایرنا"}, "published": "2025-12-17T10:00:00Z"}
        """)
            .orElseThrow();
    assertThat(a.source().id()).isEqualTo("irna");
    assertThat(a.body())
        .containsExactly("قطارهای مشهد با تاخیر حرکت کردند.", "مسافران در ایستگاه ماندند.");
    assertThat(a.published().getZone()).isEqualTo(JalaliDates.TEHRAN);
    assertThat(a.published().toOffsetDateTime().getOffset())
        .isEqualTo(ZoneOffset.ofHoursMinutes(3, 30));
    assertThat(a.published().getHour()).isEqualTo(13);
  }

  @Test
  void unknownSourceNameIsKeptAsWritten() throws Exception {
    Article a =
        extract("{\"title\": \"خبر آزمایشی\", \"source\": \"  روزنامه محلی  \"}").orElseThrow();
    assertThat(a.source().name()).isEqualTo("روزنامه محلی");
    assertThat(a.source().id()).isNotEqualTo("unknown").isNotBlank();
  }
}
