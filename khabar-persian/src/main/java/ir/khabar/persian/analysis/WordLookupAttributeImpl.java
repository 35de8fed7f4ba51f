package ir.khabar.persian.analysis;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** The default implementation of {@link WordLookupAttribute}. */
public final class WordLookupAttributeImpl extends AttributeImpl implements WordLookupAttribute {
  private WordLookups lookups;
  private int slot;
  private int generation;

  @Override
  public WordLookups lookups() {
    return lookups;
  }

  @Override
  public int slot() {
    return slot;
  }

  @Override
  public int generation() {
    return generation;
  }

  @Override
  public void set(WordLookups lookups, int slot, int generation) {
    this.lookups = lookups;
    this.slot = slot;
    this.generation = generation;
  }

  @Override
  public void clear() {
    lookups = null;
    slot = 0;
    generation = 0;
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(WordLookupAttribute.class, "lookups", lookups);
    reflector.reflect(WordLookupAttribute.class, "slot", slot);
    reflector.reflect(WordLookupAttribute.class, "generation", generation);
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((WordLookupAttribute) target).set(lookups, slot, generation);
  }
}
