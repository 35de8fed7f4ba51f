package ir.khabar.persian.text;

import java.util.function.IntPredicate;

/**
 * A test of a char found once for every char, one bit each (8 KB): for the tests text readers ask
 * of every char of every text (is it a letter, a mark), a bit read instead of look-ups in the
 * Unicode tables.
 */
public final class CharTable {
  private final long[] bits = new long[(Character.MAX_VALUE + 1) >>> 6];

  private CharTable(IntPredicate test) {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (test.test(c)) {
        bits[c >>> 6] |= 1L << c;
      }
    }
  }

  /** The table of a test, which must depend on the char alone. */
  public static CharTable of(IntPredicate test) {
    return new CharTable(test);
  }

  public boolean has(char c) {
    return (bits[c >>> 6] & 1L << c) != 0;
  }
}
