package ir.khabar.core.index;

import ir.khabar.core.search.engine.ArticleDocuments;
import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Whether the searcher's commit holds an article id or a duplicate-text key, asked without a
 * refresh (the pipeline asks per article; what it added since is remembered by the engine). Both
 * are exact lookups. A writing engine keeps each field's terms in a filter for the whole index
 * ({@link StoredTerms}), which answers "in no segment" for a new article's keys with one probe; the
 * rest are sought per segment, where the fields' Bloom filters ({@link IndexCodec}) answer "not in
 * this segment" from memory, except for the text keys of an index from before they had one length.
 */
final class CommittedKeys {
  private final SearcherManager searchers;
  private final boolean exactTextKeys;
  private final StoredTerms ids;
  private final StoredTerms textKeys;

  /**
   * {@code ids}, {@code textKeys}: the fields' terms for the whole index, or null (text keys of
   * other lengths are sought by prefix: no filter answers for them).
   */
  CommittedKeys(
      SearcherManager searchers, boolean exactTextKeys, StoredTerms ids, StoredTerms textKeys) {
    this.searchers = searchers;
    this.exactTextKeys = exactTextKeys;
    this.ids = ids;
    this.textKeys = textKeys;
  }

  /** Keys with filters for the whole index, sized for {@code articles} at first. */
  static CommittedKeys filtered(SearcherManager searchers, boolean exactTextKeys, long articles) {
    return new CommittedKeys(
        searchers,
        exactTextKeys,
        new StoredTerms(ArticleDocuments.ID, articles),
        exactTextKeys ? new StoredTerms(ArticleDocuments.TEXT_KEY, articles) : null);
  }

  /**
   * Learns the keys of an article about to be stored: from now on a filter never calls them new.
   */
  void storing(String id, String textKey) {
    if (ids != null) {
      ids.add(new BytesRef(id));
    }
    if (textKeys != null) {
      textKeys.add(new BytesRef(textKey));
    }
  }

  boolean hasId(String id) throws IOException {
    return holds(new Term(ArticleDocuments.ID, id), ids);
  }

  private boolean holds(Term term, StoredTerms stored) throws IOException {
    if (stored != null && !stored.filledFrom(searchers).mayHold(term.bytes())) {
      return false;
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().docFreq(term) > 0;
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Whether a stored article has this text key, or (in an index from before it was 16 digits) one
   * it begins.
   */
  boolean hasTextKey(String key) throws IOException {
    return exactTextKeys
        ? holds(new Term(ArticleDocuments.TEXT_KEY, key), textKeys)
        : hasTextKeyOrLonger(key);
  }

  /** A prefix seek in every segment: no Bloom filter can answer it. */
  private boolean hasTextKeyOrLonger(String key) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      BytesRef prefix = new BytesRef(key);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(ArticleDocuments.TEXT_KEY);
        TermsEnum te = terms == null ? null : terms.iterator();
        if (te != null
            && te.seekCeil(prefix) != TermsEnum.SeekStatus.END
            && StringHelper.startsWith(te.term(), prefix)) {
          return true;
        }
      }
      return false;
    } finally {
      searchers.release(searcher);
    }
  }
}
