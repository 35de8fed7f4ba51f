package ir.khabar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.extract.Agencies;
import ir.khabar.core.extract.JsonRecordExtractor;
import ir.khabar.core.extract.TextPageExtractor;
import ir.khabar.core.ingest.SampleCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Real articles the generator recombines: the Fars News corpus when it is there, otherwise Khabar's
 * own sample corpus. Holds titles, leads, paragraphs and the number of paragraphs per article.
 */
final class ArticlePool {
  final List<String> titles = new ArrayList<>();
  final List<String> leads = new ArrayList<>();
  final List<String> paragraphs = new ArrayList<>();
  final List<Integer> bodySizes = new ArrayList<>();
  final String origin;

  private ArticlePool(String origin) {
    this.origin = origin;
  }

  /** From the JSON records in {@code dir} when it holds any, else from the sample corpus. */
  static ArticlePool load(Path dir) throws IOException {
    if (dir != null && Files.isDirectory(dir)) {
      ArticlePool pool = fromJson(dir);
      if (!pool.titles.isEmpty()) {
        return pool;
      }
    }
    return fromSamples();
  }

  private static ArticlePool fromJson(Path dir) throws IOException {
    ArticlePool pool = new ArticlePool(dir.toString());
    JsonRecordExtractor extractor = new JsonRecordExtractor(Agencies.get());
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : files) {
      for (JsonNode record : ArticleJson.MAPPER.readTree(f.toFile())) {
        pool.add(extractor.extract(record, f.toString()));
      }
    }
    return pool;
  }

  private static ArticlePool fromSamples() throws IOException {
    ArticlePool pool = new ArticlePool("Khabar's sample corpus");
    TextPageExtractor extractor = new TextPageExtractor(Agencies.get());
    for (String name : SampleCorpus.names()) {
      pool.add(
          extractor.extract(new String(SampleCorpus.bytes(name), StandardCharsets.UTF_8), name));
    }
    return pool;
  }

  private void add(Optional<Article> article) {
    article
        .filter(a -> !a.title().isEmpty() && !a.body().isEmpty())
        .ifPresent(
            a -> {
              titles.add(a.title());
              leads.add(a.lead());
              paragraphs.addAll(a.body());
              bodySizes.add(a.body().size());
            });
  }
}
