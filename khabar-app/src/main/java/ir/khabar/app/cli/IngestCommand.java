package ir.khabar.app.cli;

import ir.khabar.core.Source;
import ir.khabar.core.extract.Agencies;
import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.ingest.Input;
import ir.khabar.core.ingest.Rejection;
import ir.khabar.core.pipeline.Pipeline;
import ir.khabar.core.search.SearchEngine;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `khabar ingest PATH...`: exit 0 when everything was read, 1 when something was rejected. Files
 * and items skipped as not news (a licence, a photo item without text) are reported but are no
 * failure. When {@code khabar serve} runs on the same data folder (and so holds the index), the
 * files are handed to it ({@link HandoverClient}) and its report is printed the same way.
 */
@Command(name = "ingest", description = "Read files and folders into the index; prints a summary.")
public final class IngestCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Mixin EngineOption engine;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files or folders: text pages, .html, .json, .jsonl.")
  List<Path> paths;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description =
          "The source of the articles that name none: an archive of one paper (--source همشهری)."
              + " A known agency's name, alias or site, or a new source's name.")
  String source;

  @Override
  public Integer call() throws Exception {
    List<Input> inputs = Input.files(paths);
    ProgressBar bar = ProgressBar.onTerminal(inputs.size());
    Source declared = source == null ? null : Agencies.get().resolveOrCreate(source);
    IngestReport report = handedOver(inputs, declared, bar);
    if (report == null) {
      try (SearchEngine index = engine.open(data);
          Pipeline pipeline = new Pipeline(index)) {
        report = pipeline.run(inputs, bar::update, declared);
      }
    }
    bar.finish();
    for (Rejection r : report.rejections()) {
      System.err.println("rejected: " + r);
    }
    report.skipped().forEach(s -> System.err.println("skipped: " + s));
    System.out.println(report.summary());
    if (!report.skipped().isEmpty()) {
      System.out.println(report.skipSummary());
    }
    System.out.println(report.datingSummary());
    return report.clean() ? 0 : 1;
  }

  /**
   * The report of the server running on the data folder, which was handed the inputs; null when no
   * server runs there (none started, or one gone without removing its file), to ingest here.
   */
  private IngestReport handedOver(List<Input> inputs, Source declared, ProgressBar bar)
      throws IOException, InterruptedException {
    HandoverFile server = HandoverFile.readFrom(data.data).orElse(null);
    if (server == null || !server.serverRuns()) {
      return null;
    }
    System.err.println(
        "khabar serve is running on "
            + data.data
            + " (port "
            + server.port()
            + "): handing it "
            + inputs.size()
            + " file(s)");
    try {
      return new HandoverClient(server).send(inputs, declared, bar::update);
    } catch (ConnectException e) {
      System.err.println("the server does not answer; ingesting here");
      return null;
    }
  }
}
