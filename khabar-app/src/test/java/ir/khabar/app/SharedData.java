package ir.khabar.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** ../shared (seeds, corpus, data) for tests; tests skip with a message when it is absent. */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String prop = System.getProperty("khabar.shared");
    Path p = prop == null ? null : Path.of(prop);
    Assumptions.assumeTrue(p != null && Files.isDirectory(p),
        "../shared not present (khabar.shared=" + prop + "): skipping a test that reads it");
    return p;
  }

  public static Path seeds() {
    return root().resolve("corpus/seeds");
  }

  public static Path farsnews() {
    return root().resolve("corpus/farsnews");
  }
}
