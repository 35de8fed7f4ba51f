package ir.khabar.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.ingest.Input;
import ir.khabar.core.pipeline.Pipeline;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.search.SearchRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

/**
 * The embedded engine against another (SolrCloud) on the same generated articles, in one run: the
 * whole ingest pipeline into each, in alternating slices so both meet the same JIT and the same
 * noisy neighbours; the same query mix against each, alternating; and the index bytes per article.
 */
public final class EngineComparison {
  /**
   * An engine under test, and how to measure the bytes its index takes (one copy of each document).
   */
  public record Engine(String name, SearchEngine engine, LongSupplier indexBytes) {}

  public record Options(int docs, Path corpus, int queries, long seed) {}

  /** One engine's figures. */
  public record Side(
      String name,
      double pipelineDocsPerSec,
      double queryP50Ms,
      double queryP99Ms,
      long articles,
      double indexBytesPerArticle) {}

  public record Report(int docs, String corpus, int queries, Side first, Side second) {
    public ObjectNode toJson() {
      ObjectNode o =
          ArticleJson.MAPPER
              .createObjectNode()
              .put("docs", docs)
              .put("corpus", corpus)
              .put("queries", queries);
      for (Side s : List.of(first, second)) {
        o.putObject(s.name())
            .put("pipelineDocsPerSec", round(s.pipelineDocsPerSec()))
            .put("queryP50Ms", round(s.queryP50Ms()))
            .put("queryP99Ms", round(s.queryP99Ms()))
            .put("articles", s.articles())
            .put("indexBytesPerArticle", Math.round(s.indexBytesPerArticle()));
      }
      return o;
    }

    public String summary() {
      return String.format(
          """
          %d articles from %s, %d queries × %d passes, one run
                          %-12s %-12s ratio
          pipeline        %-12.0f %-12.0f %.2f   articles/s (extract, understand, stories, index)
          query p50       %-12.2f %-12.2f %.2f   ms
          query p99       %-12.2f %-12.2f %.2f   ms
          index           %-12.0f %-12.0f %.2f   bytes/article (one copy)
          articles        %-12d %-12d""",
          docs,
          corpus,
          queries,
          Latencies.ROUNDS,
          first.name(),
          second.name(),
          first.pipelineDocsPerSec(),
          second.pipelineDocsPerSec(),
          second.pipelineDocsPerSec() / first.pipelineDocsPerSec(),
          first.queryP50Ms(),
          second.queryP50Ms(),
          second.queryP50Ms() / first.queryP50Ms(),
          first.queryP99Ms(),
          second.queryP99Ms(),
          second.queryP99Ms() / first.queryP99Ms(),
          first.indexBytesPerArticle(),
          second.indexBytesPerArticle(),
          second.indexBytesPerArticle() / first.indexBytesPerArticle(),
          first.articles(),
          second.articles());
    }
  }

  private static final int SLICES = 10;

  private EngineComparison() {}

  public static Report run(Options o, Engine first, Engine second, Consumer<String> log)
      throws IOException {
    ArticlePool pool = ArticlePool.load(o.corpus());
    ArticleGenerator generator = new ArticleGenerator(pool, o.seed());
    log.accept(
        "ingesting "
            + o.docs()
            + " generated records into "
            + first.name()
            + " and "
            + second.name()
            + ", alternating…");
    double[] rates = ingestAlternating(generator, o.docs(), first.engine(), second.engine());
    List<SearchRequest> mix = QueryMix.build(pool, o.queries(), o.seed());
    log.accept("running " + mix.size() + " queries against both…");
    Latencies[] latencies = Latencies.alternating(mix, first.engine(), second.engine());
    return new Report(
        o.docs(),
        pool.origin,
        mix.size(),
        side(first, rates[0], latencies[0]),
        side(second, rates[1], latencies[1]));
  }

  private static Side side(Engine e, double rate, Latencies latencies) throws IOException {
    long articles = e.engine().count();
    return new Side(
        e.name(),
        rate,
        latencies.percentile(50),
        latencies.percentile(99),
        articles,
        articles == 0 ? 0 : (double) e.indexBytes().getAsLong() / articles);
  }

  private static double[] ingestAlternating(
      ArticleGenerator generator, int docs, SearchEngine a, SearchEngine b) throws IOException {
    try (Pipeline ia = new Pipeline(a);
        Pipeline ib = new Pipeline(b)) {
      return ingestAlternating(generator, docs, ia, ib);
    }
  }

  private static double[] ingestAlternating(
      ArticleGenerator generator, int docs, Pipeline ia, Pipeline ib) throws IOException {
    long nanosA = 0;
    long nanosB = 0;
    int slice = Math.max(1, docs / SLICES);
    for (int from = 0; from < docs; from += slice) {
      List<Input> inputs =
          IntStream.range(from, Math.min(docs, from + slice))
              .mapToObj(i -> new Input("bench/" + i + ".json", () -> generator.record(i)))
              .toList();
      long t = System.nanoTime();
      ia.run(inputs);
      nanosA += System.nanoTime() - t;
      t = System.nanoTime();
      ib.run(inputs);
      nanosB += System.nanoTime() - t;
    }
    return new double[] {docs / (nanosA / 1e9), docs / (nanosB / 1e9)};
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
