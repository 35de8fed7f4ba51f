package ir.khabar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import ir.khabar.core.Article;
import ir.khabar.core.ArticleJson;
import ir.khabar.core.extract.Agencies;
import ir.khabar.core.extract.JsonRecordExtractor;
import ir.khabar.core.understand.Understanding;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.core.understand.events.EventExtractor;
import ir.khabar.persian.lexicon.Lexicon;
import ir.khabar.persian.spacing.DisplayNormalizer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The CPU time of understanding a corpus on one thread, pass after pass, and of its three parts:
 * display normalisation, entities, events. Public APIs only, so that an older build runs this same
 * file: {@code java -cp OLD/khabar-bench/target/benchmarks.jar UnderstandingCosts.java CORPUS
 * [PASSES]}. Prints each pass's milliseconds of thread CPU time; the best of the later passes is
 * the figure to compare.
 */
public final class UnderstandingCosts {
  private UnderstandingCosts() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    JsonRecordExtractor extractor = new JsonRecordExtractor(Agencies.get());
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> list = Files.list(corpus)) {
      for (Path f : list.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        for (JsonNode record : ArticleJson.MAPPER.readTree(f.toFile())) {
          extractor.extract(record, f.toString()).ifPresent(articles::add);
        }
      }
    }
    Understanding understanding = new Understanding(Lexicon.get());
    DisplayNormalizer display = new DisplayNormalizer(Lexicon.get());
    List<String> texts =
        articles.stream().map(a -> understanding.understand(a).fullText()).toList();
    List<String> raw = articles.stream().map(Article::fullText).toList();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sink = 0;
    System.out.printf(
        "%d articles; ms of CPU per pass: all, display, entities, events%n", texts.size());
    for (int pass = 0; pass < passes; pass++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (Article a : articles) {
        sink += understanding.understand(a).events().size();
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      for (String t : raw) {
        sink += display.normalize(t).length();
      }
      long t2 = cpu.getCurrentThreadCpuTime();
      List<EntityRecognizer.Reading> readings = new ArrayList<>(texts.size());
      for (String t : texts) {
        readings.add(EntityRecognizer.get().read(t));
      }
      long t3 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < texts.size(); i++) {
        sink += EventExtractor.events(texts.get(i), readings.get(i), null).size();
      }
      long t4 = cpu.getCurrentThreadCpuTime();
      System.out.printf(
          "pass %d: %d %d %d %d%n",
          pass + 1,
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          (t3 - t2) / 1_000_000,
          (t4 - t3) / 1_000_000);
    }
    System.out.println(sink == 42 ? "" : "done");
  }
}
