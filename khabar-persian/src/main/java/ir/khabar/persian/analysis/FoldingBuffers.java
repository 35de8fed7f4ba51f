package ir.khabar.persian.analysis;

/**
 * The arrays {@link PersianFoldingCharFilter} folds a text in, kept from one text to the next by
 * the analyzer components that own them (one tokenizer, one thread, one text at a time): a text
 * then costs no fresh arrays, where it took three to four times its length in new memory, written
 * once and dropped. An array grown past {@link #KEPT} chars for one very long text is not kept.
 */
final class FoldingBuffers {
  /** The longest arrays kept from one text to the next (chars). */
  static final int KEPT = 1 << 18;

  private static final int FIRST = 4096;

  private char[] input = new char[FIRST];
  private char[] folded = new char[FIRST];
  final OffsetCorrections corrections = new OffsetCorrections();

  /** Called before each text: arrays grown past {@link #KEPT} are let go, corrections cleared. */
  void startText() {
    if (input.length > KEPT) {
      input = new char[FIRST];
    }
    if (folded.length > KEPT) {
      folded = new char[FIRST];
    }
    corrections.clear();
  }

  /** The input array, at least {@code length} chars, its first {@code kept} chars kept. */
  char[] input(int length, int kept) {
    if (input.length < length) {
      char[] grown = new char[Math.max(length, input.length * 2)];
      System.arraycopy(input, 0, grown, 0, kept);
      input = grown;
    }
    return input;
  }

  /** An array for the folded text, at least {@code length} chars; what it holds is undefined. */
  char[] folded(int length) {
    if (folded.length < length) {
      folded = new char[Math.max(length, folded.length * 2)];
    }
    return folded;
  }
}
