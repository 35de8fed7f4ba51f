package ir.khabar.core.index;

import ir.khabar.core.search.engine.AbstractSearchEngine;
import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.core.search.engine.FingerprintCodec;
import ir.khabar.core.stories.StoryCandidate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Story bands on one searcher, held until closed: candidates are counted per segment ({@link
 * BandPostings}); the query path ({@link #byQuery}: each band's term statistics looked up once and
 * reused by the query) is kept as the reference it answers like. A candidate's fingerprint is read
 * from doc values.
 */
final class LuceneBands implements AbstractSearchEngine.Bands {
  private static final Sort MOST_BANDS_THEN_ID =
      new Sort(
          SortField.FIELD_SCORE, new SortField(LuceneDocuments.SORT_ID, SortField.Type.STRING));

  private final SearcherManager searchers;
  private final IndexSearcher searcher;
  private final Map<Term, TermStates> states = new HashMap<>();
  private final CrowdedBands crowded;
  private final StoredTerms stored;

  /** {@code stored}: every band of the searcher's segments, or null to seek every band. */
  LuceneBands(SearcherManager searchers, CrowdedBands crowded, StoredTerms stored)
      throws IOException {
    this.searchers = searchers;
    this.crowded = crowded;
    this.stored = stored;
    this.searcher = searchers.acquire();
  }

  @Override
  public Map<String, Integer> docFreqs(List<String> bands) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    for (String band : bands) {
      Term t = new Term(ArticleDocuments.BANDS, band);
      TermStates s = TermStates.build(searcher, t, true);
      states.put(t, s);
      out.put(band, s.docFreq());
    }
    return out;
  }

  @Override
  public TermQuery band(Term term) {
    return new TermQuery(term, states.get(term));
  }

  @Override
  public List<StoryCandidate> candidates(Query query, int max) throws IOException {
    ScoreDoc[] top = searcher.search(query, max, MOST_BANDS_THEN_ID).scoreDocs;
    int[] docs = new int[top.length];
    for (int i = 0; i < top.length; i++) {
      docs[i] = top[i].doc;
    }
    return fingerprints(docs);
  }

  /** What {@link #byQuery} finds, counted in one pass over each segment's band terms. */
  @Override
  public List<StoryCandidate> sharing(List<String> bands, int max) throws IOException {
    return fingerprints(
        new BandPostings(bands, crowded, stored).top(searcher.getIndexReader(), max));
  }

  private List<StoryCandidate> fingerprints(int[] docs) throws IOException {
    List<StoryCandidate> out = new ArrayList<>(docs.length);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int doc : docs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      BinaryDocValues values = DocValues.getBinary(leaf.reader(), ArticleDocuments.FINGERPRINT);
      if (values.advanceExact(doc - leaf.docBase)) {
        out.add(FingerprintCodec.decode(values.binaryValue()));
      }
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    searchers.release(searcher);
  }
}
