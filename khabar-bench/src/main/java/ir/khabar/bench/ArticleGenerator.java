package ir.khabar.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.Source;
import ir.khabar.persian.date.JalaliDates;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic Persian articles, as many as asked, made by recombining real titles, leads and
 * paragraphs (so lengths and vocabulary stay those of real news), with agencies and dates spread
 * over two Jalali years. Article {@code i} is always the same article; nothing is held in memory.
 */
final class ArticleGenerator {
  private static final List<Source> AGENCIES =
      List.of(
          new Source("irna", "خبرگزاری جمهوری اسلامی"),
          new Source("isna", "خبرگزاری دانشجویان ایران"),
          new Source("fars", "خبرگزاری فارس"),
          new Source("mehr", "خبرگزاری مهر"),
          new Source("tasnim", "خبرگزاری تسنیم"),
          new Source("irib", "خبرگزاری صدا و سیما"),
          new Source("yjc", "باشگاه خبرنگاران جوان"));
  static final LocalDate FIRST_DAY = LocalDate.of(2024, 3, 20); // 1 Farvardin 1403
  static final int DAYS = 730;

  private final ArticlePool pool;
  private final long seed;

  ArticleGenerator(ArticlePool pool, long seed) {
    this.pool = pool;
    this.seed = seed;
  }

  Article article(int i) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    int base = r.nextInt(pool.titles.size());
    int size = Math.max(1, pool.bodySizes.get(r.nextInt(pool.bodySizes.size())));
    List<String> body = new ArrayList<>(size);
    for (int p = 0; p < size; p++) {
      body.add(pool.paragraphs.get(r.nextInt(pool.paragraphs.size())));
    }
    ZonedDateTime published =
        FIRST_DAY
            .plusDays(r.nextInt(DAYS))
            .atTime(LocalTime.of(6 + r.nextInt(16), r.nextInt(60)))
            .atZone(JalaliDates.TEHRAN);
    return Article.builder()
        .id("b" + seed + "-" + i)
        .url("https://bench.khabar.invalid/" + seed + "/" + i)
        .origin("bench")
        .source(AGENCIES.get(r.nextInt(AGENCIES.size())))
        .title(pool.titles.get(base))
        .lead(pool.leads.get(base))
        .body(body)
        .published(published)
        .build();
  }

  /** Article {@code i} as a raw JSON record, the input of the whole pipeline. */
  byte[] record(int i) {
    Article a = article(i);
    ObjectNode o = ArticleJson.MAPPER.createObjectNode();
    o.put("title", a.title());
    o.put("lead", a.lead());
    a.body().forEach(o.withArray("body")::add);
    o.put("url", a.url());
    o.put("source", a.source().name());
    o.put("published", ArticleJson.iso(a.published()));
    return o.toString().getBytes(StandardCharsets.UTF_8);
  }
}
