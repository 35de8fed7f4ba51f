package ir.khabar.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.ingest.Input;
import ir.khabar.core.ingest.SampleCorpus;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.understand.LinkCorrections;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One long-lived pipeline into a real index on disk: each run reports itself alone, and close stops
 * its pool.
 */
@Tag("integration")
class PipelineTest {
  private static final String PAGE =
      """
      نمایشگاه کتاب شیراز با حضور ۳۰۰ ناشر گشایش یافت

      سی‌امین نمایشگاه کتاب استان فارس امروز در محل دائمی نمایشگاه‌های شیراز آغاز به کار کرد.

      به گزارش خبرگزاری ایسنا، مدیرکل فرهنگ و ارشاد اسلامی فارس گفت: ناشران امسال بیش از ۵۰ هزار عنوان کتاب عرضه می‌کنند.
      """;

  @TempDir Path dir;

  @Test
  void eachRunReportsOnlyItsOwnInputs() throws IOException {
    List<Input> sample = SampleCorpus.inputs();
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir);
        Pipeline pipeline = new Pipeline(engine)) {
      IngestReport first = pipeline.run(sample);
      assertThat(first.files()).isEqualTo(sample.size());
      assertThat(first.added()).isEqualTo(sample.size());
      assertThat(first.rejections()).isEmpty();

      List<Input> second = new ArrayList<>(sample.subList(0, 2));
      second.add(
          Input.of("broken.json", "{\"title\": \"خبر ناقص\"".getBytes(StandardCharsets.UTF_8)));
      second.add(Input.of("shiraz.txt", PAGE.getBytes(StandardCharsets.UTF_8)));
      IngestReport again = pipeline.run(second);
      assertThat(again.summary())
          .isEqualTo("read 4 file(s), 4 record(s): 1 new, 2 duplicate, 1 rejected");
      assertThat(again.rejections())
          .singleElement()
          .satisfies(r -> assertThat(r.file()).isEqualTo("broken.json"));

      IngestReport third =
          pipeline.run(
              List.of(Input.of("shiraz-again.txt", PAGE.getBytes(StandardCharsets.UTF_8))));
      assertThat(third.summary())
          .isEqualTo("read 1 file(s), 1 record(s): 0 new, 1 duplicate, 0 rejected");
      assertThat(engine.count()).isEqualTo(sample.size() + 1);
    }
  }

  /**
   * A chunk's commit runs beside the next chunk's understanding; its lookups wait for it. Run in
   * chunks of five, the sample corpus (and an article seen again four chunks later) is grouped into
   * the same stories as in one chunk, the repeat is found a duplicate, and every input is reported
   * done once, in order.
   */
  @Test
  void chunksCommittedBesideTheNextOneGroupStoriesAsOneChunkDoes(@TempDir Path other)
      throws IOException {
    List<Input> inputs = new ArrayList<>(SampleCorpus.inputs());
    inputs.add(Input.of("shiraz.txt", PAGE.getBytes(StandardCharsets.UTF_8)));
    inputs.addAll(SampleCorpus.inputs().subList(0, 1));
    List<Integer> progress = new ArrayList<>();
    Set<Set<String>> whole;
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(other);
        Pipeline pipeline = new Pipeline(engine, () -> LinkCorrections.NONE, 10_000)) {
      pipeline.run(inputs);
      whole = stories(engine);
    }
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir);
        Pipeline pipeline = new Pipeline(engine, () -> LinkCorrections.NONE, 5)) {
      IngestReport report = pipeline.run(inputs, progress::add);
      assertThat(report.added()).isEqualTo(inputs.size() - 1);
      assertThat(report.summary()).contains("1 duplicate");
      assertThat(progress).isEqualTo(IntStream.rangeClosed(1, inputs.size()).boxed().toList());
      assertThat(engine.count()).isEqualTo(inputs.size() - 1);
      assertThat(whole)
          .as("the sample holds stories of several articles")
          .anyMatch(s -> s.size() > 1);
      assertThat(stories(engine)).isEqualTo(whole);
    }
  }

  /** Every stored article's id, grouped by story. */
  private static Set<Set<String>> stories(LuceneSearchEngine engine) throws IOException {
    Set<Set<String>> out = new HashSet<>();
    for (Hit hit : engine.browse(SearchRequest.browse().limit(100).build()).hits()) {
      Set<String> ids = new HashSet<>();
      engine.story(hit.article().story()).forEach(a -> ids.add(a.id()));
      out.add(ids);
    }
    return out;
  }

  /** An engine that fails mid-run ends the run with an IOException, on every thread at once. */
  @Test
  void anEngineThatFailsEndsTheRunWithAnIoException() throws IOException {
    LuceneSearchEngine engine = LuceneSearchEngine.open(dir);
    try (Pipeline pipeline = new Pipeline(engine, () -> LinkCorrections.NONE, 100)) {
      pipeline.run(SampleCorpus.inputs().subList(0, 3));
      engine.close();
      assertThatThrownBy(() -> pipeline.run(SampleCorpus.inputs())).isInstanceOf(IOException.class);
    }
  }

  @Test
  void progressCountsEveryInputOnceAndAClosedPipelineRunsNothing() throws IOException {
    List<Integer> progress = new ArrayList<>();
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      Pipeline pipeline = new Pipeline(engine);
      pipeline.run(SampleCorpus.inputs().subList(0, 3), progress::add);
      pipeline.close();
      assertThat(progress).containsExactly(1, 2, 3);
      assertThatThrownBy(() -> pipeline.run(SampleCorpus.inputs().subList(3, 4)))
          .isInstanceOf(RejectedExecutionException.class);
      assertThat(engine.count()).isEqualTo(3);
    }
  }
}
