package ir.khabar.core.index;

import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.persian.analysis.TextStopwords;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * {@link ArticleDocuments#STOPS}: the stopwords of the text, one term each, indexed as {@link
 * StringField}s would be (documents only, no norms). The terms are the ones the text field's
 * analysis recorded ({@link ArticleTextField#recorded()}) when it did, else {@code stopwordsIn} of
 * the text: the same terms either way.
 */
final class StopwordsField extends Field {
  private static final FieldType TYPE = new FieldType(StringField.TYPE_NOT_STORED);

  static {
    TYPE.freeze();
  }

  private final String text;
  private final ArticleTextField textField;
  private final Function<String, Set<String>> stopwordsIn;

  /** {@code textField}: the field of the same text before it in the document, or null. */
  StopwordsField(
      String name,
      String text,
      ArticleTextField textField,
      Function<String, Set<String>> stopwordsIn) {
    super(name, TYPE);
    this.text = text;
    this.textField = textField;
    this.stopwordsIn = stopwordsIn;
    if (textField != null) {
      textField.recordStopwords();
    }
  }

  @Override
  public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
    Terms terms = reuse instanceof Terms t ? t : new Terms();
    TextStopwords recorded = textField == null ? null : textField.recorded();
    if (recorded != null) {
      terms.of(recorded);
    } else {
      terms.of(stopwordsIn.apply(text));
    }
    return terms;
  }

  /** The terms, from a record or from words. */
  private static final class Terms extends TokenStream {
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final List<BytesRef> words = new ArrayList<>();
    private TextStopwords record;
    private int next;

    void of(TextStopwords recorded) {
      record = recorded;
      words.clear();
    }

    void of(Set<String> stopwords) {
      record = null;
      words.clear();
      for (String w : stopwords) {
        words.add(new BytesRef(w.getBytes(StandardCharsets.UTF_8)));
      }
    }

    @Override
    public void reset() {
      next = record != null ? record.next(0) : 0;
    }

    @Override
    public boolean incrementToken() {
      clearAttributes();
      if (record != null) {
        if (next < 0) {
          return false;
        }
        term.setBytesRef(record.term(next));
        next = record.next(next + 1);
        return true;
      }
      if (next >= words.size()) {
        return false;
      }
      term.setBytesRef(words.get(next++));
      return true;
    }
  }
}
