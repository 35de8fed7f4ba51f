package ir.khabar.app.cli;

import ir.khabar.core.ingest.IngestReport;
import ir.khabar.core.ingest.Input;
import ir.khabar.core.ingest.Rejection;
import ir.khabar.core.pipeline.Pipeline;
import ir.khabar.core.search.SearchEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * `khabar ingest PATH...`: exit 0 when everything was read, 1 when something was rejected. Files
 * and items skipped as not news (a licence, a photo item without text) are reported but are no
 * failure.
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

  @Override
  public Integer call() throws Exception {
    List<Input> inputs = Input.files(paths);
    ProgressBar bar = ProgressBar.onTerminal(inputs.size());
    IngestReport report;
    try (SearchEngine index = engine.open(data);
        Pipeline pipeline = new Pipeline(index)) {
      report = pipeline.run(inputs, bar::update);
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
}
