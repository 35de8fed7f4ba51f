package ir.khabar.core.index;

import ir.khabar.core.search.engine.ArticleDocuments;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Every story band stored in the index, as a Bloom filter held for the whole index: a band it does
 * not hold is in no segment, so a lookup seeks it in none, where each segment's own filter would be
 * probed once per band (the probes that grow with the segments). Blocked, so that a probe reads one
 * cache line; grown by adding a filter twice the last one's size when the last is full, so that the
 * share of false positives stays low however large the index grows. Never says "absent" of a band
 * added to it; safe to add to and ask from several threads at once.
 */
final class StoredBands {
  /**
   * Bits per band and bits set per band: about 0.5 % false positives per filter in 512-bit blocks,
   * so that a chain of several stays near a few per cent.
   */
  private static final int BITS_PER_BAND = 12;

  private static final int BITS_SET = 8;

  private static final int BLOCK_LONGS = 8;
  private static final long SMALLEST = 1 << 20;
  private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

  private volatile Filter[] filters;
  private final AtomicLong added = new AtomicLong();

  private volatile boolean filled;

  /** Sized for {@code bands} bands at first; grows past them. */
  StoredBands(long bands) {
    this.filters = new Filter[] {new Filter(Math.max(SMALLEST, bands))};
  }

  /**
   * These bands once they hold every band of the searcher's segments: read the first time asked.
   * Bands added since the engine opened are added as they are stored, and the index is only ever
   * added to, so from then on no band of any later searcher is missing.
   */
  StoredBands filledFrom(SearcherManager searchers) throws IOException {
    if (!filled) {
      synchronized (this) {
        if (!filled) {
          IndexSearcher searcher = searchers.acquire();
          try {
            addAll(searcher.getIndexReader());
          } finally {
            searchers.release(searcher);
          }
          filled = true;
        }
      }
    }
    return this;
  }

  private void addAll(IndexReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(ArticleDocuments.BANDS);
      if (terms != null) {
        TermsEnum te = terms.iterator();
        for (BytesRef band = te.next(); band != null; band = te.next()) {
          add(band);
        }
      }
    }
  }

  void add(BytesRef band) {
    long hash = hash(band);
    Filter[] now = filters;
    Filter last = now[now.length - 1];
    last.add(hash);
    if (added.incrementAndGet() > last.capacity) {
      grow(last);
    }
  }

  boolean mayHold(BytesRef band) {
    long hash = hash(band);
    for (Filter f : filters) {
      if (f.mayHold(hash)) {
        return true;
      }
    }
    return false;
  }

  private synchronized void grow(Filter full) {
    Filter[] now = filters;
    if (now[now.length - 1] == full) {
      Filter[] more = Arrays.copyOf(now, now.length + 1);
      more[now.length] = new Filter(full.capacity * 2);
      added.set(0);
      filters = more;
    }
  }

  private static long hash(BytesRef band) {
    long high = StringHelper.murmurhash3_x86_32(band.bytes, band.offset, band.length, 0x9747b28c);
    long low = StringHelper.murmurhash3_x86_32(band.bytes, band.offset, band.length, 0x5bd1e995);
    return (high << 32) | (low & 0xffffffffL);
  }

  /** One blocked Bloom filter: a band's bits all in the block its hash's high half picks. */
  private static final class Filter {
    private final long capacity;
    private final long[] bits;
    private final long blocks;

    Filter(long capacity) {
      this.capacity = capacity;
      this.blocks = Math.max(1, capacity * BITS_PER_BAND / 512);
      this.bits = new long[Math.toIntExact(blocks * BLOCK_LONGS)];
    }

    void add(long hash) {
      int block = block(hash);
      int low = (int) hash;
      int step = (low >>> 9) | 1;
      for (int i = 0, bit = low; i < BITS_SET; i++, bit += step) {
        LONGS.getAndBitwiseOr(bits, block + ((bit & 511) >>> 6), 1L << bit);
      }
    }

    boolean mayHold(long hash) {
      int block = block(hash);
      int low = (int) hash;
      int step = (low >>> 9) | 1;
      for (int i = 0, bit = low; i < BITS_SET; i++, bit += step) {
        if ((bits[block + ((bit & 511) >>> 6)] & (1L << bit)) == 0) {
          return false;
        }
      }
      return true;
    }

    /** The high half of the hash scaled to the number of blocks (no modulo). */
    private int block(long hash) {
      return (int) (((hash >>> 32) * blocks) >>> 32) * BLOCK_LONGS;
    }
  }
}
