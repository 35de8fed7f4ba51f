package ir.khabar.core.index;

import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
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

  /** Analysed text with offsets in the postings, so snippets need no re-analysis. */
  private static final FieldType TEXT_WITH_OFFSETS = textType(false);
  private static final FieldType STORED_TEXT_WITH_OFFSETS = textType(true);

  private ArticleDocuments() {}

  static Document toDocument(Article a) throws IOException {
    Document d = new Document();
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    d.add(new Field(TEXT, a.fullText(), TEXT_WITH_OFFSETS));
    d.add(new Field(TITLE, a.title(), STORED_TEXT_WITH_OFFSETS));
    d.add(new Field(BODY, a.leadAndBody(), STORED_TEXT_WITH_OFFSETS));
    d.add(new StringField(SOURCE, a.source().id(), Field.Store.NO));
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
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }
}
