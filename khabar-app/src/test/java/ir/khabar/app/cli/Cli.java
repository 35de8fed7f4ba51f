package ir.khabar.app.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.app.Main;
import ir.khabar.core.ArticleJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the CLI in this JVM through {@link Main#run}, with stdin, stdout and stderr swapped for
 * buffers.
 */
final class Cli {
  /** What one run did: its exit status and everything it wrote. */
  record Result(int code, String out, String err) {
    /** stdout as exactly one JSON value (trailing output is an error). */
    JsonNode json() throws Exception {
      return ArticleJson.MAPPER
          .reader()
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readTree(out);
    }

    List<String> outLines() {
      return out.lines().toList();
    }
  }

  private Cli() {}

  static synchronized Result run(String stdin, String... args) {
    InputStream in = System.in;
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    int code;
    try {
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      code = Main.run(args);
    } finally {
      System.out.flush();
      System.err.flush();
      System.setIn(in);
      System.setOut(out);
      System.setErr(err);
    }
    return new Result(
        code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
  }

  static Result run(String... args) {
    return run("", args);
  }

  /** {@code command --data DIR rest...}. */
  static Result withData(Path data, String command, String... rest) {
    List<String> args = new ArrayList<>(List.of(command, "--data", data.toString()));
    args.addAll(List.of(rest));
    return run(args.toArray(String[]::new));
  }
}
