package ir.khabar.core.index;

import ir.khabar.persian.analysis.TextStopwords;
import ir.khabar.persian.analysis.TextStopwordsAttribute;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableFieldType;

/**
 * The article's text field. When a {@link StopwordsField} follows it, it asks the analysis of its
 * text to record the text's stopwords (a stream with a {@link TextStopwordsAttribute}, Khabar's
 * index analyzer), and gives that record to the stopwords field: Lucene inverts a document's fields
 * in order, so the text has been analysed by then, and the stopwords need no second pass over it.
 */
final class ArticleTextField extends Field {
  private boolean wanted;
  private TextStopwords record;
  private int expected;

  ArticleTextField(String name, String text, IndexableFieldType type) {
    super(name, text, type);
  }

  /** Asks for the text's stopwords (a {@link StopwordsField} follows). */
  void recordStopwords() {
    wanted = true;
  }

  @Override
  public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
    TokenStream stream = super.tokenStream(analyzer, reuse);
    if (wanted && stream.hasAttribute(TextStopwordsAttribute.class)) {
      record = stream.getAttribute(TextStopwordsAttribute.class).get();
      expected = record.expect();
    }
    return stream;
  }

  /**
   * The stopwords its analysis recorded of this text, or null when it recorded none (another
   * analyzer, or the stream was not read, or the analysis read another text since).
   */
  TextStopwords recorded() {
    return record != null && record.texts() == expected ? record : null;
  }
}
