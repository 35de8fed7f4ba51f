package ir.khabar.core.index;

import java.io.Closeable;
import org.apache.lucene.index.LiveIndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * The writer's settings for a long ingest, restored for serving when closed. A larger RAM buffer
 * (as the heap allows) flushes one segment per indexing thread per commit instead of several, and a
 * higher merge floor folds those small segments together early: fewer, larger segments for the
 * story lookups to visit, and fewer small merges on two cores. The largest merges wait: no merge
 * during a load writes a segment past {@link #MAX_MERGED_SEGMENT_MB}, so the bytes of a million
 * articles are rewritten once less, and no multi-gigabyte merge takes a core from the load;
 * serving's policy, back after it, folds those segments on its next merges.
 */
final class BulkSettings implements Closeable {
  /** The most RAM the buffer takes in bulk: a quarter of the heap, at most this. */
  static final double MAX_BUFFER_MB = 256;

  /** Segments smaller than this are merged as if this large (Lucene's default is 2 MB). */
  static final double FLOOR_SEGMENT_MB = 64;

  /**
   * The largest segment a merge writes in bulk (serving's is Lucene's 5 GB). Segments past half of
   * it are left alone: a merge of ten floor-sized segments, the first tier, is the last a segment
   * sees during a load.
   */
  static final double MAX_MERGED_SEGMENT_MB = 1024;

  private final LiveIndexWriterConfig config;
  private final double servingBufferMb;
  private final MergePolicy servingPolicy;

  BulkSettings(LiveIndexWriterConfig config) {
    this.config = config;
    this.servingBufferMb = config.getRAMBufferSizeMB();
    this.servingPolicy = config.getMergePolicy();
    config.setRAMBufferSizeMB(bufferMb(Runtime.getRuntime().maxMemory(), servingBufferMb));
    config.setMergePolicy(bulkPolicy(servingPolicy));
  }

  /** A quarter of the heap, at most {@link #MAX_BUFFER_MB}, never less than serving's. */
  static double bufferMb(long maxHeapBytes, double servingMb) {
    return Math.max(servingMb, Math.min(MAX_BUFFER_MB, maxHeapBytes / 4.0 / (1024 * 1024)));
  }

  private static MergePolicy bulkPolicy(MergePolicy serving) {
    TieredMergePolicy bulk = new TieredMergePolicy();
    bulk.setMaxMergedSegmentMB(MAX_MERGED_SEGMENT_MB);
    if (serving instanceof TieredMergePolicy t) {
      bulk.setSegmentsPerTier(t.getSegmentsPerTier());
      bulk.setMaxMergeAtOnce(t.getMaxMergeAtOnce());
      bulk.setMaxMergedSegmentMB(Math.min(MAX_MERGED_SEGMENT_MB, t.getMaxMergedSegmentMB()));
    }
    bulk.setFloorSegmentMB(FLOOR_SEGMENT_MB);
    return bulk;
  }

  @Override
  public void close() {
    config.setRAMBufferSizeMB(servingBufferMb);
    config.setMergePolicy(servingPolicy);
  }
}
