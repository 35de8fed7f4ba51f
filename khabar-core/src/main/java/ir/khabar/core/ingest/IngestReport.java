package ir.khabar.core.ingest;

import ir.khabar.core.Dating;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an ingest did: files read, records seen, articles new and duplicate, what was rejected, and how
 * the new articles were dated ({@code dated} by basis, {@code undated}).
 */
public record IngestReport(int files, int records, int added, int duplicates, List<Rejection> rejections,
    Map<Dating.Basis, Integer> dated, int undated) {
  public IngestReport {
    rejections = List.copyOf(rejections);
    dated = Map.copyOf(dated);
  }

  public IngestReport(int files, int records, int added, int duplicates, List<Rejection> rejections) {
    this(files, records, added, duplicates, rejections, new EnumMap<>(Dating.Basis.class), 0);
  }

  /** The articles dated from {@code basis}. */
  public int dated(Dating.Basis basis) {
    return dated.getOrDefault(basis, 0);
  }

  /** {@code dated: 3 by the page, 0 by the record, 1486 by the URL, 0 by the text; 2 undated}. */
  public String datingSummary() {
    return DatingCounts.summary(dated, undated);
  }

  public boolean clean() {
    return rejections.isEmpty();
  }

  /** The one-line summary the CLI always prints. */
  public String summary() {
    return String.format("read %d file(s), %d record(s): %d new, %d duplicate, %d rejected",
        files, records, added, duplicates, rejections.size());
  }
}
