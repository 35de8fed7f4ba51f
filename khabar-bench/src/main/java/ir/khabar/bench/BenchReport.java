package ir.khabar.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.khabar.core.ArticleJson;

/** What one benchmark run measured; {@link #toJson()} is the shape `khabar bench --json` prints. */
public record BenchReport(
    int docs,
    String corpus,
    Engine khabar,
    Engine baseline,
    double pipelineDocsPerSec,
    double heapMb,
    int queries) {

  /** One engine's figures: indexing rate and query latency percentiles. */
  public record Engine(double indexDocsPerSec, double queryP50Ms, double queryP99Ms) {}

  public ObjectNode toJson() {
    ObjectNode o = ArticleJson.MAPPER.createObjectNode();
    o.put("docs", docs);
    ObjectNode k = o.putObject("khabar");
    k.put("indexDocsPerSec", round(khabar.indexDocsPerSec()));
    k.put("pipelineDocsPerSec", round(pipelineDocsPerSec));
    k.put("queryP50Ms", round(khabar.queryP50Ms()));
    k.put("queryP99Ms", round(khabar.queryP99Ms()));
    k.put("heapMb", round(heapMb));
    ObjectNode b = o.putObject("baseline");
    b.put("indexDocsPerSec", round(baseline.indexDocsPerSec()));
    b.put("queryP50Ms", round(baseline.queryP50Ms()));
    b.put("queryP99Ms", round(baseline.queryP99Ms()));
    return o;
  }

  /** The report for a person: figures and the ratios the project holds itself to. */
  public String summary() {
    return String.format(
        """
        %d articles from %s, %d queries, one process
        index rate     khabar %.0f docs/s   stock PersianAnalyzer %.0f docs/s   ratio %.2f
        query p50      khabar %.2f ms       stock %.2f ms
        query p99      khabar %.2f ms       stock %.2f ms        ratio %.2f
        pipeline       %.0f articles/s (extract, understand, index)
        heap used      %.0f MB""",
        docs,
        corpus,
        queries,
        khabar.indexDocsPerSec(),
        baseline.indexDocsPerSec(),
        khabar.indexDocsPerSec() / baseline.indexDocsPerSec(),
        khabar.queryP50Ms(),
        baseline.queryP50Ms(),
        khabar.queryP99Ms(),
        baseline.queryP99Ms(),
        khabar.queryP99Ms() / baseline.queryP99Ms(),
        pipelineDocsPerSec,
        heapMb);
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
