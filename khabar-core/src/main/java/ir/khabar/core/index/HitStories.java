package ir.khabar.core.index;

import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.core.search.engine.StoryCollapse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * The stories of ranked hits, for {@link StoryCollapse}: read from the story's doc values, in
 * document order as doc values are read, since a stored field decompresses the whole article for
 * one short value. Segments written before the story had doc values (see {@link IndexLayout}) read
 * the stored field.
 */
final class HitStories {
  private static final Set<String> STORY_FIELD = Set.of(ArticleDocuments.STORY);

  private HitStories() {}

  /** One hit per story, the page from {@code offset}, at most {@code limit} hits. */
  static List<StoryCollapse.Representative<ScoreDoc>> collapse(
      IndexSearcher searcher, ScoreDoc[] ranked, int offset, int limit) throws IOException {
    String[] stories = of(searcher, ranked);
    List<StoryCollapse.Representative<Integer>> page =
        StoryCollapse.collapse(
            IntStream.range(0, ranked.length).boxed().toList(), i -> stories[i], offset, limit);
    return page.stream()
        .map(r -> new StoryCollapse.Representative<>(ranked[r.hit()], r.story()))
        .toList();
  }

  /** The story of each hit, null for an article in none. */
  static String[] of(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    Integer[] byDoc = IntStream.range(0, hits.length).boxed().toArray(Integer[]::new);
    Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    String[] stories = new String[hits.length];
    LeafReaderContext leaf = null;
    SortedDocValues values = null;
    for (int i : byDoc) {
      int doc = hits[i].doc;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        values = values(leaf);
      }
      stories[i] =
          values != null
              ? story(values, doc - leaf.docBase)
              : searcher.storedFields().document(doc, STORY_FIELD).get(ArticleDocuments.STORY);
    }
    return stories;
  }

  /** The segment's story doc values; null when its stories are stored only. */
  private static SortedDocValues values(LeafReaderContext leaf) throws IOException {
    FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(ArticleDocuments.STORY);
    if (info == null) {
      return DocValues.emptySorted();
    }
    return info.getDocValuesType() == DocValuesType.SORTED
        ? leaf.reader().getSortedDocValues(ArticleDocuments.STORY)
        : null;
  }

  private static String story(SortedDocValues values, int doc) throws IOException {
    return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
  }
}
