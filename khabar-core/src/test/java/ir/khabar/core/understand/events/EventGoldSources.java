package ir.khabar.core.understand.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.understand.entities.PeymaDocument;
import ir.khabar.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts an event gold file points to, read from ../shared at test time (the project never
 * copies corpus text): a Fars News record by its link, a Hamshahri development file by its path
 * under docs, a PEYMA development article by its file name under docs (rebuilt as {@link
 * PeymaDocument} rebuilds it), and a sentence in Fars or Hamshahri by offset, length and a SHA-256
 * prefix that notices drift. Skips the calling test with a message when ../shared is absent.
 */
final class EventGoldSources {
  static final String HAMSHAHRI_DOCS = "data/hamshahri-dev/docs";

  /** The PEYMA development articles, one file a document ("12.txt"). */
  static final String PEYMA_DOCS = "data/peyma-dev/docs";

  /** The {@code corpus} of a gold item that names a PEYMA article by its {@code file}. */
  static final String PEYMA = "peyma";

  private final Map<String, JsonNode> farsByLink = new LinkedHashMap<>();
  private final Path hamshahriDocs;

  private EventGoldSources(Path hamshahriDocs) {
    this.hamshahriDocs = hamshahriDocs;
  }

  /** The corpora of ../shared; skips the test when they are absent. */
  static EventGoldSources open() throws IOException {
    EventGoldSources sources = new EventGoldSources(SharedData.folder(HAMSHAHRI_DOCS));
    for (Path f : SharedData.farsnewsFiles()) {
      for (JsonNode r : ArticleJson.MAPPER.readTree(f.toFile())) {
        sources.farsByLink.putIfAbsent(r.get("link").asText(), r);
      }
    }
    return sources;
  }

  /** A gold file of this package's resources: an object whose {@code items} are the references. */
  static JsonNode gold(String name) throws IOException {
    try (InputStream in = EventGoldSources.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return ArticleJson.MAPPER.readTree(in).get("items");
    }
  }

  /** The sources of a gold file's items, in the file's order. */
  static List<String> sources(String gold) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode item : gold(gold)) {
      out.add(source(item));
    }
    return out;
  }

  /** The Fars News record with this link; fails when the corpus lacks it. */
  JsonNode farsRecord(String link) {
    JsonNode r = farsByLink.get(link);
    assertThat(r).as("Fars News record %s in ../shared/corpus/farsnews", link).isNotNull();
    return r;
  }

  /** A Hamshahri development file's text, by its path under docs ("2003/HAM2-820204-056.ham"). */
  String hamshahriText(String file) {
    try {
      return Files.readString(hamshahriDocs.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("../shared/" + HAMSHAHRI_DOCS + "/" + file, e);
    }
  }

  /**
   * A PEYMA development article's text, by its file name under docs ("12.txt"): tokens joined by a
   * space, one sentence a line, as {@link PeymaDocument} rebuilds it.
   */
  static String peymaText(String file) {
    try {
      return PeymaDocument.read(SharedData.folder(PEYMA_DOCS).resolve(file)).text();
    } catch (IOException e) {
      throw new UncheckedIOException("../shared/" + PEYMA_DOCS + "/" + file, e);
    }
  }

  /** Whether a gold item names a PEYMA article. */
  static boolean peyma(JsonNode item) {
    return PEYMA.equals(item.path("corpus").asText());
  }

  /** The text an item's offsets count in: a Fars record's field, or a Hamshahri file. */
  String container(JsonNode item) {
    if (item.get("corpus").asText().equals("farsnews")) {
      JsonNode r = farsRecord(item.get("link").asText());
      String field = item.get("field").asText();
      return field.startsWith("paragraphs/")
          ? r.get("paragraphs").get(Integer.parseInt(field.substring(11))).asText()
          : r.get(field).asText();
    }
    return hamshahriText(item.get("file").asText());
  }

  /** The sentence an item locates, checked against its SHA-256 prefix. */
  String sentence(JsonNode item) {
    String in = container(item);
    int start = item.get("start").asInt();
    int end = start + item.get("length").asInt();
    String where = where(item);
    assertThat(end).as("%s: sentence ends within its text", where).isLessThanOrEqualTo(in.length());
    String s = in.substring(start, end);
    assertThat(sha256(s))
        .as("%s: the corpus changed under the gold (SHA-256 prefix differs)", where)
        .startsWith(item.get("sha256").asText());
    return s;
  }

  /** The item's source: a Fars link, a Hamshahri path under docs, or a PEYMA file name. */
  static String source(JsonNode item) {
    return item.has("link") ? item.get("link").asText() : item.get("file").asText();
  }

  static String where(JsonNode item) {
    return (source(item) + " " + item.path("field").asText("")).strip();
  }

  static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
