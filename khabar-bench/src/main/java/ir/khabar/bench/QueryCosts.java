package ir.khabar.bench;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.index.LuceneSearchEngine.Analysis;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.fa.PersianAnalyzer;

/**
 * Where Khabar's queries cost more than stock's, query by query: the bench's articles indexed by
 * both engines (kept in {@code --index DIR} between runs, so that two builds can be compared on one
 * index), the bench's 600 queries run {@code --passes} times on each, and each query's best CPU
 * time. Prints the percentiles, the six kinds of the query mix and the slowest twenty: {@code java
 * -cp khabar-bench/target/benchmarks.jar ir.khabar.bench.QueryCosts --docs N --index DIR [--corpus
 * DIR] [--passes 3] [--answers FILE]}.
 */
public final class QueryCosts {
  private static final int QUERIES = 600;
  private static final long SEED = 1404;

  private QueryCosts() {}

  public static void main(String[] args) throws Exception {
    int docs = Integer.parseInt(PipelineBenchmark.option(args, "--docs", "100000"));
    Path dir = Path.of(PipelineBenchmark.option(args, "--index", "khabar-query-costs"));
    int passes = Integer.parseInt(PipelineBenchmark.option(args, "--passes", "3"));
    String corpus = PipelineBenchmark.option(args, "--corpus", null);
    ArticlePool pool = ArticlePool.load(corpus == null ? null : Path.of(corpus));
    Analysis stock = Analysis.of(new PersianAnalyzer(), new PersianAnalyzer());
    try (LuceneSearchEngine khabar = LuceneSearchEngine.open(dir.resolve("khabar"));
        LuceneSearchEngine baseline = LuceneSearchEngine.open(dir.resolve("stock"), stock)) {
      Path done = dir.resolve("indexed");
      if (!Files.exists(done)) {
        index(new ArticleGenerator(pool, SEED), docs, khabar, baseline);
        Files.writeString(done, Integer.toString(docs));
      }
      List<SearchRequest> mix = QueryMix.build(pool, QUERIES, SEED);
      double[][] cpu = bestCpuMillis(mix, passes, khabar, baseline);
      print(mix, cpu, Files.readString(done).strip());
      String answers = PipelineBenchmark.option(args, "--answers", null);
      if (answers != null) {
        writeAnswers(mix, Path.of(answers), khabar, baseline);
      }
    }
  }

  private static void index(
      ArticleGenerator generator, int docs, LuceneSearchEngine a, LuceneSearchEngine b)
      throws java.io.IOException {
    for (int i = 0; i < docs; i++) {
      a.add(generator.article(i));
      b.add(generator.article(i));
    }
    a.commit();
    b.commit();
  }

  /** Each query's least CPU time on each engine over the passes, after one pass to warm up. */
  private static double[][] bestCpuMillis(
      List<SearchRequest> mix, int passes, LuceneSearchEngine... engines)
      throws java.io.IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] best = new double[engines.length][mix.size()];
    for (double[] b : best) {
      Arrays.fill(b, Double.MAX_VALUE);
    }
    for (int pass = -1; pass < passes; pass++) {
      for (int q = 0; q < mix.size(); q++) {
        for (int e = 0; e < engines.length; e++) {
          long start = threads.getCurrentThreadCpuTime();
          engines[e].search(mix.get(q));
          double millis = (threads.getCurrentThreadCpuTime() - start) / 1e6;
          if (pass >= 0) {
            best[e][q] = Math.min(best[e][q], millis);
          }
        }
      }
    }
    return best;
  }

  /**
   * Each query's answers on each engine (total, ids and scores of the page), one line a query, so
   * that two builds can be shown to answer alike: {@code --answers FILE}.
   */
  private static void writeAnswers(
      List<SearchRequest> mix, Path file, LuceneSearchEngine... engines)
      throws java.io.IOException {
    StringBuilder out = new StringBuilder();
    for (SearchRequest q : mix) {
      for (LuceneSearchEngine e : engines) {
        SearchResult r = e.search(q);
        out.append(q.query()).append('\t').append(r.total()).append(r.totalExact() ? "" : "+");
        r.hits()
            .forEach(h -> out.append('\t').append(h.article().id()).append(' ').append(h.score()));
        out.append('\n');
      }
    }
    Files.writeString(file, out);
  }

  private static void print(List<SearchRequest> mix, double[][] cpu, String docs) {
    System.out.printf(
        "%s articles, %d queries, best CPU ms: Khabar p50 %.2f p99 %.2f, stock p50 %.2f p99 %.2f,"
            + " sum %.0f / %.0f (%.2f)%n",
        docs,
        mix.size(),
        percentile(cpu[0], 50),
        percentile(cpu[0], 99),
        percentile(cpu[1], 50),
        percentile(cpu[1], 99),
        sum(cpu[0], 0, 1),
        sum(cpu[1], 0, 1),
        sum(cpu[0], 0, 1) / sum(cpu[1], 0, 1));
    String[] kinds = {"one word", "two words", "three words", "phrase", "variants", "dated word"};
    for (int k = 0; k < kinds.length; k++) {
      System.out.printf(
          "  %-12s Khabar %6.0f ms, stock %6.0f ms, ratio %.2f%n",
          kinds[k],
          sum(cpu[0], k, QueryMix.KINDS),
          sum(cpu[1], k, QueryMix.KINDS),
          sum(cpu[0], k, QueryMix.KINDS) / sum(cpu[1], k, QueryMix.KINDS));
    }
    System.out.println("  slowest on Khabar (Khabar ms, stock ms, query):");
    IntStream.range(0, mix.size())
        .boxed()
        .sorted(Comparator.comparingDouble(q -> -cpu[0][q]))
        .limit(20)
        .forEach(
            q ->
                System.out.printf("  %7.2f %7.2f  %s%n", cpu[0][q], cpu[1][q], mix.get(q).query()));
  }

  /** The sum of every {@code step}th value from {@code first}. */
  private static double sum(double[] values, int first, int step) {
    double s = 0;
    for (int i = first; i < values.length; i += step) {
      s += values[i];
    }
    return s;
  }

  private static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
  }
}
