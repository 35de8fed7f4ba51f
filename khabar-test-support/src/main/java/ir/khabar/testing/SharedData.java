package ir.khabar.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * ../shared (seeds, corpora, judged data, lexicons) for every module's tests, found through the
 * system property {@code khabar.shared} that surefire sets. A test that needs a part that is absent
 * is skipped with a message, or fails under {@code KHABAR_REQUIRE_ALL=1} ({@link Required}).
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String prop = System.getProperty("khabar.shared");
    Path p = prop == null || prop.isBlank() ? null : Path.of(prop);
    Required.that(
        p != null && Files.isDirectory(p), "../shared not present (khabar.shared=" + prop + ")");
    return p;
  }

  /** corpus/seeds: the five real pages. */
  public static Path seeds() {
    return folder("corpus/seeds");
  }

  /** corpus/farsnews: 1,500 Fars News records in five JSON files. */
  public static Path farsnews() {
    return folder("corpus/farsnews");
  }

  /** A folder under ../shared, e.g. {@code data/hamshahri}. */
  public static Path folder(String relative) {
    Path p = root().resolve(relative);
    Required.that(Files.isDirectory(p), "../shared/" + relative + " not present");
    return p;
  }

  /** A file under ../shared. */
  public static Path file(String relative) {
    Path p = root().resolve(relative);
    Required.that(Files.isRegularFile(p), "../shared/" + relative + " not present");
    return p;
  }

  /** The seed whose file name starts with {@code number} ("000" … "004"). */
  public static Path seed(String number) {
    try (Stream<Path> files = Files.list(seeds())) {
      List<Path> match =
          files.filter(f -> f.getFileName().toString().startsWith(number + "_")).toList();
      Required.that(match.size() == 1, "../shared has no single seed " + number);
      return match.get(0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String seedText(String number) {
    try {
      return Files.readString(seed(number), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Fars News JSON files in name order. */
  public static List<Path> farsnewsFiles() {
    try (Stream<Path> files = Files.list(farsnews())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
