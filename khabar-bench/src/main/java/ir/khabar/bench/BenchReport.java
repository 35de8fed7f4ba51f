package ir.khabar.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.khabar.bench.PipelineCheckpoints.Checkpoint;
import ir.khabar.core.ArticleJson;
import java.util.List;

/** What one benchmark run measured; {@link #toJson()} is the shape `khabar bench --json` prints. */
public record BenchReport(
    int docs,
    String corpus,
    Engine khabar,
    Engine baseline,
    List<Checkpoint> pipeline,
    double heapMb,
    int queries) {

  /** One engine's figures: indexing rate and query latency percentiles. */
  public record Engine(double indexDocsPerSec, double queryP50Ms, double queryP99Ms) {}

  public BenchReport {
    pipeline = List.copyOf(pipeline);
  }

  /** The whole pipeline's rate over the whole run. */
  public double pipelineDocsPerSec() {
    return pipeline.get(pipeline.size() - 1).overallDocsPerSec();
  }

  public ObjectNode toJson() {
    ObjectNode o = ArticleJson.MAPPER.createObjectNode();
    o.put("docs", docs);
    ObjectNode k = o.putObject("khabar");
    k.put("indexDocsPerSec", round(khabar.indexDocsPerSec()));
    k.put("pipelineDocsPerSec", round(pipelineDocsPerSec()));
    k.put("queryP50Ms", round(khabar.queryP50Ms()));
    k.put("queryP99Ms", round(khabar.queryP99Ms()));
    k.put("heapMb", round(heapMb));
    ObjectNode b = o.putObject("baseline");
    b.put("indexDocsPerSec", round(baseline.indexDocsPerSec()));
    b.put("queryP50Ms", round(baseline.queryP50Ms()));
    b.put("queryP99Ms", round(baseline.queryP99Ms()));
    o.set("pipeline", checkpointsJson(pipeline));
    return o;
  }

  static ArrayNode checkpointsJson(List<Checkpoint> checkpoints) {
    ArrayNode a = ArticleJson.MAPPER.createArrayNode();
    for (Checkpoint c : checkpoints) {
      a.addObject()
          .put("articles", c.articles())
          .put("windowArticles", c.windowArticles())
          .put("docsPerSec", round(c.docsPerSec()))
          .put("overallDocsPerSec", round(c.overallDocsPerSec()))
          .put("heapMb", round(c.heapMb()))
          .put("indexBytesPerArticle", round(c.indexBytesPerArticle()))
          .put("segments", c.segments())
          .put("gcShare", round(c.gcShare()));
    }
    return a;
  }

  /** The report for a person: figures and the ratios the project holds itself to. */
  public String summary() {
    return String.format(
            """
            %d articles from %s, %d queries × %d passes, one process
            index rate     khabar %.0f docs/s   stock PersianAnalyzer %.0f docs/s   ratio %.2f
            query p50      khabar %.2f ms       stock %.2f ms
            query p99      khabar %.2f ms       stock %.2f ms        ratio %.2f
            heap used      %.0f MB (Khabar index open and searched)
            """,
            docs,
            corpus,
            queries,
            Latencies.ROUNDS,
            khabar.indexDocsPerSec(),
            baseline.indexDocsPerSec(),
            khabar.indexDocsPerSec() / baseline.indexDocsPerSec(),
            khabar.queryP50Ms(),
            baseline.queryP50Ms(),
            khabar.queryP99Ms(),
            baseline.queryP99Ms(),
            khabar.queryP99Ms() / baseline.queryP99Ms(),
            heapMb)
        + checkpointsSummary(pipeline);
  }

  /** One line per checkpoint, and the last one's rate against the one before. */
  static String checkpointsSummary(List<Checkpoint> checkpoints) {
    StringBuilder s =
        new StringBuilder("pipeline (extract, understand, stories, index), as the index grows:\n");
    for (Checkpoint c : checkpoints) {
      s.append(
          String.format(
              "  at %,9d  %,6.0f articles/s over the last %,d (%,.0f since the start)   heap %.0f MB"
                  + "   %,.0f index bytes/article   %d segments   GC %.0f %%%n",
              c.articles(),
              c.docsPerSec(),
              c.windowArticles(),
              c.overallDocsPerSec(),
              c.heapMb(),
              c.indexBytesPerArticle(),
              c.segments(),
              100 * c.gcShare()));
    }
    if (checkpoints.size() > 1) {
      Checkpoint last = checkpoints.get(checkpoints.size() - 1);
      Checkpoint before = checkpoints.get(checkpoints.size() - 2);
      s.append(
          String.format(
              "  rate at %,d / rate at %,d: %.2f%n",
              last.articles(), before.articles(), last.docsPerSec() / before.docsPerSec()));
    }
    return s.toString();
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
