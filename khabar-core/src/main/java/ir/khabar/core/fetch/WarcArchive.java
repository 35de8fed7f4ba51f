package ir.khabar.core.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Every page the crawler keeps, written as a WARC response record (jwarc, gzip) under the data
 * folder's raw/, so that extraction can run again without fetching again (`khabar reindex`).
 */
public final class WarcArchive implements AutoCloseable {
  private final WarcWriter writer;

  public WarcArchive(Path rawDir) throws IOException {
    Files.createDirectories(rawDir);
    Path file = rawDir.resolve("crawl-" + Instant.now().toString().replace(':', '-') + ".warc.gz");
    writer =
        new WarcWriter(
            FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            WarcCompression.GZIP);
  }

  public synchronized void write(URI url, Fetched page) throws IOException {
    MediaType type =
        page.contentType() == null ? MediaType.HTML : MediaType.parse(page.contentType());
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(type, page.body()).build();
    writer.write(new WarcResponse.Builder(url).date(Instant.now()).body(http).build());
  }

  @Override
  public synchronized void close() throws IOException {
    writer.close();
  }
}
