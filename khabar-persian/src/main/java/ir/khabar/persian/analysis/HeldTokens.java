package ir.khabar.persian.analysis;

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

    /**
     * The token's slot in the spacing filter's {@link WordLookups}, the table's generation then,
     * and what the slot says of it.
     */
    int slot;

    int generation;
    long meta;

    boolean mayStartJoin() {
      return WordLookups.mayStartJoin(meta);
    }

    /** Whether some compound it starts may go on with a part that begins with {@code c}. */
    boolean mayBeFollowedBy(char c) {
      return WordLookups.isCompoundStart(meta) && WordLookups.mayBeFollowedBy(meta, c);
    }

    void copy(char[] from, int n) {
      if (chars.length < n) {
        chars = new char[Math.max(n, chars.length * 2)];
      }
      System.arraycopy(from, 0, chars, 0, n);
      length = n;
    }
  }

  /** A ring: the held tokens are {@code items[head]} and the {@code size - 1} after it. */
  private Held[] items = new Held[4];

  private int head;
  private int size;

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  Held get(int i) {
    return items[(head + i) & (items.length - 1)];
  }

  void add(Held t) {
    if (size == items.length) {
      Held[] grown = new Held[size * 2];
      for (int i = 0; i < size; i++) {
        grown[i] = get(i);
      }
      items = grown;
      head = 0;
    }
    items[(head + size++) & (items.length - 1)] = t;
  }

  /** The first held token, taken out. */
  Held poll() {
    Held t = items[head];
    items[head] = null;
    head = (head + 1) & (items.length - 1);
    size--;
    return t;
  }

  /** Moves every token to {@code to}. */
  void drainTo(HeldTokens to) {
    while (size > 0) {
      to.add(poll());
    }
  }
}
