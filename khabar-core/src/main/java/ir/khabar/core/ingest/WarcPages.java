package ir.khabar.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages a WARC file holds (response and resource records, gzipped or not), read with
 * jwarc. Each page is one record of the input, named by its position and URL; its origin is the
 * URL. A page is read only up to the page limit, counted after inflation, so a small archive that
 * inflates to gigabytes is refused record by record without being held; a record that cannot be
 * parsed is refused alone.
 */
final class WarcPages {
  /** Extracts one page: origin, record label, URL, body bytes. */
  interface PageReader {
    InputReader.Outcome page(String origin, String record, String url, byte[] bytes);
  }

  private WarcPages() {}

  static List<InputReader.Outcome> read(byte[] warc, PageReader pages) {
    List<InputReader.Outcome> out = new ArrayList<>();
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(warc))) {
      for (int n = 1; ; n++) {
        Optional<WarcRecord> record = reader.next();
        if (record.isEmpty()) {
          break;
        }
        record(n, record.get(), pages).ifPresent(out::add);
      }
    } catch (IOException | RuntimeException e) {
      out.add(
          InputReader.Outcome.rejected(
              out.isEmpty() ? null : "after record " + out.size(),
              "not a readable WARC file"
                  + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")));
    }
    if (out.isEmpty()) {
      out.add(InputReader.Outcome.notText("WARC file holds no HTML page"));
    }
    return out;
  }

  /** The outcome of record {@code n} when it is an HTML page. */
  private static Optional<InputReader.Outcome> record(int n, WarcRecord record, PageReader pages) {
    String label = "record " + n;
    try {
      Optional<Page> page = page(record);
      if (page.isEmpty()) {
        return Optional.empty();
      }
      label += " (" + page.get().url + ")";
      byte[] body = page.get().body.stream().readNBytes(PageDecoder.MAX_BYTES + 1);
      if (body.length > PageDecoder.MAX_BYTES) {
        return Optional.of(
            InputReader.Outcome.rejected(
                label,
                InputLimits.tooLarge(
                    "more than " + InputLimits.megabytes(PageDecoder.MAX_BYTES) + " once inflated",
                    PageDecoder.MAX_BYTES,
                    "a page")));
      }
      return Optional.of(pages.page(page.get().url, label, page.get().url, body));
    } catch (IOException | RuntimeException e) {
      return Optional.of(
          InputReader.Outcome.rejected(
              label,
              "not a readable WARC record"
                  + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")));
    }
  }

  private record Page(String url, MessageBody body) {}

  private static Optional<Page> page(WarcRecord record) throws IOException {
    if (record instanceof WarcResponse response) {
      if (response.http().status() != 200 || !isHtml(response.http().contentType())) {
        return Optional.empty();
      }
      return Optional.of(new Page(response.target(), response.http().body()));
    }
    if (record instanceof WarcResource resource
        && isHtml(resource.payload().map(p -> p.type()).orElse(null))) {
      return Optional.of(new Page(resource.target(), resource.body()));
    }
    return Optional.empty();
  }

  private static boolean isHtml(MediaType type) {
    return type != null
        && (type.base().equals(MediaType.HTML.base()) || type.subtype().contains("xhtml"));
  }
}
