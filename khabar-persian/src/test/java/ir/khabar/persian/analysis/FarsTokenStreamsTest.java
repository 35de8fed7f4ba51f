package ir.khabar.persian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.khabar.persian.PersianText;
import ir.khabar.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every Fars News article of ../shared gives the same tokens as the analysis recorded in {@code
 * fars-token-streams.tsv}: terms, increments, lengths, offsets and types, through the index and
 * query analyzers (whole text and sentence by sentence), the chain Solr builds by name, and the
 * stopwords field; on the text as the agency wrote it and after display normalisation. The record
 * was made before the analysis was made faster, so a fast path that changes one token shows here.
 * After a change meant to alter the analysis, rewrite the record with {@code
 * -Dkhabar.tokenStreams.write=true} and read the diff of the terms it changes.
 */
class FarsTokenStreamsTest {
  private static final String RECORD = "fars-token-streams.tsv";
  private static final Path WRITE_TO =
      Path.of("src/test/resources/ir/khabar/persian/analysis", RECORD);

  @Test
  void everyArticleGivesTheRecordedTokens() throws IOException {
    Map<String, String> now = digestsOfFars();
    if (Boolean.getBoolean("khabar.tokenStreams.write")) {
      write(now);
    }
    Map<String, String> recorded = recorded();
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> e : now.entrySet()) {
      if (!e.getValue().equals(recorded.get(e.getKey()))) {
        changed.add(e.getKey() + ": " + recorded.get(e.getKey()) + " → " + e.getValue());
      }
    }
    assertThat(now).hasSizeGreaterThan(1_400);
    assertThat(recorded.keySet()).containsExactlyInAnyOrderElementsOf(now.keySet());
    assertThat(changed).as("articles whose tokens changed (columns: see the record)").isEmpty();
  }

  /** Each article's digests, keyed by file and record number. */
  private static Map<String, String> digestsOfFars() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (Path file : SharedData.farsnewsFiles()) {
      int n = 0;
      for (JsonNode r : json.readTree(file.toFile())) {
        out.put(file.getFileName() + "#" + n++, digests(text(r)));
      }
    }
    return out;
  }

  /** An article's title, lead and paragraphs, a line each. */
  static String text(JsonNode record) {
    StringBuilder text =
        new StringBuilder(record.path("title").asText())
            .append('\n')
            .append(record.path("abstract").asText());
    record.path("paragraphs").forEach(p -> text.append('\n').append(p.asText()));
    return text.toString();
  }

  /**
   * Four columns: the raw text whole through the index analyzer and the chain built by name; its
   * sentences through both analyzers; the display-normalised text the same ways; the stopwords
   * field of both.
   */
  private static String digests(String raw) {
    String shown = PersianText.get().forDisplay(raw);
    TokenDigest whole = new TokenDigest();
    whole.add(AnalysisTestSupport.INDEX, raw).add(AnalysisTestSupport.BY_NAME, raw);
    TokenDigest sentences = new TokenDigest();
    for (String s : TokenDigest.sentences(raw)) {
      sentences.add(AnalysisTestSupport.INDEX, s).add(AnalysisTestSupport.QUERY, s);
    }
    TokenDigest display = new TokenDigest();
    display.add(AnalysisTestSupport.INDEX, shown).add(AnalysisTestSupport.BY_NAME, shown);
    for (String s : TokenDigest.sentences(shown)) {
      display.add(AnalysisTestSupport.INDEX, s).add(AnalysisTestSupport.QUERY, s);
    }
    TokenDigest stops = new TokenDigest();
    stops
        .addSorted(PersianText.get().stopwordsIn(raw))
        .addSorted(PersianText.get().stopwordsIn(shown));
    return String.join("\t", whole.hex(), sentences.hex(), display.hex(), stops.hex());
  }

  private static Map<String, String> recorded() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                FarsTokenStreamsTest.class.getResourceAsStream(RECORD), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#")) {
          int tab = line.indexOf('\t');
          out.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    }
    return out;
  }

  private static void write(Map<String, String> digests) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# article\twhole (index, by name)\tsentences (index, query)\tdisplay\tstopwords");
    digests.forEach((k, v) -> lines.add(k + "\t" + v));
    Files.write(WRITE_TO, lines, StandardCharsets.UTF_8);
  }
}
