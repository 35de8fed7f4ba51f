package ir.khabar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder that changes or loops while it is walked: a file that vanishes, links that lead back to
 * a folder that holds them, to themselves or to nothing. Each is rejected by name, and the rest is
 * stored.
 */
@Tag("integration")
class HostileFilesIngestTest {
  private static final String PAGE =
      """
      قطار باری مشهد - هرات به ایستگاه روزنه رسید

      نخستین قطار باری مسیر مشهد - هرات با ۲۰ واگن سیمان و فولاد به ایستگاه روزنه در خاک افغانستان رسید.

      به گزارش خبرگزاری ایرنا، مدیرکل راه‌آهن خراسان رضوی گفت: این قطار پس از ۱۸ ساعت به مقصد رسید.
      """;

  @TempDir Path dir;

  private static Path link(Path link, Path target) throws IOException {
    try {
      return Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("no symbolic links on this file system: " + e);
      return null;
    }
  }

  private static String reason(IngestReport r, Path file) {
    return r.rejections().stream()
        .filter(x -> x.file().equals(file.toString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no rejection for " + file + " in " + r.rejections()))
        .reason();
  }

  @Test
  void linkLoopsAndDanglingLinksAreNamedAndLinkedFoldersAreRead() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("train.txt"), PAGE, StandardCharsets.UTF_8);
    Path sub = Files.createDirectories(in.resolve("sub"));
    Path back = link(sub.resolve("back"), in);
    Path self = link(in.resolve("self.txt"), Path.of("self.txt"));
    Path dangling = link(in.resolve("gone.txt"), Path.of("nowhere.txt"));
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(
        other.resolve("wheat.txt"),
        PAGE.replace("سیمان و فولاد", "گندم").replace("هرات", "مزار شریف"),
        StandardCharsets.UTF_8);
    link(in.resolve("linked"), other);
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      IngestReport r = Ingest.files(engine, List.of(in));
      assertThat(r.added()).as("the page, and the page of the linked folder").isEqualTo(2);
      assertThat(reason(r, back))
          .isEqualTo(
              "cannot read: a symbolic link loop (it leads back to "
                  + in.toRealPath()
                  + ", a folder that holds it)");
      assertThat(reason(r, self))
          .isEqualTo("cannot read: a symbolic link loop (the link leads back to itself)");
      assertThat(reason(r, dangling))
          .isEqualTo("cannot read: a symbolic link to nothing (nowhere.txt does not exist)");
      assertThat(r.rejections()).hasSize(3);
      assertThat(engine.search(SearchRequest.of("مزار شریف گندم")).total()).isEqualTo(1);
    }
  }

  @Test
  void filesDeletedWhileTheFolderIsIngestedAreNamedAndTheRestIsStored() throws Exception {
    Path in = Files.createDirectories(dir.resolve("many"));
    int n = 600;
    for (int i = 0; i < n; i++) {
      Files.writeString(
          in.resolve(String.format("%04d.json", i)),
          "{\"title\": \"قطار باری شماره "
              + i
              + " به ایستگاه روزنه رسید\", \"body\": [\""
              + PAGE.strip().replace("\n", " ").replace("۲۰ واگن", i + " واگن")
              + "\"], \"url\": \"https://www.irna.ir/news/"
              + (85000000 + i)
              + "/\"}",
          StandardCharsets.UTF_8);
    }
    CompletableFuture<Void> deleting =
        CompletableFuture.runAsync(
            () -> {
              for (int i = n - 1; i >= 0; i -= 7) {
                try {
                  Files.delete(in.resolve(String.format("%04d.json", i)));
                  Thread.sleep(
                      10); // deletions go on while the folder is walked and its files are read
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
            });
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      IngestReport r = Ingest.files(engine, List.of(in));
      deleting.get();
      assertThat(r.rejections()).allSatisfy(x -> assertThat(x.reason()).isEqualTo("no such file"));
      assertThat(r.added() + r.rejections().size())
          .as("every file listed is stored or named")
          .isEqualTo(r.files());
      assertThat(r.added()).isGreaterThanOrEqualTo(n - (n + 6) / 7);
      assertThat(engine.count()).isEqualTo(r.added());
    }
  }
}
