package ir.khabar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.extract.Agencies;
import ir.khabar.core.extract.JsonRecordExtractor;
import ir.khabar.core.extract.TextPageExtractor;
import ir.khabar.core.understand.Understanding;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.persian.lexicon.Lexicon;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What understanding makes of a corpus, one line per text, for checking that a change to its speed
 * changes no output: each JSON record's article as understood (display text, entities, events), the
 * mentions the recogniser finds in it, and the same for texts recombined from paragraphs of
 * different articles. Uses only public APIs, so that an older build can run this same file: {@code
 * java -cp OLD/khabar-bench/target/benchmarks.jar UnderstandingDump.java CORPUS OUT}; then compare
 * the two outputs with {@code cmp}. A directory of Hamshahri documents ({@code *.ham}, found below
 * it) is read too, one article per file, as ingest reads a text page.
 */
public final class UnderstandingDump {
  private UnderstandingDump() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    Path out = Path.of(args[1]);
    JsonRecordExtractor extractor = new JsonRecordExtractor(Agencies.get());
    Understanding understanding = new Understanding(Lexicon.get());
    List<Path> files;
    try (Stream<Path> list = Files.list(corpus)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<String> paragraphs = new ArrayList<>();
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Path f : files) {
        for (JsonNode record : ArticleJson.MAPPER.readTree(f.toFile())) {
          Article a = extractor.extract(record, f.toString()).orElse(null);
          if (a == null) {
            continue;
          }
          write(w, understanding.understand(a));
          paragraphs.addAll(a.body());
        }
      }
      for (Article a : hamshahri(corpus)) {
        write(w, understanding.understand(a));
        paragraphs.addAll(a.body());
      }
      // Paragraphs of different articles side by side: sentences and names meet other neighbours.
      for (int i = 0; i + 3 < paragraphs.size(); i += 3) {
        Article mixed =
            Article.builder()
                .id("mixed-" + i)
                .title(paragraphs.get(i))
                .lead("")
                .body(List.of(paragraphs.get(i + 1), paragraphs.get(paragraphs.size() - 1 - i)))
                .build();
        w.write(ArticleJson.toJson(understanding.understand(mixed)).toString());
        w.newLine();
      }
    }
  }

  /** An understood article as JSON, then the mentions its text gives, a line each. */
  private static void write(BufferedWriter w, Article understood) throws IOException {
    w.write(ArticleJson.toJson(understood).toString());
    w.newLine();
    w.write(EntityRecognizer.get().mentions(understood.fullText()).toString());
    w.newLine();
  }

  /**
   * The Hamshahri articles under the directory (docs/YEAR/ID.ham), each read as ingest reads a text
   * page (its headline block, lead and body), with the file's name as its id; or none.
   */
  private static List<Article> hamshahri(Path corpus) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(p -> p.toString().endsWith(".ham")).sorted().toList();
    }
    TextPageExtractor pages = new TextPageExtractor(Agencies.get());
    List<Article> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      pages
          .extract(Files.readString(f, StandardCharsets.UTF_8), name)
          .ifPresent(a -> out.add(a.toBuilder().id(name).build()));
    }
    return out;
  }
}
