package ir.khabar.core.quality;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.extract.Agencies;
import ir.khabar.core.extract.TextPageExtractor;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Judged collections for ranking tests: the Hamshahri development documents with their judged
 * queries, and the Fars News articles with their tags as queries.
 */
final class JudgedCollections {
  private JudgedCollections() {}

  /** Reads a file's title as ingest reads it (its headline block). */
  private static final TextPageExtractor PAGES = new TextPageExtractor(Agencies.get());

  record Doc(String id, String title, String text) {
    /** The text after its title, or the whole text when the title is not its first line. */
    String body() {
      return text.startsWith(title) ? text.substring(title.length()).strip() : text;
    }
  }

  record Topic(String number, String query, Set<String> relevant) {}

  record Collection(List<Doc> docs, List<Topic> topics) {}

  static Collection hamshahri() throws IOException {
    Path dir = SharedData.folder("data/hamshahri-dev");
    SharedData.folder("data/hamshahri-dev/docs");
    List<Doc> docs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir.resolve("docs"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".ham")).sorted().toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8).strip();
        int nl = text.indexOf('\n');
        String name = f.getFileName().toString();
        String title =
            PAGES
                .extract(text, name)
                .map(Article::title)
                .orElse(nl < 0 ? text : text.substring(0, nl).strip());
        docs.add(new Doc(name.substring(0, name.length() - 4), title, text));
      }
    }
    Map<String, Set<String>> qrels = new TreeMap<>();
    for (String line : Files.readAllLines(dir.resolve("qrels.txt"), StandardCharsets.UTF_8)) {
      String[] f = line.strip().split("\\s+");
      if (f.length == 2) {
        qrels.computeIfAbsent(f[0], x -> new HashSet<>()).add(f[1]);
      }
    }
    List<Topic> topics = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.resolve("queries"))) {
      for (Path f : files.sorted().toList()) {
        String n = f.getFileName().toString().replace(".q", "");
        topics.add(
            new Topic(
                n,
                Files.readString(f, StandardCharsets.UTF_8).strip(),
                qrels.getOrDefault(n, Set.of())));
      }
    }
    topics.sort(
        (a, b) -> Integer.compare(Integer.parseInt(a.number()), Integer.parseInt(b.number())));
    return new Collection(docs, topics);
  }

  /**
   * The Fars News tag queries of RetrievalQualityTest: tags on 3 to 40 articles, carriers relevant.
   */
  static Collection farsTags() throws IOException {
    List<Doc> docs = new ArrayList<>();
    Map<String, Set<String>> byTag = new LinkedHashMap<>();
    for (Path f : SharedData.farsnewsFiles()) {
      for (JsonNode r : ArticleJson.MAPPER.readTree(f.toFile())) {
        StringBuilder text =
            new StringBuilder(r.path("title").asText())
                .append('\n')
                .append(r.path("abstract").asText());
        r.path("paragraphs").forEach(p -> text.append('\n').append(p.asText()));
        String id = "F" + docs.size();
        docs.add(new Doc(id, r.path("title").asText(), text.toString()));
        r.path("tags")
            .forEach(
                tag -> {
                  if (!tag.asText().isBlank()) {
                    byTag.computeIfAbsent(tag.asText().strip(), x -> new HashSet<>()).add(id);
                  }
                });
      }
    }
    List<Topic> topics = new ArrayList<>();
    byTag.forEach(
        (tag, rel) -> {
          if (rel.size() >= 3 && rel.size() <= 40) {
            topics.add(new Topic(String.valueOf(topics.size()), tag, rel));
          }
        });
    return new Collection(docs, topics);
  }
}
