package ir.khabar.core.pipeline;

import ir.khabar.core.Article;
import ir.khabar.core.ingest.DatingCounts;
import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.ingest.Reading;
import ir.khabar.core.ingest.Rejection;
import ir.khabar.core.ingest.Skip;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The counts of one run, kept apart from the pipeline so that no run's numbers leak into the next.
 */
final class Tally {
  private final List<Rejection> rejections = new ArrayList<>();
  private final List<Skip> skips = new ArrayList<>();
  private final AtomicInteger added = new AtomicInteger();
  private final AtomicInteger duplicates = new AtomicInteger();
  private final DatingCounts dating = new DatingCounts();
  private int records;
  private int files;

  /** Counts one input's records, rejections and skips; called in input order. */
  void read(Reading.Read read) {
    records += read.records();
    rejections.addAll(read.rejections());
    skips.addAll(read.skips());
  }

  void files(int n) {
    files += n;
  }

  void duplicate() {
    duplicates.incrementAndGet();
  }

  void added(Article article) {
    added.incrementAndGet();
    dating.count(article);
  }

  IngestReport report() {
    return new IngestReport(
        files,
        records,
        added.get(),
        duplicates.get(),
        rejections,
        skips,
        dating.byBasis(),
        dating.undated());
  }
}
