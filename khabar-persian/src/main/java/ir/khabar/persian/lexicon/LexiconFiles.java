package ir.khabar.persian.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Reads the vendored word lists line by line from the classpath. */
final class LexiconFiles {
  private LexiconFiles() {}

  static void lines(String resource, Consumer<String> each) {
    InputStream in = LexiconFiles.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("lexicon resource missing from the jar: " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          each.accept(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
  }

  static long parseLong(String s) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
