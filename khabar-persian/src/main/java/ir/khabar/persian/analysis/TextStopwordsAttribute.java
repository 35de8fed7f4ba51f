package ir.khabar.persian.analysis;

import org.apache.lucene.util.Attribute;

/**
 * Where the stopwords of the stream's text are recorded as the text is folded ({@link
 * TextStopwords}), set by {@link KhabarAnalyzer}'s index side: the stopwords field reads them there
 * once the text field has been analysed. Absent from other streams.
 */
public interface TextStopwordsAttribute extends Attribute {
  TextStopwords get();

  void set(TextStopwords record);
}
