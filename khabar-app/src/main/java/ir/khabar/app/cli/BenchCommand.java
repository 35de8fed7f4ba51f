package ir.khabar.app.cli;

import ir.khabar.app.load.LoadRun;
import ir.khabar.bench.BenchReport;
import ir.khabar.bench.EngineComparison;
import ir.khabar.bench.GeneratedCorpus;
import ir.khabar.bench.MacroBenchmark;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.solr.SolrAddress;
import ir.khabar.solr.SolrSearchEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `khabar bench`: Khabar against stock Lucene on the same documents, in one process. */
@Command(
    name = "bench",
    description =
        "The macro benchmark: indexing and query latency against stock Lucene "
            + "PersianAnalyzer on the same articles, the whole pipeline's rate, heap used; with --web, the site under load; "
            + "with --engine, the embedded engine against SolrCloud.")
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(
      names = "--docs",
      defaultValue = "10000",
      paramLabel = "N",
      description = "Articles to generate (default ${DEFAULT-VALUE}).")
  int docs;

  @Option(
      names = "--queries",
      defaultValue = "600",
      paramLabel = "N",
      description = "Queries in the mix (default ${DEFAULT-VALUE}).")
  int queries;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description =
          "JSON records to draw articles from "
              + "(default: ../shared/corpus/farsnews beside the repository when present, else the sample corpus).")
  Path corpus;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "Where the benchmark's indexes go (deleted after).")
  Path work;

  @Option(names = "--seed", defaultValue = "1404")
  long seed;

  @Option(
      names = "--web",
      description =
          "Instead: load the web site on loopback with --clients readers for "
              + "--seconds, over --docs generated articles; report throughput, latency, errors and lost comments.")
  boolean web;

  @Option(
      names = "--clients",
      defaultValue = "100",
      paramLabel = "N",
      description = "With --web: concurrent readers (default ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--seconds",
      defaultValue = "60",
      paramLabel = "S",
      description = "With --web: how long (default ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--engine",
      paramLabel = "solr:ZKHOST/COLLECTION",
      description =
          "Instead: the embedded engine "
              + "against this SolrCloud collection (an empty one, e.g. from ./khabar cluster) on the same --docs articles: "
              + "pipeline rate, query latency, index bytes per article.")
  String engine;

  @Override
  public Integer call() throws Exception {
    Path dir = work != null ? work : Files.createTempDirectory("khabar-bench");
    if (web) {
      return webLoad(dir);
    }
    if (engine != null) {
      return compareEngines(dir);
    }
    BenchReport report =
        MacroBenchmark.run(
            new MacroBenchmark.Options(docs, corpus(), dir, queries, seed),
            line -> System.err.println("bench: " + line));
    System.out.println(json ? report.toJson().toString() : report.summary());
    return 0;
  }

  private int webLoad(Path dir) throws Exception {
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      System.err.println("bench: indexing " + docs + " generated articles…");
      GeneratedCorpus.ingest(engine, corpus(), docs, seed);
      System.err.println("bench: " + clients + " readers for " + seconds + " s…");
      LoadRun.Result r = LoadRun.run(engine, dir, clients, Duration.ofSeconds(seconds));
      var o =
          r.load()
              .toJson()
              .put("articles", engine.count())
              .put("commentsStored", r.commentsStored())
              .put("lostComments", r.lostComments());
      System.out.println(json ? o.toString() : o.toPrettyString());
      return r.clean() ? 0 : 1;
    }
  }

  private int compareEngines(Path dir) throws Exception {
    Path index = dir.resolve("index");
    try (LuceneSearchEngine embedded = LuceneSearchEngine.open(index);
        SolrSearchEngine solr = SolrSearchEngine.connect(SolrAddress.parse(engine))) {
      if (solr.count() > 0) {
        System.err.println(
            "khabar bench: "
                + engine
                + " already holds "
                + solr.count()
                + " articles; give an empty collection");
        return 2;
      }
      EngineComparison.Report report =
          EngineComparison.run(
              new EngineComparison.Options(docs, corpus(), queries, seed),
              new EngineComparison.Engine("embedded", embedded, () -> bytesUnder(index)),
              new EngineComparison.Engine(
                  "solrcloud",
                  solr,
                  () -> {
                    try {
                      return solr.indexBytes();
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  }),
              line -> System.err.println("bench: " + line));
      System.out.println(json ? report.toJson().toString() : report.summary());
      return 0;
    }
  }

  private static long bytesUnder(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path corpus() {
    if (corpus != null) {
      return corpus;
    }
    String home = System.getProperty("khabar.home");
    Path beside =
        Path.of(home != null ? home : ".").resolve("../shared/corpus/farsnews").normalize();
    return Files.isDirectory(beside) ? beside : null;
  }
}
