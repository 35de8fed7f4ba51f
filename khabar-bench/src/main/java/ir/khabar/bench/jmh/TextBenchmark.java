package ir.khabar.bench.jmh;

import ir.khabar.core.Article;
import ir.khabar.core.extract.Agencies;
import ir.khabar.core.extract.TextPageExtractor;
import ir.khabar.core.stories.Fingerprint;
import ir.khabar.core.stories.Fingerprinter;
import ir.khabar.persian.PersianText;
import ir.khabar.persian.date.DateMention;
import ir.khabar.persian.date.JalaliDates;
import ir.khabar.persian.text.SearchFolding;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-page costs of the text stages: folding, display normalisation, date finding, extraction, and
 * the story fingerprint.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextBenchmark {
  private static final LocalDate REFERENCE = LocalDate.of(2025, 12, 17);
  private String page;
  private PersianText persian;
  private TextPageExtractor extractor;
  private Fingerprinter fingerprinter;
  private Article article;

  @Setup
  public void setUp() {
    List<String> pages = SampleText.pages();
    page = pages.get(1);
    persian = PersianText.get();
    extractor = new TextPageExtractor(Agencies.get());
    fingerprinter = new Fingerprinter(persian);
    article = extractor.extract(page, "bench").orElseThrow();
  }

  @Benchmark
  public Fingerprint storyFingerprint() {
    return fingerprinter.of(article);
  }

  @Benchmark
  public String searchFolding() {
    return SearchFolding.fold(page);
  }

  @Benchmark
  public String displayNormalisation() {
    return persian.forDisplay(page);
  }

  @Benchmark
  public List<DateMention> jalaliDates() {
    return JalaliDates.findAll(page, REFERENCE);
  }

  @Benchmark
  public Optional<Article> textPageExtraction() {
    return extractor.extract(page, "bench");
  }
}
