package ir.khabar.core.index;

import ir.khabar.core.search.engine.ArticleDocuments;
import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * What an index on disk keeps beyond the terms: offsets in the text's postings (snippets without
 * analysing the bodies again) and the story as a doc value (one hit per story without reading
 * stored fields), and duplicate-text keys of one length (looked up exactly, through the Bloom
 * filter). Lucene refuses a field whose options change within one index, so an index made before
 * any of these keeps its own layout until {@code khabar reindex} rebuilds it; snippets, stories and
 * the duplicate check then take the slower way.
 */
record IndexLayout(boolean textOffsets, boolean storyDocValues, boolean exactTextKeys) {
  /** What a new index gets. */
  static final IndexLayout CURRENT = new IndexLayout(true, true, true);

  /**
   * The commit data that marks an index whose every text key is {@code ArticleIds.textKey}'s 16
   * digits; an index from before may hold the longer keys it begins (see {@link CommittedKeys}).
   */
  static final String EXACT_TEXT_KEYS = "khabar.textKeys";

  static final String EXACT_TEXT_KEYS_VALUE = "16";

  /** The layout of the index in {@code dir}: the current one when it holds none yet. */
  static IndexLayout of(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return CURRENT;
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
      FieldInfo text = fields.fieldInfo(ArticleDocuments.TEXT);
      FieldInfo story = fields.fieldInfo(ArticleDocuments.STORY);
      return new IndexLayout(
          text == null
              || text.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
          story == null || story.getDocValuesType() == DocValuesType.SORTED,
          EXACT_TEXT_KEYS_VALUE.equals(
              SegmentInfos.readLatestCommit(dir).getUserData().get(EXACT_TEXT_KEYS)));
    }
  }
}
