package ir.khabar.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The lowest ids read segment by segment come out as sorting every document by its id would put
 * them, over many segments, with an id held twice and a document with none.
 */
class LowestIdsTest {
  @Test
  void firstByIdAsIfEveryIdWereRead() throws IOException {
    Random random = new Random(1404);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      ids.add("b1404-" + i);
    }
    ids.add("b1404-17"); // twice: document order breaks the tie
    ids.add(null); // no id: sorts first, as an empty one
    Collections.shuffle(ids, random);
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter w =
            new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int i = 0; i < ids.size(); i++) {
        Document d = new Document();
        d.add(new StringField("n", Integer.toString(i), Field.Store.NO));
        if (ids.get(i) != null) {
          d.add(new SortedDocValuesField(LuceneDocuments.SORT_ID, new BytesRef(ids.get(i))));
        }
        w.addDocument(d);
        if (i % 23 == 22) {
          w.commit();
        }
      }
      w.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves().size()).isGreaterThan(10);
        for (int round = 0; round < 50; round++) {
          int[] docs =
              random
                  .ints(0, reader.maxDoc())
                  .distinct()
                  .limit(1 + random.nextInt(120))
                  .sorted()
                  .toArray();
          int wanted = 1 + random.nextInt(docs.length + 3);
          assertThat(LowestIds.of(reader, docs, wanted))
              .as("round %d: %d of %d", round, wanted, docs.length)
              .isEqualTo(byReadingAll(reader, docs, wanted));
        }
        int[] all = java.util.stream.IntStream.range(0, reader.maxDoc()).toArray();
        assertThat(LowestIds.of(reader, all, 3)).hasSize(3);
      }
    }
  }

  private static int[] byReadingAll(DirectoryReader reader, int[] docs, int wanted)
      throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    List<Object[]> read = new ArrayList<>();
    for (int doc : docs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      SortedDocValues values = DocValues.getSorted(leaf.reader(), LuceneDocuments.SORT_ID);
      BytesRef id =
          values.advanceExact(doc - leaf.docBase)
              ? BytesRef.deepCopyOf(values.lookupOrd(values.ordValue()))
              : new BytesRef();
      read.add(new Object[] {id, doc});
    }
    read.sort(
        (a, b) -> {
          int c = ((BytesRef) a[0]).compareTo((BytesRef) b[0]);
          return c != 0 ? c : Integer.compare((int) a[1], (int) b[1]);
        });
    return read.stream().limit(wanted).mapToInt(a -> (int) a[1]).toArray();
  }
}
