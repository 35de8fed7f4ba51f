package ir.khabar.core.ingest;

import ir.khabar.core.Dating;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an ingest did: files read, records seen, articles new and duplicate, what was rejected, and
 * how the new articles were dated ({@code dated} by basis, {@code undated}).
 */
public record IngestReport(
    int files,
    int records,
    int added,
    int duplicates,
    List<Rejection> rejections,
    List<Skip> skipped,
    Map<Dating.Basis, Integer> dated,
    int undated) {
  public IngestReport {
    rejections = List.copyOf(rejections);
    skipped = List.copyOf(skipped);
    dated = Map.copyOf(dated);
  }

  public IngestReport(
      int files, int records, int added, int duplicates, List<Rejection> rejections) {
    this(
        files,
        records,
        added,
        duplicates,
        rejections,
        List.of(),
        new EnumMap<>(Dating.Basis.class),
        0);
  }

  /** {@code skipped 16: 14 no text, 2 not news}, or empty when nothing was skipped. */
  public String skipSummary() {
    if (skipped.isEmpty()) {
      return "";
    }
    Map<Skip.Kind, Long> byKind = new EnumMap<>(Skip.Kind.class);
    skipped.forEach(s -> byKind.merge(s.kind(), 1L, Long::sum));
    StringBuilder sb = new StringBuilder("skipped ").append(skipped.size()).append(':');
    byKind.forEach(
        (kind, n) ->
            sb.append(sb.charAt(sb.length() - 1) == ':' ? " " : ", ")
                .append(n)
                .append(' ')
                .append(kind.label()));
    return sb.toString();
  }

  /** The articles dated from {@code basis}. */
  public int dated(Dating.Basis basis) {
    return dated.getOrDefault(basis, 0);
  }

  /** {@code dated: 3 by the page, 0 by the record, 1486 by the URL, …; 2 undated}. */
  public String datingSummary() {
    return DatingCounts.summary(dated, undated);
  }

  public boolean clean() {
    return rejections.isEmpty();
  }

  /** The one-line summary the CLI always prints; the skips are counted when there are any. */
  public String summary() {
    return String.format(
            "read %d file(s), %d record(s): %d new, %d duplicate, %d rejected",
            files, records, added, duplicates, rejections.size())
        + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped");
  }
}
