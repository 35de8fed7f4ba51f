package ir.khabar.core.understand;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One distinct folded word and what each reader asks of it (a {@link Slot}: the entity patterns'
 * facts, the event rules'), found when first asked and kept with the word. A text's words are
 * looked up once ({@link #of}, a shared {@link WordMemo}) and every reader then reads them by place
 * ({@link WordList}): one lookup per word of a text, not one per reader.
 */
public final class Word {
  private static final int SLOTS = 4;
  private static final AtomicInteger SLOTS_TAKEN = new AtomicInteger();
  private static final WordMemo<Word> WORDS = new WordMemo<>(Word::new);

  /** The folded word. */
  public final String key;

  /**
   * What each slot's reader found, or null when not yet asked. Written without a lock: two threads
   * may both find a value (equal, from the word alone), and each value's fields are final.
   */
  private final Object[] found = new Object[SLOTS];

  private Word(String key) {
    this.key = key;
  }

  /** The word for a folded key, shared by every text. */
  public static Word of(String key) {
    return WORDS.of(key);
  }

  /** What the slot's reader finds of this word, found once. */
  @SuppressWarnings("unchecked")
  public <V> V get(Slot<V> slot) {
    Object v = found[slot.index];
    if (v == null) {
      v = slot.reading.apply(key);
      found[slot.index] = v;
    }
    return (V) v;
  }

  /**
   * What one reader asks of a word: a function of the word alone that never returns null, and whose
   * values have final fields only. Slots are few (one per reader) and made once.
   */
  public static final class Slot<V> {
    private final int index;
    private final Function<String, V> reading;

    public Slot(Function<String, V> reading) {
      this.index = SLOTS_TAKEN.getAndIncrement();
      if (index >= SLOTS) {
        throw new IllegalStateException("more than " + SLOTS + " readers of words");
      }
      this.reading = reading;
    }
  }
}
