package ir.khabar.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * ../shared (the seeds and the Fars News corpus) for tests, found through the system property
 * {@code khabar.shared} that surefire sets. Tests that need it are skipped when it is absent.
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String prop = System.getProperty("khabar.shared");
    Path p = prop == null || prop.isBlank() ? null : Path.of(prop);
    Assumptions.assumeTrue(p != null && Files.isDirectory(p),
        "../shared not present (khabar.shared=" + prop + "): skipping");
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

  /** The seed whose file name starts with {@code number} ("000" … "004"). */
  public static Path seed(String number) {
    try (Stream<Path> files = Files.list(seeds())) {
      List<Path> match = files.filter(f -> f.getFileName().toString().startsWith(number + "_")).toList();
      Assumptions.assumeTrue(match.size() == 1, "../shared has no single seed " + number + ": skipping");
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

  private static Path folder(String relative) {
    Path p = root().resolve(relative);
    Assumptions.assumeTrue(Files.isDirectory(p), "../shared/" + relative + " not present: skipping");
    return p;
  }
}
