package ir.khabar.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Solr engine is a translation of core's engine-neutral code: it never reaches into the Lucene
 * engine.
 */
class EngineNeutralImportsTest {
  @Test
  void theSolrEngineImportsOnlyTheEngineNeutralPackages() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      List<String> sources =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .map(EngineNeutralImportsTest::read)
              .toList();
      assertThat(sources).hasSizeGreaterThan(5);
      assertThat(sources).anyMatch(s -> s.contains("import ir.khabar.core.search.engine."));
      assertThat(sources)
          .noneMatch(
              s ->
                  s.contains("import ir.khabar.core.index.")
                      || s.contains("import static ir.khabar.core.index."));
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
