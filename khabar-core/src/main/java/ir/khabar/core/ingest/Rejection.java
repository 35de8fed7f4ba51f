package ir.khabar.core.ingest;

/** Input that was skipped: the file, the record inside it (or null for the whole file), and why. */
public record Rejection(String file, String record, String reason) {
  @Override
  public String toString() {
    return file + (record == null ? "" : " [" + record + "]") + ": " + reason;
  }
}
