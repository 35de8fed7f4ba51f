package ir.khabar.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.Dating;
import ir.khabar.persian.date.JalaliDates;
import ir.khabar.testing.SharedData;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The text-page extractor on the five real seed pages, read line by line by hand. */
class TextPageExtractorSeedsTest {
  private static final List<String> FURNITURE =
      List.of(
          "منبع خبر",
          "(ادامه)",
          "با استناد به ماده ۷۴",
          "مسئولیتی ندارد",
          "پربیننده ترین خبرها",
          "اخبار پیشنهادی",
          "آخرین اخبار",
          "آدرس ایمیل",
          "انتشار یافته",
          "در انتظار بررسی",
          "انتهای پیام",
          "پول این سفرهارادولت",
          "Iran (Islamic Republic of)",
          "Mohsen",
          "العالم ـ ایران ـ سیاسی",
          "date 2025",
          "چهارشنبه 26 آذر 1404");

  private final TextPageExtractor extractor = new TextPageExtractor(Agencies.get());

  private Article extract(String seed) {
    String origin = SharedData.seed(seed).toString();
    Optional<Article> a = extractor.extract(SharedData.seedText(seed), origin);
    assertThat(a).as("seed %s has an article", seed).isPresent();
    assertThat(a.get().origin()).isEqualTo(origin);
    return a.get();
  }

  private static String allText(Article a) {
    return a.title() + "\n" + a.lead() + "\n" + String.join("\n", a.body());
  }

  @Test
  void seed003TitlePrintedTwiceAppearsOnce() {
    Article a = extract("003");
    String title = "سفیر ایران: مذاکرات پزشکیان و پوتین درباره کریدور و انتقال گاز سازنده بود";
    assertThat(a.title()).isEqualTo(title);
    assertThat(a.lead()).doesNotContain(title);
    assertThat(a.body()).noneMatch(p -> p.contains(title));
    assertThat(a.lead()).startsWith("سفیر ایران در روسیه با اشاره به دیدار ۲۱ آذرماه ۱۴۰۴");
    assertThat(a.body()).hasSize(11);
    assertThat(a.body().get(0)).startsWith("کاظم جلالی شامگاه");
    assertThat(a.body().get(10)).endsWith("وارد مسکو شد.");
  }

  @Test
  void seed004TitleIsTheRawFirstLine() {
    Article a = extract("004");
    assertThat(a.title()).isEqualTo("دیدار ظریف با همتای قرقیزستانیاش");
    assertThat(a.lead())
        .isEqualTo(
            "وزیر خارجه کشورمان در ادامه سفر به آسیای مرکزی با همتای قرقیزستانی خود دیدار کرد.");
    assertThat(a.body()).hasSize(6);
    assertThat(a.body().get(5)).contains("مسائل منطقه خصوصا روند صلح در افغانستان");
  }

  @Test
  void seed001DateHeaderIsNotPartOfTheTitle() {
    Article a = extract("001");
    assertThat(a.title()).startsWith("دومین نشست دیپلماسی استانی امروز").doesNotContain("date");
    assertThat(a.body()).last().asString().startsWith("مشهد در روزهای ۳۰ مهر");
  }

  @Test
  void seed002WithoutTitleLineGetsAHeadlineAndKeepsTheWholeLead() {
    Article a = extract("002");
    assertThat(a.title()).isNotBlank().doesNotStartWith("به گزارش").contains("محمد مخبر");
    assertThat(a.title().length()).isLessThanOrEqualTo(200);
    assertThat(a.lead())
        .startsWith("به گزارش گروه اخبار داخلی دفاعپرس")
        .endsWith("به تهران فراهم شود.");
    assertThat(a.body()).last().asString().endsWith("به سوی رفاه بیشتر هدایت کنیم.");
  }

  @ParameterizedTest
  @CsvSource({"000, irib", "001, irib", "002, defapress", "003, alalam", "004, yjc"})
  void sourceOfEachSeed(String seed, String sourceId) {
    assertThat(extract(seed).source().id()).isEqualTo(sourceId);
  }

  @Test
  void seed003PublishedFromItsDateline() {
    assertThat(extract("003").published().toOffsetDateTime())
        .isEqualTo(OffsetDateTime.of(2025, 12, 17, 7, 40, 0, 0, ZoneOffset.ofHoursMinutes(3, 30)));
  }

