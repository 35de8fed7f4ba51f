package ir.khabar.app.cli;

import ir.khabar.persian.PersianText;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `khabar normalize`: stdin to stdout, one line out for each line in. */
@Command(
    name = "normalize",
    description =
        "Normalise Persian text from stdin, line by line: as readers should see it, or with --search the form the index compares.")
public final class NormalizeCommand implements Callable<Integer> {
  @Option(names = "--search", description = "Print the index form (the terms the index compares).")
  boolean search;

  @Override
  public Integer call() throws Exception {
    PersianText text = PersianText.get();
    PrintStream out =
        new PrintStream(new BufferedOutputStream(System.out), false, StandardCharsets.UTF_8);
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        out.println(search ? text.forSearch(line) : text.forDisplay(line));
      }
    }
    out.flush();
    return 0;
  }
}
