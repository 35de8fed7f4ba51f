package ir.khabar.core.index;

import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.stories.Fingerprint;
import java.util.Set;
import java.util.function.Function;
import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;

/** How an article is laid out in the Lucene index. */
final class ArticleDocuments {
  static final String ID = "id";
  static final String TEXT = "text";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String SOURCE = "source";
  static final String PUBLISHED = "published";
  static final String JSON = "json";
  /** The stopwords of the text, one term each: the text field drops them (see KhabarAnalyzer). */
  static final String STOPS = "stops";
  static final String STORY = "story";
  static final String TEXT_KEY = "textkey";
  /** Locality-sensitive bands of the story fingerprint, one term each. */
  static final String BANDS = "lsh";
  static final String MINHASH = "minhash";
  static final String HEADLINE = "headline";
  static final String SHINGLES = "shingles";
  static final String PUBLISHED_AT = "published_at";

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
    d.add(new StringField(TEXT_KEY, textKey, Field.Store.NO));
    if (a.story() != null) {
      d.add(new StringField(STORY, a.story(), Field.Store.YES));
    }
    if (fingerprint != null) {
      fingerprint.bands().forEach(b -> d.add(new StringField(BANDS, b, Field.Store.NO)));
      d.add(new StoredField(MINHASH, fingerprint.signatureBytes()));
      d.add(new StoredField(SHINGLES, fingerprint.shingles()));
      d.add(new StoredField(HEADLINE, String.join(" ", fingerprint.headline())));
    }
    d.add(new Field(TEXT, a.fullText(), TEXT_TYPE));
    d.add(new Field(TITLE, a.title(), TITLE_TYPE));
    d.add(new StoredField(BODY, a.leadAndBody()));
    d.add(new StringField(SOURCE, a.source().id(), Field.Store.NO));
    for (String stop : stopwordsIn.apply(a.fullText())) {
      d.add(new StringField(STOPS, stop, Field.Store.NO));
    }
    if (a.published() != null) {
      long millis = a.published().toInstant().toEpochMilli();
      d.add(new LongPoint(PUBLISHED, millis));
      d.add(new NumericDocValuesField(PUBLISHED, millis));
      d.add(new StoredField(PUBLISHED_AT, millis));
    }
    d.add(new StoredField(JSON, ArticleJson.MAPPER.writeValueAsString(ArticleJson.toJson(a))));
    return d;
  }

  /** The fingerprint stored with an article, or null when it was stored without one. */
  static Fingerprint fingerprint(Document d) {
    org.apache.lucene.util.BytesRef sig = d.getBinaryValue(MINHASH);
    if (sig == null) {
      return null;
    }
    String headline = d.get(HEADLINE);
    Number at = d.getField(PUBLISHED_AT) == null ? null : d.getField(PUBLISHED_AT).numericValue();
    java.time.ZonedDateTime published = at == null ? null
        : java.time.Instant.ofEpochMilli(at.longValue()).atZone(ir.khabar.persian.date.JalaliDates.TEHRAN);
    int shingles = d.getField(SHINGLES) == null ? 1 : d.getField(SHINGLES).numericValue().intValue();
    return new Fingerprint(Fingerprint.signatureOf(java.util.Arrays.copyOfRange(sig.bytes, sig.offset, sig.offset + sig.length)),
        shingles, headline == null || headline.isEmpty() ? Set.of() : Set.of(headline.split(" ")), published);
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
