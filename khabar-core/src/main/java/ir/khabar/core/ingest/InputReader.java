package ir.khabar.core.ingest;

import ir.khabar.core.Article;
import ir.khabar.core.extract.Agencies;
import ir.khabar.core.extract.HtmlPageExtractor;
import ir.khabar.core.extract.JsonRecordExtractor;
import ir.khabar.core.extract.TextPageExtractor;
import ir.khabar.core.extract.Textless;
import ir.khabar.core.extract.dates.DateFromFileName;
import ir.khabar.core.extract.dates.DateFromLink;
import ir.khabar.core.extract.dates.FileNameDates;
import ir.khabar.core.extract.dates.UrlDates;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads one input (a file's bytes) into its records: each an extracted article or the reason, in
 * plain words, that it is not one. Chooses the reader by the name: JSON and JSON lines, HTML, else
 * a text page. Never throws on bad input. Stateless, so any number of threads may share one.
 */
final class InputReader {
  /**
   * One record of an input: where it is ("line 3", "record 2", or null for the whole file), the
   * article or why there is none, and whether it counts as a record (a file that is not text holds
   * none).
   */
  record Outcome(
      String record, Article article, String rejection, boolean counted, Skip.Kind skip) {
    /**
     * The extracted article, dated by its link when it states no date; a skip when it has no text
     * of its own; a rejection when there is none.
     */
    static Outcome of(String record, Optional<Article> article, String reasonIfEmpty) {
      if (article.isEmpty()) {
        return rejected(record, reasonIfEmpty);
      }
      Optional<String> textless = TEXTLESS.why(article.get());
      return textless
          .map(why -> skipped(record, Skip.Kind.NO_TEXT, why))
          .orElseGet(
              () -> new Outcome(record, LINK_DATES.complete(article.get()), null, true, null));
    }

    /** This outcome's article dated by its file's name when it has no day yet. */
    Outcome datedBy(String file) {
      return article == null
          ? this
          : new Outcome(record, FILE_DATES.complete(article, file), rejection, counted, skip);
    }

    static Outcome rejected(String record, String reason) {
      return new Outcome(record, null, reason, true, null);
    }

    static Outcome notText(String reason) {
      return new Outcome(null, null, reason, false, null);
    }

    /**
     * The outcome {@code read} gives, or a rejection of the record when Khabar fails on it: one odd
     * input must not stop the batch, and the reader is told in words, not with a Java exception.
     */
    static Outcome guarded(String record, Supplier<Outcome> read) {
      try {
        return read.get();
      } catch (RuntimeException | StackOverflowError e) {
        return rejected(record, FAILED);
      }
    }

    /** Read, and deliberately not stored (not news, or no text): reported, but not a failure. */
    static Outcome skipped(String record, Skip.Kind kind, String reason) {
      return new Outcome(record, null, reason, true, kind);
    }
  }

  static final String FAILED =
      "Khabar could not extract it (an internal error: please report this file)";

  /** Dates from links, for the articles whose page or record gives none. */
  private static final DateFromLink LINK_DATES = new DateFromLink(new UrlDates());

  /**
   * Dates from file names, for a text or HTML file's article that neither it nor its link dates.
   */
  private static final DateFromFileName FILE_DATES = new DateFromFileName(new FileNameDates());

  private static final Textless TEXTLESS = new Textless(Agencies.get());

  private final TextPageExtractor textPages;
  private final HtmlPageExtractor htmlPages;
  private final JsonInputs json;

  InputReader(Agencies agencies) {
    this.textPages = new TextPageExtractor(agencies);
    this.htmlPages = new HtmlPageExtractor(agencies);
    this.json = new JsonInputs(new JsonRecordExtractor(agencies));
  }

  /**
   * The records of one input; whatever goes wrong in reading it is a rejection, never an exception.
   */
  List<Outcome> read(String origin, byte[] bytes) {
    Optional<String> tooLarge = InputLimits.check(origin, bytes.length);
    if (tooLarge.isPresent()) {
      return List.of(Outcome.notText(tooLarge.get()));
    }
    try {
      return byName(origin, bytes);
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(Outcome.rejected(null, FAILED));
    }
  }

  private List<Outcome> byName(String origin, byte[] bytes) {
    String name = origin.toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return WarcPages.read(bytes, this::page);
    }
    if (name.endsWith(".xml")) {
      return List.of(
          Outcome.notText(
              "RSS and Atom feeds are read by the crawler (khabar crawl), not by ingest"));
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return List.of(page(origin, null, null, bytes).datedBy(origin));
    }
    if (name.endsWith(".jsonl")) {
      return json.jsonLines(origin, bytes);
    }
    if (name.endsWith(".json")) {
      return json.json(origin, bytes);
    }
    String text;
    try {
      text = TextDecoder.decodeText(bytes);
    } catch (TextDecoder.NotTextException e) {
      return List.of(Outcome.notText(e.getMessage()));
    }
    Optional<String> notNews = NonNewsFiles.why(origin, text);
    if (notNews.isPresent()) {
      return List.of(Outcome.skipped(null, Skip.Kind.NOT_NEWS, notNews.get()));
    }
    return List.of(
        Outcome.of(null, textPages.extract(text, origin), "no article text found").datedBy(origin));
  }

  /** One HTML page, from a file or a WARC record, fetched from {@code url} when known. */
  Outcome page(String origin, String record, String url, byte[] bytes) {
    return Outcome.guarded(
        record,
        () -> {
          try {
            String html = PageDecoder.decode(bytes);
            return Outcome.of(
                record, htmlPages.extract(html, origin, url), "no article text found");
          } catch (TextDecoder.NotTextException e) {
            return record == null
                ? Outcome.notText(e.getMessage())
                : Outcome.rejected(record, e.getMessage());
          }
        });
  }
}
