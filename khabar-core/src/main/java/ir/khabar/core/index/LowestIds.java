package ir.khabar.core.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * The documents with the lowest article ids among some, in id order (document order among equal
 * ids), reading as few ids as it can: within a segment an id's ordinal orders it, so each segment's
 * documents are ordered by ordinal alone and only the segments' next candidates are read and
 * compared, one id per document taken plus one per segment. Reading every id would decompress a
 * block of the id terms per document: many documents tie when a band lookup cuts its holders.
 */
final class LowestIds {
  private LowestIds() {}

  /** The first {@code wanted} of {@code docs} (reader-wide ids, ascending) by article id. */
  static int[] of(IndexReader reader, int[] docs, int wanted) throws IOException {
    PriorityQueue<Segment> next = new PriorityQueue<>();
    List<LeafReaderContext> leaves = reader.leaves();
    for (int from = 0; from < docs.length; ) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[from], leaves));
      int to = from;
      while (to < docs.length && docs[to] < leaf.docBase + leaf.reader().maxDoc()) {
        to++;
      }
      Segment s = Segment.of(leaf, Arrays.copyOfRange(docs, from, to));
      s.readId();
      next.add(s);
      from = to;
    }
    int[] out = new int[Math.min(wanted, docs.length)];
    for (int i = 0; i < out.length; i++) {
      Segment s = next.poll();
      out[i] = s.doc();
      if (s.advance()) {
        s.readId();
        next.add(s);
      }
    }
    return out;
  }

  /** One segment's documents, ordered by id ordinal then document, and the current one's id. */
  private static final class Segment implements Comparable<Segment> {
    private final SortedDocValues ids;
    private final int docBase;
    private final long[] byOrd;
    private int at;
    private BytesRef id;

    private Segment(SortedDocValues ids, int docBase, long[] byOrd) {
      this.ids = ids;
      this.docBase = docBase;
      this.byOrd = byOrd;
    }

    /** {@code docs}: reader-wide, ascending, all in {@code leaf}. */
    static Segment of(LeafReaderContext leaf, int[] docs) throws IOException {
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), LuceneDocuments.SORT_ID);
      long[] byOrd = new long[docs.length];
      for (int i = 0; i < docs.length; i++) {
        int doc = docs[i] - leaf.docBase;
        long ord = ids.advanceExact(doc) ? ids.ordValue() : -1;
        byOrd[i] = ((ord + 1) << 32) | doc;
      }
      Arrays.sort(byOrd);
      return new Segment(ids, leaf.docBase, byOrd);
    }

    int doc() {
      return docBase + (int) byOrd[at];
    }

    boolean advance() {
      return ++at < byOrd.length;
    }

    void readId() throws IOException {
      int ord = (int) (byOrd[at] >>> 32) - 1;
      id = ord < 0 ? new BytesRef() : BytesRef.deepCopyOf(ids.lookupOrd(ord));
    }

    @Override
    public int compareTo(Segment o) {
      int c = id.compareTo(o.id);
      return c != 0 ? c : Integer.compare(doc(), o.doc());
    }
  }
}
