package ir.khabar.core.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * Answers computed from one state of the index (related articles, the source list), kept until the
 * index changes; the least recently used go first when it is full.
 */
final class ReaderCache<K, V> {
  interface Loader<V> {
    V load() throws IOException;
  }

  private final int capacity;
  private long version = -1;
  private final Map<K, V> entries;

  ReaderCache(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > ReaderCache.this.capacity;
          }
        };
  }

  V get(IndexSearcher searcher, K key, Loader<V> loader) throws IOException {
    long current = searcher.getIndexReader() instanceof DirectoryReader d ? d.getVersion() : -2;
    synchronized (this) {
      if (current != version) {
        entries.clear();
        version = current;
      }
      V cached = entries.get(key);
      if (cached != null) {
        return cached;
      }
    }
    V value = loader.load();
    synchronized (this) {
      if (current == version) {
        entries.put(key, value);
      }
    }
    return value;
  }
}
