package ir.khabar.core.ingest;

/**
 * Input that was read but is not news, so it was deliberately not stored: a file that is not a news
 * item (a licence, a readme) or an item with no text of its own. Unlike a {@link Rejection},
 * nothing is wrong with it, and a batch with skips alone is a clean one.
 */
public record Skip(String file, String record, Kind kind, String reason) {
  /** What was skipped. */
  public enum Kind {
    NOT_NEWS("not news"),
    NO_TEXT("no text");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Override
  public String toString() {
    return file + (record == null ? "" : " [" + record + "]") + ": " + reason;
  }
}
