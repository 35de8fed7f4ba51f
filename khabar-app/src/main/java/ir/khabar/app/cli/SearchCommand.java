package ir.khabar.app.cli;

import ir.khabar.app.export.ArticleExport;
import ir.khabar.app.export.ExportFormat;
import ir.khabar.app.export.Matches;
import ir.khabar.core.search.EntityFilter;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.search.SearchJson;
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

/**
 * `khabar search QUERY`: all terms required unless --any; the query may use the operators of the
 * web page (AND, OR, NOT, +word, -word, ( ), "phrases", title:, source:, prefix*).
 */
@Command(
    name = "search",
    description = "Search the index. Dates are Jalali (1404-09-26) or Gregorian (2025-12-17).")
public final class SearchCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Mixin EngineOption engine;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "How many hits (default 10; with --format, every match up to 10,000).")
  Integer limit;

  @Option(
      names = "--format",
      paramLabel = "csv|jsonl",
      description =
          "Export every match (up to 10,000, stories not folded) as CSV (UTF-8 with a BOM) or JSON lines.")
  String format;

  @Option(names = "--any", description = "Rank articles that match any term.")
  boolean any;

  @Option(
      names = "--sort",
      defaultValue = "relevance",
      paramLabel = "newest|relevance",
      description = "Order of the hits: relevance (the default) or newest first.")
  SearchRequest.Sort sort;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description = "Only this agency (id, name or alias).")
  String source;

  @Option(names = "--from", paramLabel = "DATE")
  String from;

  @Option(names = "--to", paramLabel = "DATE")
  String to;

  @Option(
      names = "--person",
      paramLabel = "NAME",
      description = "Only articles that mention this person (name or id).")
  String person;

  @Option(
      names = "--country",
      paramLabel = "NAME",
      description = "Only articles that mention this country (name or id).")
  String country;

  @Option(
      names = "--org",
      paramLabel = "NAME",
      description = "Only articles that mention this organisation (name or id).")
  String org;

  @Parameters(
      arity = "0..*",
      paramLabel = "QUERY",
      description =
          "The words; none with --person, --country, --org or --source lists those articles, newest first.")
  List<String> query = List.of();

  @Override
  public Integer call() throws Exception {
    SearchRequest request =
        SearchRequest.search(String.join(" ", query))
            .limit(limit == null ? 10 : limit)
            .anyTerm(any)
            .source(source)
            .days(date(from, "--from"), date(to, "--to"))
            .entities(new EntityFilter(person, country, org))
            .sort(sort)
            .build();
    if (request.query().isBlank() && !request.hasFilters()) {
      System.err.println(
          "search: give query words, or a --person, --country, --org or --source to browse");
      return 2;
    }
    if (format != null) {
      ExportFormat f = ExportFormat.parse(format);
      try (SearchEngine index = engine.openForReading(data)) {
        int max = Math.min(Matches.MAX, limit == null ? Matches.MAX : Math.max(0, limit));
        ArticleExport.write(index, request, max, f, System.out);
      }
      System.out.flush();
      return 0;
    }
    SearchResult result;
    try (SearchEngine index = engine.openForReading(data)) {
      result = index.search(request);
    }
    System.out.println(
        json ? SearchJson.toJson(result).toPrettyString() : HumanOutput.format(result));
    return 0;
  }

  private static LocalDate date(String value, String option) {
    if (value == null) {
      return null;
    }
    return JalaliDates.parseDateArgument(value)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    option
                        + ": not a date: "
                        + value
                        + " (use 1404-09-26, ۱۴۰۴/۰۹/۲۶ or 2025-12-17)"));
  }
}
