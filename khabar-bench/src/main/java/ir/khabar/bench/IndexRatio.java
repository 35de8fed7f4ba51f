package ir.khabar.bench;

import ir.khabar.core.Article;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.index.LuceneSearchEngine.Analysis;
import ir.khabar.persian.PersianText;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.fa.PersianAnalyzer;

/**
 * The index rate of Khabar's engine against stock {@code PersianAnalyzer}'s, measured in one
 * process: in each round both engines add the same new generated articles, one after the other (the
 * order alternating), each on a thread of its own named after it ({@code khabar}, {@code stock}: a
 * JFR profile splits by thread), timed by that thread's CPU. The in-run ratio is the median over
 * rounds of stock's CPU over Khabar's; every round indexes new articles, since {@code add} skips an
 * article stored already.
 *
 * <pre>
 * java -cp khabar-bench/target/benchmarks.jar ir.khabar.bench.IndexRatio \
 *   --rounds 60 --warmup 10 --per-round 100 --corpus ../shared/corpus/farsnews --work /tmp/ratio
 * </pre>
 *
 * {@code --khabar-stops off} indexes Khabar without its stopwords field, {@code --stock-stops on}
 * gives stock Khabar's stopwords field: what the field costs in the ratio.
 */
public final class IndexRatio {
  private static final int COMMIT_EVERY = 20;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private IndexRatio() {}

  public static void main(String[] args) throws Exception {
    Result r = run(Options.parse(args));
    System.out.printf(
        Locale.ROOT,
        "rounds %d x %d articles: khabar %.1f ms, stock %.1f ms (medians);"
            + " in-run ratio median %.3f (quartiles %.3f-%.3f), of the sums %.3f%n",
        r.rounds(),
        r.perRound(),
        r.khabarMs(),
        r.stockMs(),
        r.ratio(),
        r.lowerQuartile(),
        r.upperQuartile(),
        r.ofSums());
  }

  /**
   * What a run measured: medians of the per-round CPU (ms) of each engine, the median and quartiles
   * of the per-round ratio (stock / Khabar) and the ratio of the sums.
   */
  record Result(
      int rounds,
      int perRound,
      double khabarMs,
      double stockMs,
      double ratio,
      double lowerQuartile,
      double upperQuartile,
      double ofSums) {}

  static Result run(Options o) throws IOException, InterruptedException, ExecutionException {
    ArticleGenerator generator = new ArticleGenerator(ArticlePool.load(o.corpus), 42);
    Analysis khabar = Analysis.khabar();
    if (!o.khabarStops) {
      khabar = new Analysis(khabar.index(), khabar.query(), null);
    }
    Analysis stock =
        new Analysis(
            new PersianAnalyzer(),
            new PersianAnalyzer(),
            o.stockStops ? PersianText.get()::stopwordsIn : null);
    ExecutorService k = Executors.newSingleThreadExecutor(r -> new Thread(r, "khabar"));
    ExecutorService s = Executors.newSingleThreadExecutor(r -> new Thread(r, "stock"));
    MacroBenchmark.delete(o.work);
    try (LuceneSearchEngine ke = LuceneSearchEngine.open(o.work.resolve("khabar"), khabar);
        LuceneSearchEngine se = LuceneSearchEngine.open(o.work.resolve("stock"), stock)) {
      double[] ratio = new double[o.rounds];
      double[] kms = new double[o.rounds];
      double[] sms = new double[o.rounds];
      for (int round = 0; round < o.warmup + o.rounds; round++) {
        List<Article> articles = new ArrayList<>(o.perRound);
        for (int i = 0; i < o.perRound; i++) {
          articles.add(generator.article(round * o.perRound + i));
        }
        boolean commit = (round + 1) % COMMIT_EVERY == 0;
        long kn;
        long sn;
        if (round % 2 == 0) {
          kn = timed(k, ke, articles, commit);
          sn = timed(s, se, articles, commit);
        } else {
          sn = timed(s, se, articles, commit);
          kn = timed(k, ke, articles, commit);
        }
        if (round >= o.warmup) {
          int r = round - o.warmup;
          ratio[r] = (double) sn / kn;
          kms[r] = kn / 1e6;
          sms[r] = sn / 1e6;
        }
      }
      return new Result(
          o.rounds,
          o.perRound,
          median(kms),
          median(sms),
          median(ratio),
          quantile(ratio, 0.25),
          quantile(ratio, 0.75),
          Arrays.stream(sms).sum() / Arrays.stream(kms).sum());
    } finally {
      k.shutdown();
      s.shutdown();
      MacroBenchmark.delete(o.work);
    }
  }

  /** The CPU time of the engine's thread adding the articles (and committing when asked). */
  private static long timed(
      ExecutorService thread, LuceneSearchEngine engine, List<Article> articles, boolean commit)
      throws InterruptedException, ExecutionException {
    Future<Long> f =
        thread.submit(
            () -> {
              long start = THREADS.getCurrentThreadCpuTime();
              for (Article a : articles) {
                engine.add(a);
              }
              if (commit) {
                engine.commit();
              }
              return THREADS.getCurrentThreadCpuTime() - start;
            });
    return f.get();
  }

  static double median(double[] values) {
    return quantile(values, 0.5);
  }

  static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double at = q * (sorted.length - 1);
    int lo = (int) Math.floor(at);
    int hi = (int) Math.ceil(at);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
  }

  record Options(
      int rounds,
      int warmup,
      int perRound,
      Path corpus,
      Path work,
      boolean khabarStops,
      boolean stockStops) {
    static Options parse(String[] args) {
      int rounds = 60;
      int warmup = 10;
      int perRound = 100;
      Path corpus = Path.of("../shared/corpus/farsnews");
      Path work = Path.of(System.getProperty("java.io.tmpdir"), "khabar-index-ratio");
      boolean khabarStops = true;
      boolean stockStops = false;
      for (int i = 0; i + 1 < args.length; i += 2) {
        String v = args[i + 1];
        switch (args[i]) {
          case "--rounds" -> rounds = Integer.parseInt(v);
          case "--warmup" -> warmup = Integer.parseInt(v);
          case "--per-round" -> perRound = Integer.parseInt(v);
          case "--corpus" -> corpus = Path.of(v);
          case "--work" -> work = Path.of(v);
          case "--khabar-stops" -> khabarStops = !"off".equals(v);
          case "--stock-stops" -> stockStops = "on".equals(v);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      return new Options(rounds, warmup, perRound, corpus, work, khabarStops, stockStops);
    }
  }
}
