package ir.khabar.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The pipeline part of the macro benchmark alone, runnable from the bench jar without installing
 * (for before/after runs of two builds): {@code java -cp khabar-bench/target/benchmarks.jar
 * ir.khabar.bench.PipelineBenchmark --docs N [--corpus DIR] [--seed S] [--json]}.
 */
public final class PipelineBenchmark {
  private PipelineBenchmark() {}

  public static void main(String[] args) throws Exception {
    int docs = Integer.parseInt(option(args, "--docs", "10000"));
    String corpus = option(args, "--corpus", null);
    long seed = Long.parseLong(option(args, "--seed", "1404"));
    ArticleGenerator generator =
        new ArticleGenerator(ArticlePool.load(corpus == null ? null : Path.of(corpus)), seed);
    Path work = Files.createTempDirectory("khabar-pipeline-bench");
    try {
      System.err.println(
          "bench: garbage collector: " + MacroBenchmark.collector() + "; warming up…");
      PipelineCheckpoints.run(generator, 1_500, work.resolve("warmup"), line -> {});
      List<PipelineCheckpoints.Checkpoint> checkpoints =
          PipelineCheckpoints.run(
              generator,
              docs,
              work.resolve("pipeline"),
              line -> System.err.println("bench: " + line));
      System.out.println(
          List.of(args).contains("--json")
              ? BenchReport.checkpointsJson(checkpoints).toString()
              : BenchReport.checkpointsSummary(checkpoints));
    } finally {
      MacroBenchmark.delete(work);
    }
  }

  static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