  @Test
  void seed001PublishedFromItsDateHeaderAtMidnightInTehran() {
    assertThat(extract("001").published())
        .isEqualTo(LocalDate.of(2025, 10, 22).atStartOfDay(JalaliDates.TEHRAN));
  }

  @Test
  void seed001GivesOnlyADaySoNoTimeIsInvented() {
    assertThat(extract("001").dating()).isEqualTo(Dating.of(Dating.Basis.PAGE, true));
    assertThat(
            JalaliDates.formatDateTime(
                extract("001").published(), extract("001").publishedDayOnly()))
        .isEqualTo("چهارشنبه ۳۰ مهر ۱۴۰۴")
        .doesNotContain("ساعت");
  }

  @Test
  void seed003GivesItsTimeToTheMinute() {
    assertThat(extract("003").dating()).isEqualTo(Dating.of(Dating.Basis.PAGE, false));
    assertThat(
            JalaliDates.formatDateTime(
                extract("003").published(), extract("003").publishedDayOnly()))
        .endsWith("ساعت ۰۷:۴۰");
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "002", "004"})
  void seedsWithoutADateHaveNoPublished(String seed) {
    assertThat(extract(seed).published()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void noFurnitureInTitleLeadOrBody(String seed) {
    Article a = extract(seed);
    String text = allText(a);
    assertThat(FURNITURE)
        .allSatisfy(f -> assertThat(text).as("furniture in seed " + seed).doesNotContain(f));
    assertThat(a.title()).isNotBlank();
    assertThat(a.body()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
  }

  @Test
  void seed000RealParagraphsAreKeptUpToTheDisclaimer() {
    Article a = extract("000");
    String text = allText(a);
    assertThat(text).contains("یکی از برکات ویروس کرونا راه اندازی نمایشگاه مجازی در بین کشورها");
    assertThat(a.body())
        .last()
        .asString()
        .startsWith("وی گفت: نمایشگاه مجازی بسیار مهمی")
        .endsWith("شاهد توسعه فعالیتها باشیم.");
  }

  @Test
  void seed000HardWrappedLineIsRejoinedIntoOneParagraph() {
    // The page breaks one sentence over two lines: "... با خبرنگار" / "خبرگزاری صدا و سیما درباره
    // ...".
    Article a = extract("000");
    assertThat(a.lead())
        .as("the lead is a whole sentence, not the first half of one")
        .startsWith("آقای سید رسول مهاجر در مصاحبه اختصاصی با خبرنگار خبرگزاری صدا و سیما درباره")
        .endsWith("باید با حضور معاونان جلسه برگزار شود.");
    assertThat(a.body()).noneMatch(p -> p.startsWith("خبرگزاری صدا و سیما درباره"));
  }

  @Test
  void seed004CommentSectionIsNotArticleText() {
    Article a = extract("004");
    assertThat(allText(a))
        .doesNotContain("تبادل نظر\n")
        .doesNotContain("۰۹:۴۲")
        .doesNotContain("وزیرلایقیه");
    assertThat(a.body()).noneMatch(p -> p.equals("تبادل نظر"));
  }

  @Test
  void pagesWithoutArticleTextGiveNothing() {
    assertThat(extractor.extract("", "empty.txt")).isEmpty();
    assertThat(extractor.extract("\n  \n\t\n", "blank.txt")).isEmpty();
    assertThat(
            extractor.extract("انتهای پیام/ 241\nپربیننده ترین خبرها\nآخرین اخبار", "trailer.txt"))
        .isEmpty();
  }

  @Test
  void seed004ReaderCommentIsKeptAsTheSourcesComment() {
    Article a = extract("004");
    assertThat(a.comments())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.author()).isEqualTo("Mohsen");
              assertThat(c.country()).isEqualTo("Iran (Islamic Republic of)");
              assertThat(c.text()).startsWith("پول این سفرهارادولت چجوری حساب کرده");
              assertThat(c.published())
                  .isEqualTo(ZonedDateTime.parse("2021-04-06T09:42+04:30[Asia/Tehran]"));
            });
  }

  @Test
  void desksAndBureausAreReadFromTheAttribution() {
    assertThat(extract("004").desk()).isEqualTo("حوزه سیاست خارجی");
    assertThat(extract("002").desk()).isEqualTo("گروه اخبار داخلی");
    assertThat(extract("001").desk()).isEqualTo("مرکز خراسان رضوی");
  }
}
