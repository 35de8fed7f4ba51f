package ir.khabar.core.index;

import ir.khabar.core.search.engine.ArticleDocuments;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LiveIndexWriterConfig;
import org.apache.lucene.store.Directory;

/**
 * The one writer of an index: articles in the index's own {@link IndexLayout}, serving's settings
 * (a 64 MB buffer, Lucene's merges) and {@link BulkSettings} for a long ingest.
 */
final class ArticleWriter implements Closeable {
  /** Serving's RAM buffer: small flushes, so a commit is soon searchable. */
  private static final double SERVING_BUFFER_MB = 64;

  private final IndexWriter writer;
  private final IndexLayout layout;
  private final Function<String, Set<String>> stopwordsIn;

  private ArticleWriter(
      IndexWriter writer, IndexLayout layout, Function<String, Set<String>> stopwordsIn) {
    this.writer = writer;
    this.layout = layout;
    this.stopwordsIn = stopwordsIn;
  }

  /**
   * Opens (creating when needed) the index in {@code dir}, its first commit made. {@code
   * stopwordsIn}: see {@link LuceneDocuments#of}.
   */
  static ArticleWriter open(
      Directory dir, Analyzer analyzer, Function<String, Set<String>> stopwordsIn)
      throws IOException {
    IndexLayout layout = IndexLayout.of(dir);
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(SERVING_BUFFER_MB);
    config.setCodec(IndexCodec.get());
    IndexWriter writer = new IndexWriter(dir, config);
    if (layout.exactTextKeys()) {
      writer.setLiveCommitData(
          Map.of(IndexLayout.EXACT_TEXT_KEYS, IndexLayout.EXACT_TEXT_KEYS_VALUE).entrySet());
    }
    writer.commit();
    return new ArticleWriter(writer, layout, stopwordsIn);
  }

  IndexLayout layout() {
    return layout;
  }

  IndexWriter writer() {
    return writer;
  }

  void add(List<ArticleDocuments.Value> values) throws IOException {
    writer.addDocument(LuceneDocuments.of(values, layout, stopwordsIn));
  }

  void commit() throws IOException {
    writer.commit();
  }

  /** Bulk settings until the handle is closed; then serving's again. */
  Closeable bulk() {
    return new BulkSettings(writer.getConfig());
  }

  /** The writer's live settings, as they are now. */
  LiveIndexWriterConfig config() {
    return writer.getConfig();
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
