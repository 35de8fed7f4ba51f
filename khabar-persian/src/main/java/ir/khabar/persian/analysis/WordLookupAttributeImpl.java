package ir.khabar.persian.analysis;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** The default implementation of {@link WordLookupAttribute}. */
public final class WordLookupAttributeImpl extends AttributeImpl implements WordLookupAttribute {
  private WordLookups lookups;
  private int slot;

  @Override
  public WordLookups lookups() {
    return lookups;
  }

  @Override
  public int slot() {
    return slot;
  }

  @Override
  public void set(WordLookups lookups, int slot) {
    this.lookups = lookups;
    this.slot = slot;
  }

  @Override
  public void clear() {
    lookups = null;
    slot = 0;
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(WordLookupAttribute.class, "lookups", lookups);
    reflector.reflect(WordLookupAttribute.class, "slot", slot);
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((WordLookupAttribute) target).set(lookups, slot);
  }
}
