package ir.khabar.core.index;

import ir.khabar.core.search.engine.ArticleDocuments;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * A trend's counts over every match, read from doc values: the span of publication times, and per
 * time range how many matches each source has (counted per segment by ordinal, then by value).
 */
final class PublishedCounts {
  private PublishedCounts() {}

  /** The earliest and latest publication time of the matches; null when none has one. */
  static long[] span(IndexSearcher searcher, Query query) throws IOException {
    long[] span = {Long.MAX_VALUE, Long.MIN_VALUE};
    searcher.search(
        query,
        new PublishedCollector() {
          @Override
          void collect(int doc, long published) {
            span[0] = Math.min(span[0], published);
            span[1] = Math.max(span[1], published);
          }
        });
    return span[0] > span[1] ? null : span;
  }

  /** Per range {@code [edges[i], edges[i+1])}, the matches' count per source facet value. */
  static List<Map<String, Long>> ranges(IndexSearcher searcher, Query query, long[] edges)
      throws IOException {
    RangeCounter counter = new RangeCounter(edges);
    searcher.search(query, counter);
    counter.flush();
    return counter.totals;
  }

  /** Visits each match's publication time; matches without one are passed over. */
  private abstract static class PublishedCollector extends SimpleCollector {
    private NumericDocValues published;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      published = DocValues.getNumeric(context.reader(), ArticleDocuments.PUBLISHED);
    }

    @Override
    public final void collect(int doc) throws IOException {
      if (published.advanceExact(doc)) {
        collect(doc, published.longValue());
      }
    }

    abstract void collect(int doc, long published) throws IOException;

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private static final class RangeCounter extends PublishedCollector {
    final List<Map<String, Long>> totals = new ArrayList<>();
    private final long[] edges;
    private SortedSetDocValues sources;
    private long[][] ordCounts;

    RangeCounter(long[] edges) {
      this.edges = edges;
      for (int i = 0; i + 1 < edges.length; i++) {
        totals.add(new HashMap<>());
      }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush();
      super.doSetNextReader(context);
      sources = DocValues.getSortedSet(context.reader(), ArticleDocuments.SOURCE_FACET);
      ordCounts = new long[totals.size()][];
    }

    @Override
    void collect(int doc, long published) throws IOException {
      int range = range(published);
      if (range < 0 || !sources.advanceExact(doc)) {
        return;
      }
      if (ordCounts[range] == null) {
        ordCounts[range] = new long[(int) sources.getValueCount()];
      }
      ordCounts[range][(int) sources.nextOrd()]++;
    }

    /** The range holding the time, or -1 when it lies outside the edges. */
    private int range(long published) {
      int i = Arrays.binarySearch(edges, published);
      int range = i >= 0 ? i : -i - 2;
      return range >= 0 && range < totals.size() ? range : -1;
    }

    void flush() throws IOException {
      if (sources == null) {
        return;
      }
      for (int r = 0; r < ordCounts.length; r++) {
        long[] counts = ordCounts[r];
        for (int ord = 0; counts != null && ord < counts.length; ord++) {
          if (counts[ord] > 0) {
            totals.get(r).merge(sources.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
          }
        }
      }
      sources = null;
    }
  }
}
