package ir.khabar.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The search API and the engines' shared code stand apart from the Lucene engine: a third engine
 * builds on them alone. Read from the sources, as the imports say it.
 */
class EngineNeutralPackagesTest {
  private static final Path SEARCH = Path.of("src/main/java/ir/khabar/core/search");

  @Test
  void neitherTheApiNorTheSharedEngineCodeImportsTheLuceneEngine() throws IOException {
    assertThat(importing(SEARCH, "")).hasSizeGreaterThan(20);
    assertThat(importing(SEARCH, "import ir.khabar.core.index.")).isEmpty();
  }

  @Test
  void theApiDoesNotImportTheSharedEngineCode() throws IOException {
    try (Stream<Path> files = Files.list(SEARCH)) {
      List<String> offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> read(p).contains("import ir.khabar.core.search.engine."))
              .map(Path::toString)
              .toList();
      assertThat(offenders).isEmpty();
    }
  }

  static List<String> importing(Path root, String prefix) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> read(p).contains(prefix))
          .map(Path::toString)
          .toList();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
