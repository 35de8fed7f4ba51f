package ir.khabar.bench.jmh;

import ir.khabar.core.ingest.SampleCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Pages of Khabar's sample corpus, the input of the micro benchmarks. */
final class SampleText {
  private SampleText() {}

  static List<String> pages() {
    try {
      return SampleCorpus.names().stream().map(SampleText::page).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String page(String name) {
    try {
      return new String(SampleCorpus.bytes(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
