package ir.khabar.bench;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.index.LuceneSearchEngine.Analysis;
import ir.khabar.core.search.SearchRequest;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.fa.PersianAnalyzer;

/**
 * The macro benchmark: in one process and one run, the same generated articles indexed with
 * Khabar's analysis and with stock Lucene PersianAnalyzer (same engine, same fields), the same
 * query mix against both, the whole pipeline's rate at checkpoints as its index grows ({@link
 * PipelineCheckpoints}, once the two engines compared are closed), and the heap used with both
 * engines open.
 */
public final class MacroBenchmark {
  /** What to run: how many articles, the corpus to draw them from, where the indexes go. */
  public record Options(int docs, Path corpus, Path workDir, int queries, long seed) {}

  private static final int WARMUP_DOCS = 3_000;
  private static final int SLICES = 20;

  private MacroBenchmark() {}

  /** The JVM's collectors by name ("PS Scavenge, PS MarkSweep" for the parallel one). */
  static String collector() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName)
        .collect(Collectors.joining(", "));
  }

  public static BenchReport run(Options o, Consumer<String> log) throws IOException {
    ArticlePool pool = ArticlePool.load(o.corpus());
    ArticleGenerator generator = new ArticleGenerator(pool, o.seed());
    Analysis stock = Analysis.of(new PersianAnalyzer(), new PersianAnalyzer());
    log.accept("garbage collector: " + collector() + "; warming up…");
    warmUp(generator, o.workDir().resolve("warmup"), stock);
    try {
      Comparison compared = compare(o, generator, pool, stock, log);
      log.accept("running the whole pipeline on " + o.docs() + " raw records…");
      List<PipelineCheckpoints.Checkpoint> pipeline =
          PipelineCheckpoints.run(generator, o.docs(), o.workDir().resolve("pipeline"), log);
      return new BenchReport(
          o.docs(),
          pool.origin,
          compared.khabar(),
          compared.stock(),
          pipeline,
          compared.heapMb(),
          compared.queries());
    } finally {
      delete(o.workDir());
    }
  }

  private record Comparison(
      BenchReport.Engine khabar, BenchReport.Engine stock, double heapMb, int queries) {}

  /**
   * Khabar's engine against stock's: index rates, query latencies, and the heap with both open.
   * Both are closed and their files deleted before it returns, so that the pipeline's checkpoints
   * run as a pipeline does in production: its own engine alone in the process, no other index's
   * merges or memory beside it.
   */
  private static Comparison compare(
      Options o, ArticleGenerator generator, ArticlePool pool, Analysis stock, Consumer<String> log)
      throws IOException {
    try (LuceneSearchEngine baseline =
            LuceneSearchEngine.open(o.workDir().resolve("stock"), stock);
        LuceneSearchEngine khabar = LuceneSearchEngine.open(o.workDir().resolve("khabar"))) {
      log.accept(
          "indexing "
              + o.docs()
              + " articles with stock PersianAnalyzer and with Khabar's analysis…");
      double[] rates = indexAlternating(khabar, baseline, generator, o.docs());
      List<SearchRequest> mix = QueryMix.build(pool, o.queries(), o.seed());
      log.accept("running " + mix.size() + " queries against both…");
      Latencies[] latencies = Latencies.alternating(mix, khabar, baseline);
      double heapMb = heapUsedMb();
      log.accept("closing both indexes (their pending merges run now)…");
      return new Comparison(
          new BenchReport.Engine(
              rates[0], latencies[0].percentile(50), latencies[0].percentile(99)),
          new BenchReport.Engine(
              rates[1], latencies[1].percentile(50), latencies[1].percentile(99)),
          heapMb,
          mix.size());
    } finally {
      delete(o.workDir().resolve("stock"));
      delete(o.workDir().resolve("khabar"));
    }
  }

  private static void warmUp(ArticleGenerator generator, Path dir, Analysis stock)
      throws IOException {
    try (LuceneSearchEngine k = LuceneSearchEngine.open(dir.resolve("k"));
        LuceneSearchEngine s = LuceneSearchEngine.open(dir.resolve("s"), stock)) {
      index(k, generator, WARMUP_DOCS);
      index(s, generator, WARMUP_DOCS);
    }
    PipelineCheckpoints.run(generator, WARMUP_DOCS / 2, dir.resolve("p"), line -> {});
    delete(dir);
  }

  /**
   * Both engines index the same articles in alternating slices, so that a noisy neighbour or the
   * JIT weighs on both alike; each engine's rate counts only its own time.
   */
  private static double[] indexAlternating(
      LuceneSearchEngine khabar, LuceneSearchEngine baseline, ArticleGenerator generator, int docs)
      throws IOException {
    long khabarNanos = 0;
    long baselineNanos = 0;
    int slice = Math.max(1, docs / SLICES);
    for (int from = 0; from < docs; from += slice) {
      int to = Math.min(docs, from + slice);
      baselineNanos += indexSlice(baseline, generator, from, to);
      khabarNanos += indexSlice(khabar, generator, from, to);
    }
    long t = System.nanoTime();
    baseline.commit();
    baselineNanos += System.nanoTime() - t;
    t = System.nanoTime();
    khabar.commit();
    khabarNanos += System.nanoTime() - t;
    return new double[] {docs / (khabarNanos / 1e9), docs / (baselineNanos / 1e9)};
  }

  private static long indexSlice(
      LuceneSearchEngine engine, ArticleGenerator generator, int from, int to) throws IOException {
    long start = System.nanoTime();
    for (int i = from; i < to; i++) {
      engine.add(generator.article(i));
    }
    return System.nanoTime() - start;
  }

  private static double index(LuceneSearchEngine engine, ArticleGenerator generator, int docs)
      throws IOException {
    long start = System.nanoTime();
    for (int i = 0; i < docs; i++) {
      engine.add(generator.article(i));
    }
    engine.commit();
    return docs / seconds(start);
  }

  static double heapUsedMb() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
