package ir.khabar.core.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.khabar.core.extract.JsonRecordExtractor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Reads a JSON file (one record, or an array of records) or a JSON lines file record by record from
 * its bytes, so that only one record's tree is held at a time. The parser's limits are set here,
 * not left to Jackson's defaults: a record is never deeper than {@value #MAX_DEPTH} levels, and no
 * string in it is longer than a text page may be. A record that breaks a limit or the syntax is
 * rejected by its number or line, in plain words; the records before it are kept.
 */
final class JsonInputs {
  static final int MAX_DEPTH = 64;
  static final int MAX_STRING = (int) InputLimits.TEXT;
  static final int MAX_NUMBER = 100;
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(MAX_DEPTH)
                      .maxStringLength(MAX_STRING)
                      .maxNumberLength(MAX_NUMBER)
                      .maxNameLength(10_000)
                      .maxDocumentLength(InputLimits.JSON)
                      .build())
              .build());
  private static final String NO_TEXT = "record without text (no title or body)";

  private final JsonRecordExtractor records;

  JsonInputs(JsonRecordExtractor records) {
    this.records = records;
  }

  /** A JSON file: one record, or an array of records ("record 3"). */
  List<InputReader.Outcome> json(String origin, byte[] bytes) {
    return ifText(bytes, start -> records(origin, bytes, start));
  }

  private List<InputReader.Outcome> records(String origin, byte[] bytes, int start) {
    List<InputReader.Outcome> out = new ArrayList<>();
    String label = null;
    try (JsonParser parser = MAPPER.createParser(bytes, start, bytes.length - start)) {
      try {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_OBJECT) {
          return List.of(record(origin, null, MAPPER.readTree(parser), "no article text found"));
        }
        if (first != JsonToken.START_ARRAY) {
          return List.of(
              InputReader.Outcome.rejected(
                  null, "JSON holds neither an article record nor an array of records"));
        }
        for (int n = 1; ; n++) {
          label = "record " + n;
          if (parser.nextToken() == JsonToken.END_ARRAY) {
            return out;
          }
          out.add(record(origin, label, MAPPER.readTree(parser), NO_TEXT));
        }
      } catch (IOException e) {
        out.add(InputReader.Outcome.rejected(label, invalid(e, parser, true)));
        return out;
      }
    } catch (IOException e) {
      return List.of(InputReader.Outcome.rejected(null, "not valid JSON"));
    }
  }

  /** A JSON lines file: one record a line ("line 3"), blank lines passed over. */
  List<InputReader.Outcome> jsonLines(String origin, byte[] bytes) {
    return ifText(bytes, start -> lines(origin, bytes, start));
  }

  private List<InputReader.Outcome> lines(String origin, byte[] bytes, int start) {
    List<InputReader.Outcome> out = new ArrayList<>();
    int line = 0;
    for (int from = start; from < bytes.length; ) {
      int end = from;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      line++;
      if (!TextDecoder.blank(bytes, from, end)) {
        out.add(line(origin, "line " + line, bytes, from, end - from));
      }
      from = end + 1;
    }
    return out;
  }

  /**
   * The records the bytes hold, read from where the text starts; or why the bytes are not UTF-8
   * text.
   */
  private static List<InputReader.Outcome> ifText(
      byte[] bytes, IntFunction<List<InputReader.Outcome>> records) {
    try {
      return records.apply(TextDecoder.validUtf8(bytes));
    } catch (TextDecoder.NotTextException e) {
      return List.of(InputReader.Outcome.notText(e.getMessage()));
    }
  }

  private InputReader.Outcome line(
      String origin, String label, byte[] bytes, int from, int length) {
    try (JsonParser parser = MAPPER.createParser(bytes, from, length)) {
      try {
        return record(origin, label, MAPPER.readTree(parser), NO_TEXT);
      } catch (IOException e) {
        return InputReader.Outcome.rejected(label, invalid(e, parser, false));
      }
    } catch (IOException e) {
      return InputReader.Outcome.rejected(label, "not valid JSON");
    }
  }

  private InputReader.Outcome record(
      String origin, String label, JsonNode node, String reasonIfEmpty) {
    return InputReader.Outcome.guarded(
        label, () -> InputReader.Outcome.of(label, records.extract(node, origin), reasonIfEmpty));
  }

  /**
   * What is wrong, and where: "not valid JSON (line 3, column 7)", "JSON nested deeper than 64
   * levels …".
   */
  static String invalid(IOException e, JsonParser parser, boolean withLine) {
    JsonLocation at =
        e instanceof JsonProcessingException j && j.getLocation() != null
            ? j.getLocation()
            : parser.currentLocation();
    String where =
        at == null || at.getColumnNr() < 1
            ? ""
            : withLine
                ? " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"
                : " (column " + at.getColumnNr() + ")";
    return (e instanceof StreamConstraintsException ? overLimit(e.getMessage()) : "not valid JSON")
        + where;
  }

  /** Jackson says which limit was broken only in its message, which names the limit's method. */
  private static String overLimit(String message) {
    String m = message == null ? "" : message;
    if (m.contains("NestingDepth")) {
      return "JSON nested deeper than " + MAX_DEPTH + " levels (an article record never is)";
    }
    if (m.contains("StringLength")) {
      return "a JSON string longer than a text page may be ("
          + InputLimits.megabytes(MAX_STRING)
          + ")";
    }
    if (m.contains("NumberLength")) {
      return "a JSON number longer than " + MAX_NUMBER + " digits";
    }
    if (m.contains("NameLength")) {
      return "a JSON field name longer than 10,000 characters";
    }
    return "JSON beyond what a news file holds ("
        + InputLimits.megabytes(InputLimits.JSON)
        + " at most)";
  }
}
