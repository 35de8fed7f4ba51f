package ir.khabar.core.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One input to the pipeline: its origin (a path as given, a URL), how to get its bytes, and whether it is
 * a fetched HTML page (whose origin is its URL) rather than a file read by its name. The bytes are read
 * only when a worker gets to it, so a folder of thousands of files is not held in memory at once.
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

  /** Every file under the given paths (folders walked in name order, hidden files left out), each an input. */
  public static List<Input> files(List<Path> paths) throws IOException {
    return expand(paths).stream().map(f -> new Input(f.toString(), () -> Files.readAllBytes(f))).toList();
  }

  private static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted().forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
