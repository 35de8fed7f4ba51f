package ir.khabar.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.ingest.Input;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingested-since filter follows rely on: it keeps what entered the index after an instant, even
 * an article published years earlier, and leaves out what was there before.
 */
@Tag("integration")
class IngestedSinceTest {
  @TempDir Path dir;

  static final String OLD_NEWS =
      """
      نشست کارشناسان زعفران قائنات در بیرجند برگزار شد
      سه\u200cشنبه ۲ فروردین ۱۳۹۸ - ۱۰:۱۵

      به گزارش خبرگزاری ایرنا، نشست کارشناسان زعفران قائنات امروز در بیرجند برگزار شد و \
      کشاورزان از کاهش بارش و کم\u200cآبی در مزرعه\u200cهای زعفران گفتند.
      """;

  @Test
  void keepsOnlyWhatArrivedAfterTheInstantWhateverItsDate() throws Exception {
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      Ingest.sample(engine);
      Instant before = Instant.now();
      Thread.sleep(5);
      try (Pipeline pipeline = new Pipeline(engine)) {
        pipeline.run(
            List.of(Input.of("archive/zafaran.txt", OLD_NEWS.getBytes(StandardCharsets.UTF_8))));
      }

      SearchResult all = engine.search(SearchRequest.search("زعفران").limit(50).build());
      SearchResult fresh =
          engine.search(SearchRequest.search("زعفران").ingestedSince(before).limit(50).build());
      SearchResult freshTrade =
          engine.search(SearchRequest.search("بورس").ingestedSince(before).limit(50).build());

      assertThat(fresh.hits())
          .singleElement()
          .satisfies(h -> assertThat(h.article().title()).contains("زعفران قائنات"));
      assertThat(fresh.hits().get(0).article().published().getYear()).isEqualTo(2019);
      assertThat(all.total()).isGreaterThanOrEqualTo(fresh.total());
      assertThat(engine.search(SearchRequest.search("بورس").limit(5).build()).hits()).isNotEmpty();
      assertThat(freshTrade.hits()).isEmpty();
    }
  }
}
