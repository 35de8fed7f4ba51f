package ir.khabar.core.index;

import ir.khabar.core.Entity;
import ir.khabar.core.search.FacetCount;
import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.core.search.engine.FacetValues;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * How many matching articles mention each person, country and organisation: read from sorted-set
 * doc values over every match (not just the page shown), counted per segment by ordinal, then by
 * value.
 */
final class EntityFacets {
  private static final Entity.Type[] TYPES = FacetValues.TYPES.toArray(Entity.Type[]::new);

  private EntityFacets() {}

  static Map<Entity.Type, List<FacetCount>> count(IndexSearcher searcher, Query query, int top)
      throws IOException {
    Counter counter = new Counter();
    searcher.search(query, counter);
    counter.flush();
    Map<Entity.Type, List<FacetCount>> out = new EnumMap<>(Entity.Type.class);
    for (Entity.Type type : TYPES) {
      out.put(type, FacetValues.top(counter.totals.getOrDefault(type, Map.of()), top));
    }
    return out;
  }

  private static final class Counter extends SimpleCollector {
    final Map<Entity.Type, Map<String, Long>> totals = new EnumMap<>(Entity.Type.class);
    private final SortedSetDocValues[] values = new SortedSetDocValues[TYPES.length];
    private final long[][] ordCounts = new long[TYPES.length][];

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush();
      for (int t = 0; t < TYPES.length; t++) {
        values[t] =
            DocValues.getSortedSet(
                context.reader(), ArticleDocuments.FACET_PREFIX + TYPES[t].label());
        ordCounts[t] = new long[(int) values[t].getValueCount()];
      }
    }

    @Override
    public void collect(int doc) throws IOException {
      for (int t = 0; t < TYPES.length; t++) {
        SortedSetDocValues v = values[t];
        if (v.advanceExact(doc)) {
          for (int i = 0; i < v.docValueCount(); i++) {
            ordCounts[t][(int) v.nextOrd()]++;
          }
        }
      }
    }

    void flush() throws IOException {
      for (int t = 0; t < TYPES.length; t++) {
        if (values[t] == null) {
          continue;
        }
        Map<String, Long> total = totals.computeIfAbsent(TYPES[t], k -> new HashMap<>());
        for (int ord = 0; ord < ordCounts[t].length; ord++) {
          if (ordCounts[t][ord] > 0) {
            total.merge(values[t].lookupOrd(ord).utf8ToString(), ordCounts[t][ord], Long::sum);
          }
        }
        values[t] = null;
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
