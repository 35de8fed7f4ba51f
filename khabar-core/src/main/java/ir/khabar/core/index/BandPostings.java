package ir.khabar.core.index;

import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.core.stories.Stories;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * One fingerprint's bands looked up in one pass per segment: one terms enum per segment seeks the
 * bands in term order, a band is no longer sought once it is crowded, and the holders of the open
 * bands are counted here. The same documents, in the same order, as a query of the open bands
 * ({@code AbstractSearchEngine.Bands.byQuery}) at a fraction of its cost per segment: no term
 * states, weights or scorers per band and segment.
 */
final class BandPostings {
  private final BytesRef[] terms;
  private final int[] times;
  private final int[] docFreq;
  private final int[][] holders;
  private final int[] held;

  private final CrowdedBands crowded;

  /** Bands sought in the segments: neither known crowded nor known absent. */
  private final boolean[] sought;

  private boolean anySought;

  /**
   * The bands as terms in index order; a band listed twice counts twice, as in the query. A band
   * {@code crowded} knows is not sought, nor one {@code stored} (when not null) does not hold; one
   * found crowded here is told to {@code crowded}.
   */
  BandPostings(List<String> bands, CrowdedBands crowded, StoredTerms stored) {
    this.crowded = crowded;
    TreeMap<BytesRef, Integer> sorted = new TreeMap<>();
    for (String b : bands) {
      sorted.merge(new BytesRef(b), 1, Integer::sum);
    }
    terms = sorted.keySet().toArray(BytesRef[]::new);
    times = sorted.values().stream().mapToInt(Integer::intValue).toArray();
    docFreq = new int[terms.length];
    holders = new int[terms.length][];
    held = new int[terms.length];
    sought = new boolean[terms.length];
    for (int i = 0; i < terms.length; i++) {
      if (crowded.contains(terms[i])) {
        docFreq[i] = Stories.CROWDED_BAND + 1;
      } else {
        sought[i] = stored == null || stored.mayHold(terms[i]);
        anySought |= sought[i];
      }
    }
  }

  /**
   * The documents (reader-wide ids) holding the most open bands, at most {@code max}, lower article
   * ids first among equals: not lower document ids, which merges reorder, so that the same index
   * gives the same candidates however its segments were merged.
   */
  int[] top(IndexReader reader, int max) throws IOException {
    for (LeafReaderContext leaf : anySought ? reader.leaves() : List.<LeafReaderContext>of()) {
      Terms t = leaf.reader().terms(ArticleDocuments.BANDS);
      if (t != null) {
        seek(leaf, t.iterator());
      }
    }
    for (int i = 0; i < terms.length; i++) {
      if (docFreq[i] > Stories.CROWDED_BAND) {
        crowded.add(terms[i]);
      }
    }
    return ranked(reader, max);
  }

  private void seek(LeafReaderContext leaf, TermsEnum te) throws IOException {
    Bits live = leaf.reader().getLiveDocs();
    PostingsEnum postings = null;
    for (int i = 0; i < terms.length; i++) {
      if (!sought[i] || docFreq[i] > Stories.CROWDED_BAND || !te.seekExact(terms[i])) {
        continue;
      }
      docFreq[i] += te.docFreq();
      if (docFreq[i] > Stories.CROWDED_BAND) {
        holders[i] = null;
        continue;
      }
      postings = te.postings(postings, PostingsEnum.NONE);
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (live == null || live.get(d)) {
          add(i, leaf.docBase + d);
        }
      }
    }
  }

  private void add(int band, int doc) {
    if (holders[band] == null) {
      holders[band] = new int[4];
    } else if (held[band] == holders[band].length) {
      holders[band] = Arrays.copyOf(holders[band], held[band] * 2);
    }
    holders[band][held[band]++] = doc;
  }

  /**
   * Each holder of an open band with how many open bands it holds, most first, then lowest article
   * id.
   */
  private int[] ranked(IndexReader reader, int max) throws IOException {
    long[] keyed = byCount();
    int taken = Math.min(max, keyed.length);
    if (taken == 0) {
      return new int[0];
    }
    int end = taken;
    while (end < keyed.length && count(keyed[end]) == count(keyed[taken - 1])) {
      end++;
    }
    BytesRef[] ids = tiedIds(reader, keyed, end);
    Integer[] order = new Integer[end];
    Arrays.setAll(order, i -> i);
    Arrays.sort(
        order,
        Comparator.<Integer>comparingInt(i -> count(keyed[i]))
            .reversed()
            .thenComparing(i -> ids[i]));
    int[] top = new int[taken];
    for (int i = 0; i < taken; i++) {
      top[i] = (int) keyed[order[i]];
    }
    return top;
  }

  /**
   * One long per distinct holder, sorted: its count inverted in the high bits (ascending = most
   * first), its document in the low.
   */
  private long[] byCount() {
    int total = 0;
    for (int i = 0; i < terms.length; i++) {
      if (docFreq[i] <= Stories.CROWDED_BAND) {
        total += held[i] * times[i];
      }
    }
    int[] docs = new int[total];
    int n = 0;
    for (int i = 0; i < terms.length; i++) {
      if (docFreq[i] <= Stories.CROWDED_BAND) {
        for (int k = 0; k < held[i]; k++) {
          for (int r = 0; r < times[i]; r++) {
            docs[n++] = holders[i][k];
          }
        }
      }
    }
    Arrays.sort(docs);
    long[] keyed = new long[total];
    int distinct = 0;
    for (int i = 0; i < total; ) {
      int j = i;
      while (j < total && docs[j] == docs[i]) {
        j++;
      }
      keyed[distinct++] = ((long) (Integer.MAX_VALUE - (j - i)) << 32) | docs[i];
      i = j;
    }
    Arrays.sort(keyed, 0, distinct);
    return Arrays.copyOf(keyed, distinct);
  }

  private static int count(long keyed) {
    return Integer.MAX_VALUE - (int) (keyed >>> 32);
  }

  /**
   * The article ids of the first {@code end} holders that share their count with another (the rest
   * need none), read in document order.
   */
  private static BytesRef[] tiedIds(IndexReader reader, long[] keyed, int end) throws IOException {
    BytesRef[] ids = new BytesRef[end];
    int[] tied = new int[end];
    int n = 0;
    for (int i = 0; i < end; i++) {
      boolean before = i > 0 && count(keyed[i - 1]) == count(keyed[i]);
      boolean after = i + 1 < keyed.length && count(keyed[i + 1]) == count(keyed[i]);
      if (before || after) {
        tied[n++] = i;
      }
    }
    Integer[] byDoc = new Integer[n];
    Arrays.setAll(byDoc, k -> tied[k]);
    Arrays.sort(byDoc, Comparator.comparingInt(i -> (int) keyed[i]));
    List<LeafReaderContext> leaves = reader.leaves();
    int open = -1;
    SortedDocValues values = null;
    for (int i : byDoc) {
      int doc = (int) keyed[i];
      int leaf = ReaderUtil.subIndex(doc, leaves);
      if (leaf != open) {
        open = leaf;
        values = DocValues.getSorted(leaves.get(leaf).reader(), LuceneDocuments.SORT_ID);
      }
      ids[i] =
          values.advanceExact(doc - leaves.get(leaf).docBase)
              ? BytesRef.deepCopyOf(values.lookupOrd(values.ordValue()))
              : new BytesRef();
    }
    return ids;
  }
}
