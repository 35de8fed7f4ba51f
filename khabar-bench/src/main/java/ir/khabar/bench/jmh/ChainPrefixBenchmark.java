package ir.khabar.bench.jmh;

import ir.khabar.bench.BenchArticles;
import ir.khabar.core.Article;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Khabar's index chain cut after each stage ({@link ChainPrefix}) on the macro benchmark's
 * articles: the difference between two cuts is what a stage costs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChainPrefixBenchmark {
  @Param({"FOLDING", "TOKENS", "LOWER_CASE", "SPACING", "TERMS"})
  public ChainPrefix prefix;

  private List<Article> articles;
  private Analyzer cut;

  @Setup
  public void setUp() {
    articles = BenchArticles.first(IndexAnalysisBenchmark.ARTICLES);
    cut = prefix.analyzer();
  }

  /** The text field through Khabar's chain up to {@link #prefix}. */
  @Benchmark
  public long textField() throws IOException {
    long n = 0;
    for (Article a : articles) {
      n += IndexAnalysisBenchmark.tokens(cut, a.fullText());
    }
    return n;
  }
}
