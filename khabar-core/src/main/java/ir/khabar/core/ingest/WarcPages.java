package ir.khabar.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages a WARC file holds (response and resource records, gzipped or not), read with jwarc.
 * Each page is one record of the input, named by its position and URL; its origin is the URL.
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
      int n = 0;
      for (WarcRecord record : reader) {
        n++;
        Optional<Page> page = page(record);
        if (page.isPresent()) {
          String label = "record " + n + " (" + page.get().url + ")";
          out.add(pages.page(page.get().url, label, page.get().url, page.get().body));
        }
      }
    } catch (IOException | RuntimeException e) {
      out.add(InputReader.Outcome.rejected("after record " + out.size(), "not a readable WARC file: " + e.getMessage()));
    }
    if (out.isEmpty()) {
      out.add(InputReader.Outcome.notText("WARC file holds no HTML page"));
    }
    return out;
  }

  private record Page(String url, byte[] body) {}

  private static Optional<Page> page(WarcRecord record) throws IOException {
    if (record instanceof WarcResponse response) {
      if (response.http().status() != 200 || !isHtml(response.http().contentType())) {
        return Optional.empty();
      }
      return Optional.of(new Page(response.target(), response.http().body().stream().readAllBytes()));
    }
    if (record instanceof WarcResource resource && isHtml(resource.payload().map(p -> p.type()).orElse(null))) {
      return Optional.of(new Page(resource.target(), resource.body().stream().readAllBytes()));
    }
    return Optional.empty();
  }

  private static boolean isHtml(MediaType type) {
    return type != null && (type.base().equals(MediaType.HTML.base()) || type.subtype().contains("xhtml"));
  }
}
