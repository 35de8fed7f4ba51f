package ir.khabar.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --data option every command shares. */
public final class DataOption {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "khabar-data",
      description = "Data folder: index/ (Lucene), khabar.db, raw/ (default: ${DEFAULT-VALUE}).")
  Path data;

  public Path index() {
    return data.resolve("index");
  }
}
