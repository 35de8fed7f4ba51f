package ir.khabar.app;

import ir.khabar.app.cli.BenchCommand;
import ir.khabar.app.cli.CrawlCommand;
import ir.khabar.app.cli.EntitiesCommand;
import ir.khabar.app.cli.IngestCommand;
import ir.khabar.app.cli.NormalizeCommand;
import ir.khabar.app.cli.ReindexCommand;
import ir.khabar.app.cli.SearchCommand;
import ir.khabar.app.cli.ServeCommand;
import ir.khabar.app.cli.ShowCommand;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `khabar` command line. */
@Command(
    name = "khabar",
    mixinStandardHelpOptions = true,
    version = "Khabar 0.1.0",
    description = "Persian news search engine and aggregator (خبر).",
    subcommands = {
      IngestCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      NormalizeCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      CrawlCommand.class,
      ReindexCommand.class,
      EntitiesCommand.class
    })
public final class Main {
  public static void main(String[] args) {
    System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(System.err, true, StandardCharsets.UTF_8));
    System.exit(run(args));
  }

  /** Runs one command and returns its exit status (tests call this directly). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(System.out, true));
    cli.setErr(new PrintWriter(System.err, true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // a query's -word excludes a word: it is part of the query, not an option
    cli.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          commandLine.getErr().println("khabar " + commandLine.getCommandName() + ": " + plain(e));
          return 1;
        });
    return cli.execute(args);
  }

  private static String plain(Exception e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
