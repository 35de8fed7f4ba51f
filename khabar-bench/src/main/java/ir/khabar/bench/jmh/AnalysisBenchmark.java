package ir.khabar.bench.jmh;

import ir.khabar.persian.analysis.KhabarAnalyzer;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
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
 * Tokens per second through Khabar's index analyzer and through stock PersianAnalyzer, same pages.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalysisBenchmark {
  private List<String> pages;
  private Analyzer khabar;
  private Analyzer stock;

  @Setup
  public void setUp() {
    pages = SampleText.pages();
    khabar = KhabarAnalyzer.forIndex();
    stock = new PersianAnalyzer();
  }

  @Benchmark
  public long khabarAnalyzer() throws IOException {
    return pages(khabar);
  }

  @Benchmark
  public long stockPersianAnalyzer() throws IOException {
    return pages(stock);
  }

  private long pages(Analyzer analyzer) throws IOException {
    long n = 0;
    for (String page : pages) {
      n += IndexAnalysisBenchmark.tokens(analyzer, page);
    }
    return n;
  }
}
