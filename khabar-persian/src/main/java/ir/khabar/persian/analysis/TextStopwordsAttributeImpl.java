package ir.khabar.persian.analysis;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/**
 * The default implementation of {@link TextStopwordsAttribute}: it names the stream's record, set
 * once for the stream's life, so clearing it between tokens keeps it.
 */
public final class TextStopwordsAttributeImpl extends AttributeImpl
    implements TextStopwordsAttribute {
  private TextStopwords record;

  @Override
  public TextStopwords get() {
    return record;
  }

  @Override
  public void set(TextStopwords record) {
    this.record = record;
  }

  @Override
  public void clear() {
    // the record belongs to the stream, not to a token
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(TextStopwordsAttribute.class, "record", record);
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((TextStopwordsAttribute) target).set(record);
  }
}
