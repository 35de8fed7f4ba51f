package ir.khabar.core.index;

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
 * Every term of one field stored in the index (the story bands, the ids, the text keys), as a Bloom
 * filter held for the whole index: a term it does not hold is in no segment, so a lookup seeks it
 * in none, where each segment's own filter would be probed once per term (the probes that grow with
 * the segments). Blocked, so that a probe reads one cache line; grown by adding a filter twice the
 * last one's size when the last is full, so that the share of false positives stays low however
 * large the index grows. Never says "absent" of a term added to it (the index is only added to: no
 * term leaves it); safe to add to and ask from several threads at once.
 */
final class StoredTerms {
  /**
   * Bits per term and bits set per term: about 0.5 % false positives per filter in 512-bit blocks,
   * so that a chain of several stays near a few per cent.
   */
  private static final int BITS_PER_TERM = 12;

  private static final int BITS_SET = 8;

  private static final int BLOCK_LONGS = 8;
  private static final long SMALLEST = 1 << 20;
  private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

  private final String field;
  private volatile Filter[] filters;
  private final AtomicLong added = new AtomicLong();

  private volatile boolean filled;

  /** The terms of {@code field}, sized for {@code terms} terms at first; grows past them. */
  StoredTerms(String field, long terms) {
    this.field = field;
    this.filters = new Filter[] {new Filter(Math.max(SMALLEST, terms))};
  }

  /**
   * These terms once they hold every term of the searcher's segments: read the first time asked.
   * Terms added since the engine opened are added as they are stored, and the index is only ever
   * added to, so from then on no term of any later searcher is missing.
   */
  StoredTerms filledFrom(SearcherManager searchers) throws IOException {
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
      Terms terms = leaf.reader().terms(field);
      if (terms != null) {
        TermsEnum te = terms.iterator();
        for (BytesRef term = te.next(); term != null; term = te.next()) {
          add(term);
        }
      }
    }
  }

  void add(BytesRef term) {
    long hash = hash(term);
    Filter[] now = filters;
    Filter last = now[now.length - 1];
    last.add(hash);
    if (added.incrementAndGet() > last.capacity) {
      grow(last);
    }
  }

  boolean mayHold(BytesRef term) {
    long hash = hash(term);
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

  private static long hash(BytesRef term) {
    long high = StringHelper.murmurhash3_x86_32(term.bytes, term.offset, term.length, 0x9747b28c);
    long low = StringHelper.murmurhash3_x86_32(term.bytes, term.offset, term.length, 0x5bd1e995);
    return (high << 32) | (low & 0xffffffffL);
  }

  /** One blocked Bloom filter: a term's bits all in the block its hash's high half picks. */
  private static final class Filter {
    private final long capacity;
    private final long[] bits;
    private final long blocks;

    Filter(long capacity) {
      this.capacity = capacity;
      this.blocks = Math.max(1, capacity * BITS_PER_TERM / 512);
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
