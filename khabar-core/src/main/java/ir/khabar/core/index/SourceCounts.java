package ir.khabar.core.index;

import ir.khabar.core.Source;
import ir.khabar.core.search.SourceCount;
import ir.khabar.core.search.engine.ArticleDocuments;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * The stored sources, read off the source field's terms; each source's name from one of its
 * articles.
 */
final class SourceCounts {
  private SourceCounts() {}

  static List<SourceCount> of(IndexSearcher searcher) throws IOException {
    List<SourceCount> out = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), ArticleDocuments.SOURCE);
    if (terms == null) {
      return out;
    }
    TermsEnum e = terms.iterator();
    for (BytesRef t = e.next(); t != null; t = e.next()) {
      String id = t.utf8ToString();
      TermQuery q = new TermQuery(new Term(ArticleDocuments.SOURCE, id));
      int live = searcher.count(q);
      if (live == 0) {
        continue;
      }
      TopDocs one = searcher.search(q, 1);
      Source source =
          LuceneDocuments.toArticle(searcher.storedFields().document(one.scoreDocs[0].doc))
              .source();
      out.add(new SourceCount(source, live));
    }
    out.sort(SourceCount.LARGEST_FIRST);
    return out;
  }
}
