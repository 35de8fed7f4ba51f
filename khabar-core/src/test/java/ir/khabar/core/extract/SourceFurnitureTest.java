package ir.khabar.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Furniture learnt from a source's own pages, and real text never taken for it. */
class SourceFurnitureTest {
  private static final Source ISNA = new Source("isna", "ایسنا");
  private static final Source MEHR = new Source("mehr", "خبرگزاری مهر");
  private static final String SLOGAN =
      "اخبار ایسنا را در پیام\u200cرسان\u200cهای داخلی دنبال کنید.";
  private static final String[] STORIES = {
    "نرخ تورم نقطه به نقطه در آذرماه به ۳۸ درصد رسید.",
        "مسابقات کشتی جام تختی در کرمانشاه آغاز شد.",
    "بارش برف راه ارتباطی ۱۲۰ روستای اردبیل را بست.",
        "نمایشگاه کتاب شیراز با حضور ۳۰۰ ناشر گشایش یافت.",
    "قیمت طلا در بازار تهران کاهش یافت.", "سامانه جدید نوبت\u200cدهی کنسولی راه\u200cاندازی شد."
  };

  @Test
  void aParagraphEveryPageOfASourceRepeatsIsRemoved() {
    SourceFurniture furniture = new SourceFurniture();
    List<Article> batch = new ArrayList<>();
    for (String story : STORIES) {
      batch.add(
          article(ISNA, story, "جزئیات بیشتر این خبر در ادامه می\u200cآید: " + story, SLOGAN));
    }
    furniture.learn(batch);
    for (Article a : batch) {
      Article clean = furniture.clean(a);
      assertThat(clean.body()).doesNotContain(SLOGAN).hasSize(2);
    }
    Article later = article(ISNA, "خبر تازه\u200cای از دانشگاه تهران منتشر شد.", SLOGAN);
    assertThat(furniture.clean(later).body())
        .containsExactly("خبر تازه\u200cای از دانشگاه تهران منتشر شد.");
  }

  @Test
  void realTextAndOtherSourcesAreNeverTouched() {
    SourceFurniture furniture = new SourceFurniture();
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < STORIES.length; i++) {
      batch.add(
          i < 2
              ? article(ISNA, STORIES[i], "این بند در دو خبر آمده است.")
              : article(ISNA, STORIES[i]));
    }
    batch.add(article(MEHR, STORIES[0], SLOGAN));
    furniture.learn(batch);
    assertThat(furniture.clean(batch.get(0)).body()).contains("این بند در دو خبر آمده است.");
    assertThat(furniture.clean(batch.get(batch.size() - 1)).body()).contains(SLOGAN);
  }

  @Test
  void fewPagesTeachNothing() {
    SourceFurniture furniture = new SourceFurniture();
    List<Article> three =
        List.of(
            article(ISNA, STORIES[0], SLOGAN),
            article(ISNA, STORIES[1], SLOGAN),
            article(ISNA, STORIES[2], SLOGAN));
    furniture.learn(three);
    assertThat(furniture.clean(three.get(0)).body()).contains(SLOGAN);
  }

  private static Article article(Source source, String... body) {
    return Article.builder().source(source).title(body[0]).body(List.of(body)).build();
  }
}
