package ir.khabar.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.core.search.SearchResult;
import ir.khabar.persian.date.JalaliDates;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `khabar search QUERY`: all terms required unless --any. */
@Command(name = "search", description = "Search the index. Dates are Jalali (1404-09-26) or Gregorian (2025-12-17).")
public final class SearchCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Option(names = "--json", description = "Print one JSON object.") boolean json;
  @Option(names = "--limit", defaultValue = "10", paramLabel = "N") int limit;
  @Option(names = "--any", description = "Rank articles that match any term.") boolean any;
  @Option(names = "--source", paramLabel = "NAME", description = "Only this agency (id, name or alias).") String source;
  @Option(names = "--from", paramLabel = "DATE") String from;
  @Option(names = "--to", paramLabel = "DATE") String to;
  @Parameters(arity = "1..*", paramLabel = "QUERY") List<String> query;

  @Override
  public Integer call() throws Exception {
    SearchRequest request = new SearchRequest(String.join(" ", query), limit, 0, any, source,
        date(from, "--from"), date(to, "--to"), SearchRequest.Sort.RELEVANCE);
    SearchResult result;
    try (LuceneSearchEngine engine = LuceneSearchEngine.openReadOnly(data.index())) {
      result = engine.search(request);
    }
    System.out.println(json ? toJson(result).toPrettyString() : HumanOutput.format(result));
    return 0;
  }

  private static LocalDate date(String value, String option) {
    if (value == null) {
      return null;
    }
    return JalaliDates.parseDateArgument(value).orElseThrow(() -> new IllegalArgumentException(
        option + ": not a date: " + value + " (use 1404-09-26, ۱۴۰۴/۰۹/۲۶ or 2025-12-17)"));
  }

  static ObjectNode toJson(SearchResult result) {
    ObjectNode o = ArticleJson.MAPPER.createObjectNode();
    o.put("query", result.query());
    o.put("total", result.total());
    ArrayNode hits = o.putArray("hits");
    for (Hit h : result.hits()) {
      ObjectNode n = hits.addObject();
      n.put("id", h.article().id());
      n.put("title", h.article().title());
      n.put("source", h.article().source().name());
      n.put("published", ArticleJson.iso(h.article().published()));
      n.put("url", h.article().url());
      n.put("origin", h.article().origin());
      n.put("snippet", h.snippet());
      n.put("score", h.score());
      n.put("story", h.article().story());
    }
    return o;
  }
}
