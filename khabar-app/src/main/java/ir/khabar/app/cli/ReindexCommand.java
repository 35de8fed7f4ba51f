package ir.khabar.app.cli;

import ir.khabar.app.store.LinkReports;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.ingest.Input;
import ir.khabar.core.pipeline.Pipeline;
import ir.khabar.core.store.Database;
import ir.khabar.core.understand.LinkCorrections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `khabar reindex`: the index rebuilt from the crawled pages kept in raw/, without fetching again,
 * with the wrong links moderators confirmed taken out of their articles.
 */
@Command(
    name = "reindex",
    description = "Rebuild the index from the WARC files under DATA/raw (no fetching).")
public final class ReindexCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "The store holding the confirmed link corrections, e.g. "
              + "jdbc:postgresql://host/khabar?user=khabar (default: SQLite khabar.db under --data).")
  String db;

  @Override
  public Integer call() throws Exception {
    Path raw = data.data.resolve("raw");
    if (!Files.isDirectory(raw)) {
      System.err.println("khabar reindex: no crawled pages under " + raw);
      return 1;
    }
    Path index = data.index();
    if (Files.exists(index)) {
      try (Stream<Path> walk = Files.walk(index)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    LinkCorrections corrections;
    try (Database store = Database.open(db, data.data)) {
      corrections = new LinkReports(store).corrections();
    }
    IngestReport report;
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(index);
        Pipeline pipeline = new Pipeline(engine, () -> corrections)) {
      report = pipeline.run(Input.files(List.of(raw)));
    }
    report.rejections().forEach(r -> System.err.println("rejected: " + r));
    System.out.println(
        "reindexed from "
            + raw
            + ": "
            + report.summary()
            + "; "
            + corrections.size()
            + " confirmed link corrections applied");
    return report.clean() ? 0 : 1;
  }
}
