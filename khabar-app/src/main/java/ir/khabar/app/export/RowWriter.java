package ir.khabar.app.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import ir.khabar.core.ArticleJson;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes rows of named columns as they come: CSV through jackson-dataformat-csv (header, RFC 4180
 * quoting, CRLF, a byte-order mark first) or one JSON object per line. A list value is one cell in
 * CSV (joined by the Persian semicolon) and an array in JSON.
 */
public final class RowWriter implements Closeable {
  /** What separates the values of a list in one CSV cell. */
  public static final String LIST_SEPARATOR = "؛ ";

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final CsvMapper CSV = new CsvMapper();
  private static final byte[] NEWLINE = {'\n'};

  private final ExportFormat format;
  private final OutputStream out;
  private final SequenceWriter csv;
  private final ObjectMapper json;

  public RowWriter(ExportFormat format, List<String> columns, OutputStream out) throws IOException {
    this.format = format;
    this.out = out;
    if (format == ExportFormat.CSV) {
      out.write(BOM);
      CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
      columns.forEach(schema::addColumn);
      this.csv =
          CSV.writerFor(Map.class)
              .with(schema.build().withLineSeparator("\r\n"))
              .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
              .writeValues(out);
      this.json = null;
    } else {
      this.csv = null;
      this.json = ArticleJson.MAPPER.copy().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
  }

  /** Writes one row; its keys are the columns, in order. */
  public void write(Map<String, Object> row) throws IOException {
    if (format == ExportFormat.CSV) {
      Map<String, Object> cells = new LinkedHashMap<>();
      row.forEach((k, v) -> cells.put(k, cell(v)));
      csv.write(cells);
    } else {
      json.writeValue(out, row);
      out.write(NEWLINE);
    }
  }

  private static Object cell(Object v) {
    if (v instanceof List<?> l) {
      return String.join(LIST_SEPARATOR, l.stream().map(String::valueOf).toList());
    }
    return v == null ? "" : v;
  }

  /** Flushes what is written; the stream stays open for its owner. */
  @Override
  public void close() throws IOException {
    if (csv != null) {
      csv.close();
    }
    out.flush();
  }
}
