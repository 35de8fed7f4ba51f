package ir.khabar.core.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * How large one input may be, so that a hostile or broken file is refused by name before it can
 * exhaust memory. Every input is held whole while it is read, on every core at once, so each limit
 * is a few times what a real one holds:
 *
 * <ul>
 *   <li>a text page: 16 MB (an article is kilobytes; a whole book is a few megabytes);
 *   <li>an HTML page, and each page a WARC record holds once inflated: 8 MB ({@link
 *       PageDecoder#MAX_BYTES});
 *   <li>a JSON or JSON lines file: 64 MB (split larger exports, e.g. with {@code split -l});
 *   <li>a WARC file: 512 MB as stored on disk (its records are read one by one, each within its own
 *       cap).
 * </ul>
 */
final class InputLimits {
  static final long MB = 1024 * 1024;
  static final long TEXT = 16 * MB;
  static final long HTML = PageDecoder.MAX_BYTES;
  static final long JSON = 64 * MB;
  static final long WARC = 512 * MB;

  private InputLimits() {}

  /** The most bytes an input of this name may hold. */
  static long of(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return WARC;
    }
    if (n.endsWith(".json") || n.endsWith(".jsonl")) {
      return JSON;
    }
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return HTML;
    }
    return TEXT;
  }

  /** Why an input of this name and size is refused, or empty when it is within its limit. */
  static Optional<String> check(String name, long bytes) {
    long limit = of(name);
    return bytes > limit
        ? Optional.of(tooLarge(megabytes(bytes), limit, kind(name)))
        : Optional.empty();
  }

  /** Why an input of this name is refused when reading it went past its limit. */
  static String exceeded(String name) {
    long limit = of(name);
    return tooLarge("more than " + megabytes(limit), limit, kind(name));
  }

  /** "too large (200 MB; a text file may hold at most 16 MB)". */
  static String tooLarge(String size, long limit, String what) {
    return "too large (" + size + "; " + what + " may hold at most " + megabytes(limit) + ")";
  }

  private static String kind(String name) {
    long limit = of(name);
    return limit == WARC
        ? "a WARC file"
        : limit == JSON ? "a JSON file" : limit == HTML ? "an HTML page" : "a text file";
  }

  /**
   * "16 MB", "8.1 MB" (rounded up, so that a size just over a limit never reads as the limit), "12
   * KB".
   */
  static String megabytes(long bytes) {
    return bytes < MB
        ? (bytes + 1023) / 1024 + " KB"
        : bytes % MB == 0
            ? bytes / MB + " MB"
            : String.format(Locale.ROOT, "%.1f MB", Math.ceil(bytes * 10.0 / MB) / 10);
  }
}
