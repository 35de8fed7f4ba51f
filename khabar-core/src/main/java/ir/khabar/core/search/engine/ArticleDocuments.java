package ir.khabar.core.search.engine;

import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.stories.Fingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How an article is laid out in every engine: the fields, what kind each is, and the values an
 * article gives them. Each engine translates the kinds into its own (Lucene field types, a Solr
 * schema) and never lists the fields again.
 */
public final class ArticleDocuments {
  public static final String ID = "id";
  public static final String TEXT = "text";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String SOURCE = "source";

  /** "id\u0001name" of the article's source, counted for the list of sources. */
  public static final String SOURCE_FACET = "source_facet";

  public static final String PUBLISHED = "published";
  public static final String JSON = "json";

  /**
   * When Khabar first stored the article ({@link Article#seen}, milliseconds; now when unset),
   * whatever its publication date: follows find what arrived since they last looked, so an old
   * archive ingested today reaches them, and Atom entries with no date of their own are dated by
   * it.
   */
  public static final String INGESTED = "ingested";

  /**
   * The stopwords of the text, one term each: the text field drops them (see KhabarAnalyzer). Its
   * value is the text (kind {@link Kind#STOPWORDS}).
   */
  public static final String STOPS = "stops";

  public static final String STORY = "story";
  public static final String TEXT_KEY = "textkey";

  /** Locality-sensitive bands of the story fingerprint, one term each. */
  public static final String BANDS = "lsh";

  /**
   * The story candidate (id, story, fingerprint) as bytes read per document: see {@link
   * FingerprintCodec}.
   */
  public static final String FINGERPRINT = "fingerprint";

  /**
   * Every entity id the article mentions, and every party to its events (a country that took part
   * through its capital or its officials only), for entity pages and filters: a pair's page then
   * finds each event that {@code /countries} counts for it. The facets count them too, so that a
   * facet's number is what clicking it finds.
   */
  public static final String ENTITY = "entity";

  /** Per type, "id\u0001name": the facet counts' source. */
  public static final String FACET_PREFIX = "facet_";

  /** What an engine does with a field's values. */
  public enum Kind {
    /** The article's id: matched as is, stored, and the last tie-break of every order. */
    ID,
    /** Matched as is, not stored. */
    KEYWORD,
    /**
     * Matched as is, stored, and kept as a doc value: the story of each ranked hit is read without
     * decompressing its stored fields when hits are folded one per story.
     */
    STORED_KEYWORD,
    /**
     * Title, lead and body analysed once, with positions and their character offsets, not stored.
     * Snippets mark the body from the offsets of its words in this field, with no second analysis
     * and no second indexing of the body.
     */
    TEXT,
    /** Analysed with positions (the title again, alone, for its boost) and stored. */
    STORED_TEXT,
    /** Stored only. */
    STORED,
    /**
     * The text snippets are cut from (lead and body), for an engine whose highlighter reads it from
     * a stored field of its own (Solr's). The embedded engine cuts snippets from the stored article
     * ({@link #JSON}) and does not store the body a second time.
     */
    SNIPPET_TEXT,
    /** A number for ranges and sorting (milliseconds). */
    LONG,
    /** Values counted over all the matches (facets), one or more per article. */
    FACET,
    /** Bytes read per document without decompressing stored fields. */
    BYTES,
    /**
     * The stopwords the value (the text) holds, as {@code PersianText.stopwordsIn} finds them, one
     * term each, matched as is and not stored. It follows the {@link #TEXT} field, so that an
     * engine may take them from the text's own analysis.
     */
    STOPWORDS
  }

  /** One value of one field. */
  public record Value(String field, Kind kind, Object value) {}

  private ArticleDocuments() {}

  /** The article's fields and values, in order. */
  public static List<Value> of(Article a, Fingerprint fingerprint, String textKey) {
    List<Value> d = new ArrayList<>();
    d.add(new Value(ID, Kind.ID, a.id()));
    d.add(new Value(TEXT_KEY, Kind.KEYWORD, textKey));
    if (a.story() != null) {
      d.add(new Value(STORY, Kind.STORED_KEYWORD, a.story()));
    }
    if (fingerprint != null) {
      fingerprint.bands().forEach(b -> d.add(new Value(BANDS, Kind.KEYWORD, b)));
      d.add(
          new Value(
              FINGERPRINT, Kind.BYTES, FingerprintCodec.encode(a.id(), a.story(), fingerprint)));
    }
    String fullText = a.fullText();
    d.add(new Value(TEXT, Kind.TEXT, fullText));
    d.add(new Value(STOPS, Kind.STOPWORDS, fullText));
    d.add(new Value(TITLE, Kind.STORED_TEXT, a.title()));
    d.add(new Value(BODY, Kind.SNIPPET_TEXT, a.leadAndBody()));
    d.add(new Value(SOURCE, Kind.KEYWORD, a.source().id()));
    d.add(new Value(SOURCE_FACET, Kind.FACET, FacetValues.of(a.source().id(), a.source().name())));
    Set<String> ids = new HashSet<>();
    for (Entity e : a.entities()) {
      ids.add(e.id());
      d.add(new Value(ENTITY, Kind.KEYWORD, e.id()));
      d.add(
          new Value(FACET_PREFIX + e.type().label(), Kind.FACET, FacetValues.of(e.id(), e.name())));
    }
    for (Event e : a.events()) {
      for (Event.Actor actor : e.actors()) {
        if (ids.add(actor.id())) {
          d.add(new Value(ENTITY, Kind.KEYWORD, actor.id())); // Austria, met in «وین»
          d.add(
              new Value(
                  FACET_PREFIX + actor.type().label(),
                  Kind.FACET,
                  FacetValues.of(actor.id(), actor.name())));
        }
      }
    }
    if (a.published() != null) {
      d.add(new Value(PUBLISHED, Kind.LONG, a.published().toInstant().toEpochMilli()));
    }
    long seen = a.seen() != null ? a.seen().toEpochMilli() : System.currentTimeMillis();
    d.add(new Value(INGESTED, Kind.LONG, seen));
    d.add(new Value(JSON, Kind.STORED, json(a)));
    return d;
  }

  /** The stored article back from its {@link #JSON} field. */
  public static Article article(String json) throws IOException {
    return ArticleJson.fromJson(ArticleJson.MAPPER.readTree(json));
  }

  /** The stored article back from its {@link #JSON} field kept as UTF-8 bytes. */
  public static Article article(byte[] utf8, int offset, int length) throws IOException {
    return ArticleJson.fromJson(ArticleJson.MAPPER.readTree(utf8, offset, length));
  }

  /** The article as its {@link #JSON} field holds it. */
  public static String json(Article a) {
    try {
      return ArticleJson.MAPPER.writeValueAsString(ArticleJson.toJson(a));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
