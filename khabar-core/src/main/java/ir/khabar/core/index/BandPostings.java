package ir.khabar.core.index;

import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.core.stories.Stories;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
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

  /** The bands as terms in index order; a band listed twice counts twice, as in the query. */
  BandPostings(List<String> bands) {
    TreeMap<BytesRef, Integer> sorted = new TreeMap<>();
    for (String b : bands) {
      sorted.merge(new BytesRef(b), 1, Integer::sum);
    }
    terms = sorted.keySet().toArray(BytesRef[]::new);
    times = sorted.values().stream().mapToInt(Integer::intValue).toArray();
    docFreq = new int[terms.length];
    holders = new int[terms.length][];
    held = new int[terms.length];
  }

  /**
   * The documents (reader-wide ids) holding the most open bands, at most {@code max}, lower ids
   * first among equals.
   */
  int[] top(IndexReader reader, int max) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms t = leaf.reader().terms(ArticleDocuments.BANDS);
      if (t != null) {
        seek(leaf, t.iterator());
      }
    }
    return ranked(max);
  }

  private void seek(LeafReaderContext leaf, TermsEnum te) throws IOException {
    Bits live = leaf.reader().getLiveDocs();
    PostingsEnum postings = null;
    for (int i = 0; i < terms.length; i++) {
      if (docFreq[i] > Stories.CROWDED_BAND || !te.seekExact(terms[i])) {
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

  /** Each holder of an open band with how many open bands it holds, most first, then lowest id. */
  private int[] ranked(int max) {
    int total = 0;
    for (int i = 0; i < terms.length; i++) {
      if (docFreq[i] <= Stories.CROWDED_BAND) {
        total += held[i] * times[i];
      }
    }
    if (total == 0) {
      return new int[0];
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
    // one long per distinct document: count in the high bits (inverted, so ascending = most first)
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
    int[] top = new int[Math.min(max, distinct)];
    for (int i = 0; i < top.length; i++) {
      top[i] = (int) keyed[i];
    }
    return top;
  }
}
