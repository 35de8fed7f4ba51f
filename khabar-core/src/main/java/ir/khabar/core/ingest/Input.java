package ir.khabar.core.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One input to the pipeline: its origin (a path as given, a URL), how to get its bytes, and whether
 * it is a fetched HTML page (whose origin is its URL) rather than a file read by its name. The
 * bytes are read only when a worker gets to it, so a folder of thousands of files is not held in
 * memory at once.
 */
public record Input(String origin, ByteSource bytes, boolean fetchedPage) {
  public Input(String origin, ByteSource bytes) {
    this(origin, bytes, false);
  }

  /** The bytes of an input, read when a worker gets to it. */
  @FunctionalInterface
  public interface ByteSource {
    byte[] read() throws IOException;
  }

  /** A page fetched from {@code url}. */
  public static Input page(String url, byte[] html) {
    return new Input(url, () -> html, true);
  }

  /** One named input held in memory (the bundled sample corpus). */
  public static Input of(String origin, byte[] bytes) {
    return new Input(origin, () -> bytes);
  }

  /**
   * Every file under the given paths (folders walked in name order, links followed, hidden files
   * left out), each an input read within {@link InputLimits}; a link loop or a vanished file
   * becomes an input that is rejected by name when read.
   */
  public static List<Input> files(List<Path> paths) throws IOException {
    return InputFiles.list(paths).stream()
        .map(f -> new Input(f.toString(), () -> InputFiles.read(f)))
        .toList();
  }
}
