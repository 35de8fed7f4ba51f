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
 * are exact lookups, which the fields' Bloom filters ({@link IndexCodec}) answer "not in this
 * segment" from memory, except for the text keys of an index from before they had one length.
 */
final class CommittedKeys {
  private final SearcherManager searchers;
  private final boolean exactTextKeys;

  CommittedKeys(SearcherManager searchers, boolean exactTextKeys) {
    this.searchers = searchers;
    this.exactTextKeys = exactTextKeys;
  }

  boolean hasId(String id) throws IOException {
    return holds(new Term(ArticleDocuments.ID, id));
  }

  private boolean holds(Term term) throws IOException {
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
        ? holds(new Term(ArticleDocuments.TEXT_KEY, key))
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
