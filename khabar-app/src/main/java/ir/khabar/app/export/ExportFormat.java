package ir.khabar.app.export;

import java.util.Locale;

/** How an export is written: CSV for spreadsheets, JSON lines for programs. */
public enum ExportFormat {
  CSV("text/csv; charset=utf-8", "csv"),
  JSONL("application/x-ndjson; charset=utf-8", "jsonl");

  private final String contentType;
  private final String extension;

  ExportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** {@code csv} or {@code jsonl}; IllegalArgumentException for anything else. */
  public static ExportFormat parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("قالب «" + s + "» شناخته نیست؛ csv یا jsonl بنویسید.");
    }
  }
}
