package ir.khabar.persian.analysis;

import ir.khabar.persian.lexicon.Compounds;
import java.util.Arrays;

/** A few tokens a filter holds back, in order, in buffers it reuses from token to token. */
final class HeldTokens {
  /** A held token: what the tokenizer and the filters before set, and its lookup. */
  static final class Held {
    char[] chars = new char[16];
    int length;
    int start;
    int end;
    int increment;
    String type;
    boolean keyword;

    /** The token's slot in the spacing filter's {@link WordLookups}, and what it says of it. */
    int slot;

    long meta;

    /** The compounds it starts, or null. */
    Compounds.Start compounds;

    boolean mayStartJoin() {
      return WordLookups.mayStartJoin(meta);
    }

    /** Whether some compound it starts may go on with a part that begins with {@code c}. */
    boolean mayBeFollowedBy(char c) {
      return compounds != null && WordLookups.mayBeFollowedBy(meta, c);
    }

    void copy(char[] from, int n) {
      if (chars.length < n) {
        chars = new char[Math.max(n, chars.length * 2)];
      }
      System.arraycopy(from, 0, chars, 0, n);
      length = n;
    }
  }

  private Held[] items = new Held[4];
  private int size;

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  Held get(int i) {
    return items[i];
  }

  void add(Held t) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = t;
  }

  /** The first held token, taken out. */
  Held poll() {
    Held t = items[0];
    System.arraycopy(items, 1, items, 0, --size);
    items[size] = null;
    return t;
  }

  /** Moves every token to {@code to}. */
  void drainTo(HeldTokens to) {
    while (size > 0) {
      to.add(poll());
    }
  }
}
