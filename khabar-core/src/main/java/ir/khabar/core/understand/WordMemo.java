package ir.khabar.core.understand;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a rule reads of a folded word, found once per distinct word and shared by every text: news
 * vocabulary is Zipfian, so one lookup replaces a rule's probes of its word lists with endings cut
 * off. Emptied when it reaches its limit, so that it holds the words met since. The function must
 * depend on the word alone and never return null.
 */
public final class WordMemo<V> {
  private static final int LIMIT = 100_000;

  private final Function<String, V> reading;
  private final Map<String, V> read = new ConcurrentHashMap<>(1 << 14);

  public WordMemo(Function<String, V> reading) {
    this.reading = reading;
  }

  public V of(String key) {
    V v = read.get(key);
    if (v == null) {
      v = reading.apply(key);
      if (read.size() >= LIMIT) {
        read.clear();
      }
      read.put(key, v);
    }
    return v;
  }
}
