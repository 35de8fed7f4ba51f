package ir.khabar.core.understand;

/**
 * Where a sentence ends, for every reader of a text (the entities' pronouns, the events'
 * sentences): a full stop, a question or exclamation mark (Persian or Latin), or a new line.
 */
public final class SentenceStops {
  /** The marks that end a sentence. */
  public static final String MARKS = ".!?؟";

  /** The characters that end a sentence: the marks and a new line. */
  public static final String CHARS = MARKS + "\n";

  private SentenceStops() {}

  public static boolean is(char c) {
    return CHARS.indexOf(c) >= 0;
  }
}
