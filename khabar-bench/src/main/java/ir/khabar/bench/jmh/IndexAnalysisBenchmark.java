package ir.khabar.bench.jmh;

import ir.khabar.bench.BenchArticles;
import ir.khabar.core.Article;
import ir.khabar.persian.PersianText;
import ir.khabar.persian.analysis.KhabarAnalyzer;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
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
 * The analysis an article costs the index, Khabar against stock PersianAnalyzer, on the macro
 * benchmark's own articles (Fars News): the text and title fields, plus Khabar's stopwords field.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IndexAnalysisBenchmark {
  static final int ARTICLES = 200;

  private List<Article> articles;
  private Analyzer khabar;
  private Analyzer stock;
  private PersianText persian;

  @Setup
  public void setUp() {
    articles = BenchArticles.first(ARTICLES);
    khabar = KhabarAnalyzer.forIndex();
    stock = new PersianAnalyzer();
    persian = PersianText.get();
  }

  /** What the index spends on analysis for the articles with Khabar's analysis (microseconds). */
  @Benchmark
  public long khabarArticle() throws IOException {
    long n = 0;
    for (Article a : articles) {
      n += tokens(khabar, a.fullText()) + tokens(khabar, a.title());
      n += persian.stopwordsIn(a.fullText()).size();
    }
    return n;
  }

  /** The same articles through stock PersianAnalyzer (text and title; no stopwords field). */
  @Benchmark
  public long stockArticle() throws IOException {
    long n = 0;
    for (Article a : articles) {
      n += tokens(stock, a.fullText()) + tokens(stock, a.title());
    }
    return n;
  }

  /** The stopwords field alone. */
  @Benchmark
  public long stopwordsField() {
    long n = 0;
    for (Article a : articles) {
      n += persian.stopwordsIn(a.fullText()).size();
    }
    return n;
  }

  static long tokens(Analyzer analyzer, String text) throws IOException {
    long n = 0;
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      ts.reset();
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
    }
    return n;
  }
}
