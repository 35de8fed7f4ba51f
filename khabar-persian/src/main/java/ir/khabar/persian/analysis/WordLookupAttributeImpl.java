package ir.khabar.persian.analysis;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** The default implementation of {@link WordLookupAttribute}. */
public final class WordLookupAttributeImpl extends AttributeImpl implements WordLookupAttribute {
  private WordLookup word;

  @Override
  public WordLookup get() {
    return word;
  }

  @Override
  public void set(WordLookup word) {
    this.word = word;
  }

  @Override
  public void clear() {
    word = null;
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(WordLookupAttribute.class, "word", word);
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((WordLookupAttribute) target).set(word);
  }
}
