package ir.khabar.core.index;

import ir.khabar.core.Article;
import ir.khabar.core.search.engine.ArticleDocuments;
import java.io.IOException;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * {@link ArticleDocuments}' layout in Lucene's field types: each kind of field becomes its Lucene
 * fields.
 */
final class LuceneDocuments {
  /** The id as a sorted doc value: results tied on score and date are ordered by id. */
  static final String SORT_ID = "sort_id";

  private static final FieldType TEXT_TYPE = textType(false, true);
  private static final FieldType OLD_TEXT_TYPE = textType(false, false);
  private static final FieldType STORED_TEXT_TYPE = textType(true, false);

  private LuceneDocuments() {}

  /**
   * The values as Lucene fields, in an index of {@code layout}. {@code stopwordsIn}: the stopwords
   * a text holds when the text field's analysis does not record them; null for an analysis that
   * keeps no stopwords field.
   */
  static Document of(
      Iterable<ArticleDocuments.Value> values,
      IndexLayout layout,
      Function<String, Set<String>> stopwordsIn) {
    Document d = new Document();
    ArticleTextField text = null;
    for (ArticleDocuments.Value v : values) {
      if (v.kind() == ArticleDocuments.Kind.TEXT) {
        text =
            new ArticleTextField(
                v.field(), (String) v.value(), layout.textOffsets() ? TEXT_TYPE : OLD_TEXT_TYPE);
        d.add(text);
      } else if (v.kind() == ArticleDocuments.Kind.STOPWORDS) {
        if (stopwordsIn != null) {
          d.add(new StopwordsField(v.field(), (String) v.value(), text, stopwordsIn));
        }
      } else {
        add(d, v.field(), v.kind(), v.value(), layout);
      }
    }
    return d;
  }

  private static void add(
      Document d, String field, ArticleDocuments.Kind kind, Object value, IndexLayout layout) {
    switch (kind) {
      case ID -> {
        d.add(new StringField(field, (String) value, Field.Store.YES));
        d.add(new SortedDocValuesField(SORT_ID, new BytesRef((String) value)));
      }
      case KEYWORD -> d.add(new StringField(field, (String) value, Field.Store.NO));
      case STORED_KEYWORD -> {
        d.add(new StringField(field, (String) value, Field.Store.YES));
        if (layout.storyDocValues()) {
          d.add(new SortedDocValuesField(field, new BytesRef((String) value)));
        }
      }
      case TEXT, STOPWORDS -> throw new IllegalArgumentException(kind + " is added by of()");
      case STORED_TEXT -> d.add(new Field(field, (String) value, STORED_TEXT_TYPE));
      case STORED -> d.add(new StoredField(field, new BytesRef((String) value)));
      case SNIPPET_TEXT -> {
        // inside the stored JSON already (see LuceneSnippets)
      }
      case LONG -> {
        d.add(new LongPoint(field, (Long) value));
        d.add(new NumericDocValuesField(field, (Long) value));
      }
      case FACET -> d.add(new SortedSetDocValuesField(field, new BytesRef((String) value)));
      case BYTES -> d.add(new BinaryDocValuesField(field, new BytesRef((byte[]) value)));
    }
  }

  /**
   * The article in the document's JSON: UTF-8 bytes, parsed as they are read (an index made before
   * holds a string).
   */
  static Article toArticle(Document d) throws IOException {
    BytesRef json = d.getBinaryValue(ArticleDocuments.JSON);
    return json != null
        ? ArticleDocuments.article(json.bytes, json.offset, json.length)
        : ArticleDocuments.article(d.get(ArticleDocuments.JSON));
  }

  private static FieldType textType(boolean stored, boolean offsets) {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(stored);
    t.setIndexOptions(
        offsets
            ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
            : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    t.freeze();
    return t;
  }
}
