package ir.khabar.core.index;

import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.core.search.engine.ResultOrder;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * {@link ResultOrder}s in Lucene's sort fields; the id tie-break reads {@link
 * LuceneDocuments#SORT_ID}.
 */
final class LuceneSorts {
  static final Sort MOST_RELEVANT_FIRST = sort(ResultOrder.MOST_RELEVANT_FIRST);
  static final Sort NEWEST_FIRST = sort(ResultOrder.NEWEST_FIRST);
  static final Sort EARLIEST_FIRST = sort(ResultOrder.EARLIEST_FIRST);

  private LuceneSorts() {}

  /** The sort of an order a plan asks for (newest first, or else the most relevant). */
  static Sort of(ResultOrder order) {
    return order == ResultOrder.NEWEST_FIRST ? NEWEST_FIRST : MOST_RELEVANT_FIRST;
  }

  private static Sort sort(ResultOrder order) {
    return new Sort(
        order.keys().stream()
            .map(
                k ->
                    switch (k) {
                      case SCORE -> SortField.FIELD_SCORE;
                      case NEWEST ->
                          new SortField(ArticleDocuments.PUBLISHED, SortField.Type.LONG, true);
                      case OLDEST ->
                          new SortField(ArticleDocuments.PUBLISHED, SortField.Type.LONG, false);
                      case ID -> new SortField(LuceneDocuments.SORT_ID, SortField.Type.STRING);
                    })
            .toArray(SortField[]::new));
  }
}
