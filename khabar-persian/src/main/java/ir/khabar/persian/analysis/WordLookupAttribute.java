package ir.khabar.persian.analysis;

import org.apache.lucene.util.Attribute;

/**
 * The {@link WordLookup} of the current token, set by {@link PersianSpacingFilter} for the filters
 * after it; null for a token it joined, and in chains without it.
 */
public interface WordLookupAttribute extends Attribute {
  WordLookup get();

  void set(WordLookup word);
}
