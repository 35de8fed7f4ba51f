package ir.khabar.persian.text;

/**
 * Words met before, looked up by their chars where they stand in a text (no string is made for a
 * word met again), each with what was found of it. Each word's hash is kept beside it in one array,
 * so a probe reads a word's chars only when the hash matches: Lucene's {@code CharArrayMap} reads
 * the chars of every word it passes, a cache miss each in a table of tens of thousands of words.
 * Not thread-safe; emptied when it reaches its limit, so it holds the words met since.
 */
public final class WordTable<V> {
  private final int limit;
  private int[] hashes;
  private String[] words;
  private Object[] found;
  private int size;

  public WordTable(int limit) {
    this.limit = limit;
    allocate(1024);
  }

  /** What was put for the chars {@code s[from, to)}, or null. */
  public V get(char[] s, int from, int to) {
    int h = hash(s, from, to);
    int mask = hashes.length - 1;
    for (int i = h & mask; hashes[i] != 0; i = (i + 1) & mask) {
      if (hashes[i] == h && same(words[i], s, from, to)) {
        return value(i);
      }
    }
    return null;
  }

  /** Keeps what was found of a word not in the table. */
  public void put(String word, V value) {
    if (size >= limit) {
      allocate(1024);
    } else if (2 * (size + 1) > hashes.length) {
      grow();
    }
    insert(hash(word), word, value);
  }

  public int size() {
    return size;
  }

  private void insert(int h, String word, Object value) {
    int mask = hashes.length - 1;
    int i = h & mask;
    while (hashes[i] != 0) {
      i = (i + 1) & mask;
    }
    hashes[i] = h;
    words[i] = word;
    found[i] = value;
    size++;
  }

  private void grow() {
    int[] oldHashes = hashes;
    String[] oldWords = words;
    Object[] oldFound = found;
    allocate(2 * oldHashes.length);
    for (int i = 0; i < oldHashes.length; i++) {
      if (oldHashes[i] != 0) {
        insert(oldHashes[i], oldWords[i], oldFound[i]);
      }
    }
  }

  private void allocate(int capacity) {
    hashes = new int[capacity];
    words = new String[capacity];
    found = new Object[capacity];
    size = 0;
  }

  @SuppressWarnings("unchecked")
  private V value(int i) {
    return (V) found[i];
  }

  private static boolean same(String word, char[] s, int from, int to) {
    if (word.length() != to - from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (word.charAt(i - from) != s[i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s[i];
    }
    return spread(h);
  }

  private static int hash(String s) {
    int h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return spread(h);
  }

  /** The bits mixed, so that the low ones a slot is chosen by differ; never 0 (an empty slot). */
  private static int spread(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h == 0 ? 1 : h;
  }
}
