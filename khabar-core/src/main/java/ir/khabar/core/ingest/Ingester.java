package ir.khabar.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.extract.Agencies;
import ir.khabar.core.extract.HtmlPageExtractor;
import ir.khabar.core.extract.JsonRecordExtractor;
import ir.khabar.core.extract.TextPageExtractor;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.understand.Understanding;
import ir.khabar.persian.lexicon.Lexicon;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * The ingest entry point: files and folders → extract → understand → index. A file or record that
 * cannot be read is reported with the reason and skipped; the rest of the batch goes on, and what the
 * index held before is never touched.
 */
public final class Ingester {
  private static final int COMMIT_EVERY = 2_000;

  private final SearchEngine engine;
  private final TextPageExtractor textPages;
  private final HtmlPageExtractor htmlPages;
  private final JsonRecordExtractor jsonRecords;
  private final Understanding understanding;
  private final List<Rejection> rejections = new ArrayList<>();
  private int files;
  private int records;
  private int added;
  private int duplicates;

  public Ingester(SearchEngine engine) {
    this.engine = engine;
    Agencies agencies = Agencies.get();
    this.textPages = new TextPageExtractor(agencies);
    this.htmlPages = new HtmlPageExtractor(textPages);
    this.jsonRecords = new JsonRecordExtractor(agencies);
    this.understanding = new Understanding(Lexicon.get());
  }

  /** Every file under the given paths, as Files lists them (folders walked in name order). */
  public static List<Path> expand(List<Path> paths) throws IOException {
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

  /** Ingests the files, calling {@code progress} with the count of files done after each. */
  public IngestReport ingest(List<Path> paths, IntConsumer progress) throws IOException {
    List<Path> all = expand(paths);
    for (int i = 0; i < all.size(); i++) {
      ingestFile(all.get(i));
      progress.accept(i + 1);
    }
    engine.commit();
    return report();
  }

  /** Ingests one named input held in memory (the bundled sample corpus). */
  public void ingest(String origin, byte[] bytes) throws IOException {
    files++;
    ingestBytes(origin, bytes);
  }

  public IngestReport report() {
    return new IngestReport(files, records, added, duplicates, rejections);
  }

  private void ingestFile(Path file) throws IOException {
    files++;
    String origin = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      reject(origin, null, "no such file");
      return;
    } catch (AccessDeniedException e) {
      reject(origin, null, "cannot read: permission denied");
      return;
    } catch (IOException e) {
      reject(origin, null, "cannot read: " + e.getMessage());
      return;
    }
    ingestBytes(origin, bytes);
  }

  private void ingestBytes(String origin, byte[] bytes) throws IOException {
    String name = origin.toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc") || name.endsWith(".warc.gz") || name.endsWith(".xml")) {
      reject(origin, null, "WARC and RSS files are read by the crawler stage, not supported by ingest yet");
      return;
    }
    String text;
    try {
      text = TextDecoder.decode(bytes);
    } catch (TextDecoder.NotTextException e) {
      reject(origin, null, e.getMessage());
      return;
    }
    if (name.endsWith(".json") || name.endsWith(".jsonl")) {
      ingestJson(origin, text, name.endsWith(".jsonl"));
    } else if (name.endsWith(".html") || name.endsWith(".htm")) {
      store(origin, null, htmlPages.extract(text, origin));
    } else {
      store(origin, null, textPages.extract(text, origin));
    }
  }

  /** A record of a JSON file and how a reader finds it there ("line 3", "record 2"), or null. */
  private record JsonRecord(String label, JsonNode node) {}

  private void ingestJson(String origin, String text, boolean lines) throws IOException {
    List<JsonRecord> found = new ArrayList<>();
    if (lines) {
      List<String> all = text.lines().toList();
      for (int i = 0; i < all.size(); i++) {
        String label = "line " + (i + 1);
        if (!all.get(i).isBlank()) {
          parse(origin, label, all.get(i)).ifPresent(n -> found.add(new JsonRecord(label, n)));
        }
      }
    } else {
      Optional<JsonNode> root = parse(origin, null, text);
      if (root.isEmpty()) {
        return;
      }
      if (root.get().isObject()) {
        found.add(new JsonRecord(null, root.get()));
      } else if (root.get().isArray()) {
        int i = 0;
        for (JsonNode n : root.get()) {
          found.add(new JsonRecord("record " + ++i, n));
        }
      } else {
        records++;
        reject(origin, null, "JSON holds neither an article record nor an array of records");
        return;
      }
    }
    for (JsonRecord r : found) {
      store(origin, r.label, jsonRecords.extract(r.node, origin));
    }
  }

  private Optional<JsonNode> parse(String origin, String record, String json) {
    try {
      return Optional.of(ArticleJson.MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      records++;
      reject(origin, record, "not valid JSON (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ")");
      return Optional.empty();
    }
  }

  private void store(String origin, String record, Optional<Article> extracted) throws IOException {
    records++;
    if (extracted.isEmpty()) {
      reject(origin, record, record != null ? "record without text (no title or body)" : "no article text found");
      return;
    }
    Article article = understanding.understand(extracted.get());
    article = article.withId(ArticleIds.of(article));
    if (engine.add(article)) {
      added++;
      if (added % COMMIT_EVERY == 0) {
        engine.commit();
      }
    } else {
      duplicates++;
    }
  }

  private void reject(String origin, String record, String reason) {
    rejections.add(new Rejection(origin, record, reason));
  }
}
