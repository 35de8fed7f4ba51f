package ir.khabar.core.index;

import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.stories.Fingerprint;
import java.util.Set;
import java.util.function.Function;
import java.io.IOException;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.util.BytesRef;
import ir.khabar.core.Entity;
import org.apache.lucene.index.IndexOptions;

/** How an article is laid out in the index: the field names are shared with the SolrCloud schema. */
public final class ArticleDocuments {
  public static final String ID = "id";
  public static final String TEXT = "text";
  /** The id as a sorted doc value: results tied on score and date are ordered by id, in every engine. */
  public static final String SORT_ID = "sort_id";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String SOURCE = "source";
  public static final String PUBLISHED = "published";
  public static final String JSON = "json";
  /** The stopwords of the text, one term each: the text field drops them (see KhabarAnalyzer). */
  public static final String STOPS = "stops";
  public static final String STORY = "story";
  public static final String TEXT_KEY = "textkey";
  /** Locality-sensitive bands of the story fingerprint, one term each. */
  public static final String BANDS = "lsh";
  /** The story candidate (id, story, fingerprint) as a doc value: see {@link FingerprintCodec}. */
  public static final String FINGERPRINT = "fingerprint";
  /** Every entity id the article mentions, for entity pages and filters. */
  public static final String ENTITY = "entity";
  /** Per type, "id\u0001name" as sorted-set doc values: the facet counts' source. */
  public static final String FACET_PREFIX = "facet_";

  /**
   * Title, lead and body are analysed once, into {@link #TEXT}; the title again, alone, for its boost.
   * The body is only stored: snippets re-analyse the few bodies they show, which costs less than
   * indexing every body twice.
   */
  private static final FieldType TEXT_TYPE = textType(false);
  private static final FieldType TITLE_TYPE = textType(true);

  private ArticleDocuments() {}

  static Document toDocument(Article a, Fingerprint fingerprint, String textKey,
      Function<String, Set<String>> stopwordsIn) throws IOException {
    Document d = new Document();
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(SORT_ID, new BytesRef(a.id())));
    d.add(new StringField(TEXT_KEY, textKey, Field.Store.NO));
    if (a.story() != null) {
      d.add(new StringField(STORY, a.story(), Field.Store.YES));
    }
    if (fingerprint != null) {
      fingerprint.bands().forEach(b -> d.add(new StringField(BANDS, b, Field.Store.NO)));
      d.add(new BinaryDocValuesField(FINGERPRINT, FingerprintCodec.encode(a.id(), a.story(), fingerprint)));
    }
    d.add(new Field(TEXT, a.fullText(), TEXT_TYPE));
    d.add(new Field(TITLE, a.title(), TITLE_TYPE));
    d.add(new StoredField(BODY, a.leadAndBody()));
    d.add(new StringField(SOURCE, a.source().id(), Field.Store.NO));
    for (Entity e : a.entities()) {
      d.add(new StringField(ENTITY, e.id(), Field.Store.NO));
      d.add(new SortedSetDocValuesField(FACET_PREFIX + e.type().label(), new BytesRef(FacetValues.of(e.id(), e.name()))));
    }
    for (String stop : stopwordsIn.apply(a.fullText())) {
      d.add(new StringField(STOPS, stop, Field.Store.NO));
    }
    if (a.published() != null) {
      long millis = a.published().toInstant().toEpochMilli();
      d.add(new LongPoint(PUBLISHED, millis));
      d.add(new NumericDocValuesField(PUBLISHED, millis));
    }
    d.add(new StoredField(JSON, ArticleJson.MAPPER.writeValueAsString(ArticleJson.toJson(a))));
    return d;
  }

  static Article toArticle(Document d) throws IOException {
    return ArticleJson.fromJson(ArticleJson.MAPPER.readTree(d.get(JSON)));
  }

  private static FieldType textType(boolean stored) {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(stored);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    t.freeze();
    return t;
  }
}
