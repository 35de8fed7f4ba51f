package ir.khabar.core.ingest;

import java.util.List;

/** What an ingest did: files read, records seen, articles new and duplicate, and what was rejected. */
public record IngestReport(int files, int records, int added, int duplicates, List<Rejection> rejections) {
  public IngestReport {
    rejections = List.copyOf(rejections);
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
