package ir.khabar.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.extract.Agencies;
import ir.khabar.core.extract.HtmlPageExtractor;
import ir.khabar.core.extract.JsonRecordExtractor;
import ir.khabar.core.extract.TextPageExtractor;
import ir.khabar.core.extract.Textless;
import ir.khabar.core.extract.dates.DateFromLink;
import ir.khabar.core.extract.dates.UrlDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one input (a file's bytes) into its records: each an extracted article or the reason, in plain
 * words, that it is not one. Chooses the reader by the name: JSON and JSON lines, HTML, else a text
 * page. Never throws on bad input. Stateless, so any number of threads may share one.
 */
final class InputReader {
  /**
   * One record of an input: where it is ("line 3", "record 2", or null for the whole file), the article
   * or why there is none, and whether it counts as a record (a file that is not text holds none).
   */
  record Outcome(String record, Article article, String rejection, boolean counted, Skip.Kind skip) {
    /**
     * The extracted article, dated by its link when it states no date; a skip when it has no text of its
     * own; a rejection when there is none.
     */
    static Outcome of(String record, Optional<Article> article, String reasonIfEmpty) {
      if (article.isEmpty()) {
        return rejected(record, reasonIfEmpty);
      }
      Optional<String> textless = TEXTLESS.why(article.get());
      return textless.map(why -> skipped(record, Skip.Kind.NO_TEXT, why))
          .orElseGet(() -> new Outcome(record, LINK_DATES.complete(article.get()), null, true, null));
    }

    static Outcome rejected(String record, String reason) {
      return new Outcome(record, null, reason, true, null);
    }

    static Outcome notText(String reason) {
      return new Outcome(null, null, reason, false, null);
    }

    /** Read, and deliberately not stored (not news, or no text): reported, but not a failure. */
    static Outcome skipped(String record, Skip.Kind kind, String reason) {
      return new Outcome(record, null, reason, true, kind);
    }
  }

  /** Dates from links, for the articles whose page or record gives none. */
  private static final DateFromLink LINK_DATES = new DateFromLink(new UrlDates());
  private static final Textless TEXTLESS = new Textless(Agencies.get());

  private final TextPageExtractor textPages;
  private final HtmlPageExtractor htmlPages;
  private final JsonRecordExtractor jsonRecords;

  InputReader(Agencies agencies) {
    this.textPages = new TextPageExtractor(agencies);
    this.htmlPages = new HtmlPageExtractor(agencies);
    this.jsonRecords = new JsonRecordExtractor(agencies);
  }

  List<Outcome> read(String origin, byte[] bytes) {
    String name = origin.toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return WarcPages.read(bytes, this::page);
    }
    if (name.endsWith(".xml")) {
      return List.of(Outcome.notText("RSS and Atom feeds are read by the crawler (khabar crawl), not by ingest"));
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return List.of(page(origin, null, null, bytes));
    }
    String text;
    try {
      text = TextDecoder.decode(bytes);
    } catch (TextDecoder.NotTextException e) {
      return List.of(Outcome.notText(e.getMessage()));
    }
    if (name.endsWith(".jsonl")) {
      return jsonLines(origin, text);
    }
    if (name.endsWith(".json")) {
      return json(origin, text);
    }
    Optional<String> notNews = NonNewsFiles.why(origin, text);
    if (notNews.isPresent()) {
      return List.of(Outcome.skipped(null, Skip.Kind.NOT_NEWS, notNews.get()));
    }
    return List.of(Outcome.of(null, textPages.extract(text, origin), "no article text found"));
  }

  /** One HTML page, from a file or a WARC record, fetched from {@code url} when known. */
  Outcome page(String origin, String record, String url, byte[] bytes) {
    try {
      String html = PageDecoder.decode(bytes);
      return Outcome.of(record, htmlPages.extract(html, origin, url), "no article text found");
    } catch (TextDecoder.NotTextException e) {
      return record == null ? Outcome.notText(e.getMessage()) : Outcome.rejected(record, e.getMessage());
    }
  }

  private List<Outcome> jsonLines(String origin, String text) {
    List<Outcome> out = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        out.add(record(origin, "line " + (i + 1), lines.get(i)));
      }
    }
    return out;
  }

  private List<Outcome> json(String origin, String text) {
    JsonNode root;
    try {
      root = ArticleJson.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return List.of(Outcome.rejected(null, invalid(e)));
    }
    if (root.isObject()) {
      return List.of(Outcome.of(null, jsonRecords.extract(root, origin), "no article text found"));
    }
    if (!root.isArray()) {
      return List.of(Outcome.rejected(null, "JSON holds neither an article record nor an array of records"));
    }
    List<Outcome> out = new ArrayList<>();
    int i = 0;
    for (JsonNode n : root) {
      out.add(Outcome.of("record " + ++i, jsonRecords.extract(n, origin), "record without text (no title or body)"));
    }
    return out;
  }

  private Outcome record(String origin, String label, String json) {
    try {
      JsonNode n = ArticleJson.MAPPER.readTree(json);
      return Outcome.of(label, jsonRecords.extract(n, origin), "record without text (no title or body)");
    } catch (JsonProcessingException e) {
      return Outcome.rejected(label, invalid(e));
    }
  }

  private static String invalid(JsonProcessingException e) {
    return "not valid JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }
}
