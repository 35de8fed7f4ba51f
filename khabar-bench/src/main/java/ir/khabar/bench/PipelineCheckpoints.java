package ir.khabar.bench;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.ingest.Input;
import ir.khabar.core.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The whole pipeline over N generated records in one index, timed at checkpoints (10k, 100k, 1M …
 * as far as N goes, and N): whether ingest stays flat as the index grows is only seen by measuring
 * the rate near each size in one run, not the average of a whole run.
 */
public final class PipelineCheckpoints {
  /**
   * The figures at one size: the rate over the last {@code windowArticles} before it, the rate
   * since the start, heap used after GC, the index's bytes per article, its segments, and the share
   * of the window's time the collector's pauses took.
   */
  public record Checkpoint(
      int articles,
      int windowArticles,
      double docsPerSec,
      double overallDocsPerSec,
      double heapMb,
      double indexBytesPerArticle,
      int segments,
      double gcShare) {}

  private static final int MIN_WINDOW = 8_000;

  private PipelineCheckpoints() {}

  /** The sizes reported for a run of {@code docs}: each power of ten from 10,000 up, then docs. */
  static List<Integer> sizes(int docs) {
    List<Integer> out = new ArrayList<>();
    for (long c = 10_000; c < docs; c *= 10) {
      out.add((int) c);
    }
    out.add(docs);
    return out;
  }

  /** The articles timed before a checkpoint: a tenth of it, at least one commit's worth. */
  static int window(int checkpoint) {
    return Math.min(checkpoint, Math.max(MIN_WINDOW, checkpoint / 10));
  }

  static List<Checkpoint> run(ArticleGenerator generator, int docs, Path dir, Consumer<String> log)
      throws IOException {
    List<Checkpoint> out = new ArrayList<>();
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir);
        Pipeline pipeline = new Pipeline(engine)) {
      int done = 0;
      long totalNanos = 0;
      for (int size : sizes(docs)) {
        int windowFrom = Math.max(done, size - window(size));
        totalNanos += timed(pipeline, generator, done, windowFrom);
        long gcBefore = gcMillis();
        long windowNanos = timed(pipeline, generator, windowFrom, size);
        double gcShare = (gcMillis() - gcBefore) / (windowNanos / 1e6);
        totalNanos += windowNanos;
        done = size;
        Checkpoint c =
            new Checkpoint(
                size,
                size - windowFrom,
                (size - windowFrom) / (windowNanos / 1e9),
                size / (totalNanos / 1e9),
                MacroBenchmark.heapUsedMb(),
                bytesUnder(dir) / (double) size,
                segments(dir),
                gcShare);
        log.accept(
            String.format("pipeline at %,d articles: %.0f articles/s", size, c.docsPerSec()));
        out.add(c);
      }
    }
    return out;
  }

  private static long timed(Pipeline pipeline, ArticleGenerator generator, int from, int to)
      throws IOException {
    if (from >= to) {
      return 0;
    }
    List<Input> inputs =
        IntStream.range(from, to)
            .mapToObj(i -> new Input("bench/" + i + ".json", () -> generator.record(i)))
            .toList();
    long start = System.nanoTime();
    pipeline.run(inputs);
    return System.nanoTime() - start;
  }

  /** The collectors' pause time so far, all collectors. */
  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  static long bytesUnder(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Segments in the last commit: one segment-info file each. */
  static int segments(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return (int) files.filter(f -> f.getFileName().toString().endsWith(".si")).count();
    }
  }
}
