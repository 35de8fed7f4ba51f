package ir.khabar.bench;

import ir.khabar.core.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The macro benchmark's generated articles for the micro benchmarks, so that JMH measures the very
 * text whose index rate `khabar bench` reports (Fars News when ../shared is beside the repository).
 */
public final class BenchArticles {
  /** The macro benchmark's default seed. */
  public static final long SEED = 1404;

  private BenchArticles() {}

  /**
   * The first {@code n} articles of the macro benchmark, from ../shared/corpus/farsnews if present.
   */
  public static List<Article> first(int n) {
    Path fars = Path.of("../shared/corpus/farsnews").toAbsolutePath().normalize();
    try {
      ArticlePool pool = ArticlePool.load(Files.isDirectory(fars) ? fars : null);
      ArticleGenerator generator = new ArticleGenerator(pool, SEED);
      return IntStream.range(0, n).mapToObj(generator::article).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
