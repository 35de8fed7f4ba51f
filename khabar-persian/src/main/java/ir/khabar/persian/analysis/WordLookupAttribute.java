package ir.khabar.persian.analysis;

import org.apache.lucene.util.Attribute;

/**
 * Where the current token was looked up: the {@link PersianSpacingFilter}'s {@link WordLookups} and
 * the token's slot there, set for the filters after it; no lookups for a token it joined, and in
 * chains without it. A slot is checked against the token before it is read ({@link
 * WordLookups#isOf}), or, where no filter between changes a term, by the table's generation.
 */
public interface WordLookupAttribute extends Attribute {
  /** The table the token was looked up in, or null. */
  WordLookups lookups();

  /** The token's slot in {@link #lookups()}. */
  int slot();

  /** The {@link WordLookups#generation()} in which the slot was found. */
  int generation();

  void set(WordLookups lookups, int slot, int generation);
}
