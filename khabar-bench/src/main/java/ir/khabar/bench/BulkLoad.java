package ir.khabar.bench;

import com.sun.management.OperatingSystemMXBean;
import ir.khabar.core.index.LuceneSearchEngine;
import java.io.Closeable;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The index alone under bulk settings, as a long ingest writes it: N generated articles added on
 * one thread, a commit every 8,000 as the pipeline makes, the process's CPU and the wall time over
 * each 100,000 and at the end (the writer's close waits for its merges). What the merge policy
 * costs as an index grows, without the pipeline's other work: {@code java -cp
 * khabar-bench/target/benchmarks.jar ir.khabar.bench.BulkLoad --docs N [--corpus DIR] [--seed S]}.
 */
public final class BulkLoad {
  private static final int COMMIT_EVERY = 8_000;
  private static final int REPORT_EVERY = 100_000;

  private BulkLoad() {}

  public static void main(String[] args) throws Exception {
    int docs = Integer.parseInt(PipelineBenchmark.option(args, "--docs", "1000000"));
    String corpus = PipelineBenchmark.option(args, "--corpus", null);
    long seed = Long.parseLong(PipelineBenchmark.option(args, "--seed", "42"));
    ArticleGenerator generator =
        new ArticleGenerator(ArticlePool.load(corpus == null ? null : Path.of(corpus)), seed);
    Path work = Files.createTempDirectory("khabar-bulk-load");
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long wall0 = System.nanoTime();
    long cpu0 = os.getProcessCpuTime();
    try {
      try (LuceneSearchEngine engine = LuceneSearchEngine.open(work);
          Closeable bulk = engine.bulk()) {
        for (int i = 0; i < docs; i++) {
          engine.add(generator.article(i));
          if ((i + 1) % COMMIT_EVERY == 0) {
            engine.commit();
          }
          if ((i + 1) % REPORT_EVERY == 0) {
            report(String.valueOf(i + 1), wall0, cpu0, os, work);
          }
        }
        engine.commit();
      }
      report("closed", wall0, cpu0, os, work);
    } finally {
      MacroBenchmark.delete(work);
    }
  }

  private static void report(String at, long wall0, long cpu0, OperatingSystemMXBean os, Path work)
      throws Exception {
    System.out.printf(
        "%s: wall %.1f s, process CPU %.1f s, %.2f GB, %d segments%n",
        at,
        (System.nanoTime() - wall0) / 1e9,
        (os.getProcessCpuTime() - cpu0) / 1e9,
        PipelineCheckpoints.bytesUnder(work) / 1e9,
        PipelineCheckpoints.segments(work));
  }
}
