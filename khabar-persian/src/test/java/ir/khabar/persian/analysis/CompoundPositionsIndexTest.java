package ir.khabar.persian.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.index.RandomIndexWriter;
import org.apache.lucene.util.BytesRef;

/**
 * Why a spaced compound's parts are stacked on its position with its offsets, rather than laid out
 * as a token graph: indexed with offsets in postings and term vectors (which IndexWriter checks), a
 * phrase built from the query side's terms finds the compound in every spelling, a phrase or term
 * on a part finds the spaced spelling, and a part's offsets mark the compound as written.
 */
public class CompoundPositionsIndexTest extends KhabarTokenStreamTestCase {
  private static final String[] DOCS = {
    "دولت آیین نامه جدید را تصویب کرد",
    "دولت آیین\u200cنامه جدید را تصویب کرد",
    "دولت آییننامه جدید را تصویب کرد",
    "نامه جدید وزیر"
  };

  public void testCompoundsInEverySpellingKeepThePhraseAndTheOffsets() throws IOException {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.setStoreTermVectors(true);
    type.setStoreTermVectorPositions(true);
    type.setStoreTermVectorOffsets(true);
    try (Directory dir = newDirectory()) {
      IndexReader reader;
      try (RandomIndexWriter writer =
          new RandomIndexWriter(random(), dir, newIndexWriterConfig(index))) {
        for (String text : DOCS) {
          Document doc = new Document();
          doc.add(new Field("text", text, type));
          writer.addDocument(doc);
        }
        writer.forceMerge(1);
        reader = writer.getReader();
      }
      try (reader) {
        IndexSearcher searcher = newSearcher(reader);
        for (String q :
            new String[] {
              "آیین نامه جدید", "آیین\u200cنامه جدید", "آییننامه جدید", "دولت آیین نامه"
            }) {
          assertEquals(q, List.of(0, 1, 2), hits(searcher, reader, phrase(q)));
        }
        // A part alone, and a phrase that starts on a part, find the spaced spelling too.
        assertEquals(List.of(0, 3), hits(searcher, reader, phrase("نامه جدید")));
        assertEquals(List.of(0), hits(searcher, reader, new TermQuery(new Term("text", "ایین"))));

        LeafReader leaf = reader.leaves().get(0).reader();
        int spaced = docWith(leaf, DOCS[0]);
        PostingsEnum part = leaf.postings(new Term("text", "نامه"), PostingsEnum.OFFSETS);
        assertEquals(spaced, part.advance(spaced));
        part.nextPosition();
        assertEquals("آیین نامه", DOCS[0].substring(part.startOffset(), part.endOffset()));
        Terms vector = leaf.termVectors().get(spaced, "text");
        TermsEnum terms = vector.iterator();
        assertTrue(terms.seekExact(new BytesRef("اییننامه")));
        PostingsEnum joined = terms.postings(null, PostingsEnum.ALL);
        joined.nextDoc();
        assertEquals(1, joined.nextPosition());
        assertEquals("آیین نامه", DOCS[0].substring(joined.startOffset(), joined.endOffset()));
      }
    }
  }

  /** The phrase QueryFactory builds: the query side's terms at consecutive positions. */
  private Query phrase(String text) {
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    for (String t : AnalysisTestSupport.terms(query, text)) {
      b.add(new Term("text", t));
    }
    return b.build();
  }

  /** Which of {@link #DOCS} the query finds. */
  private static List<Integer> hits(IndexSearcher searcher, IndexReader reader, Query q)
      throws IOException {
    List<Integer> found = new ArrayList<>();
    for (ScoreDoc d : searcher.search(q, DOCS.length).scoreDocs) {
      found.add(indexOf(reader.storedFields().document(d.doc).get("text")));
    }
    Collections.sort(found);
    return found;
  }

  private static int indexOf(String text) {
    return List.of(DOCS).indexOf(text);
  }

  private static int docWith(LeafReader leaf, String text) throws IOException {
    for (int d = 0; d < leaf.maxDoc(); d++) {
      if (text.equals(leaf.storedFields().document(d).get("text"))) {
        return d;
      }
    }
    return DocIdSetIterator.NO_MORE_DOCS;
  }
}
