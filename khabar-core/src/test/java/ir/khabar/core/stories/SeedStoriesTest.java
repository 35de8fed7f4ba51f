package ir.khabar.core.stories;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories over the seeds and variants of them: the same article with other furniture, a rewritten
 * headline and reordered paragraphs joins its seed's story; seeds that share names (ظریف, سفیر
 * ایران, وزارت امور خارجه) but report other events stay apart.
 */
class SeedStoriesTest {
  @TempDir Path dir;

  @Test
  void variantsJoinTheirSeedsStoryAndOtherEventsStayApart() throws Exception {
    Path seeds = SharedData.seeds();
    Path variants = Files.createDirectories(dir.resolve("variants"));
    String seed003 =
        Files.readString(seeds.resolve("003_8f95742791c25140.txt"), StandardCharsets.UTF_8);
    Files.writeString(
        variants.resolve("003-rewritten.txt"), rewrite(seed003), StandardCharsets.UTF_8);
    String seed004 =
        Files.readString(seeds.resolve("004_4603c48b7e2d25e5.txt"), StandardCharsets.UTF_8);
    Files.writeString(variants.resolve("004-trimmed.txt"), trim(seed004), StandardCharsets.UTF_8);

    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir.resolve("index"))) {
      Ingest.files(engine, List.of(seeds, variants));
      String s003 = storyOf(engine, "003_");
      String s004 = storyOf(engine, "004_");
      assertThat(storyOf(engine, "003-rewritten")).isEqualTo(s003);
      assertThat(storyOf(engine, "004-trimmed")).isEqualTo(s004);
      List<String> seedStories = new ArrayList<>();
      for (String prefix : List.of("000_", "001_", "002_", "003_", "004_")) {
        seedStories.add(storyOf(engine, prefix));
      }
      assertThat(seedStories).as("five seeds, five events").doesNotHaveDuplicates();
      assertThat(engine.story(s003)).hasSize(2);

      List<Hit> hits = engine.search(SearchRequest.of("کریدور شمال جنوب")).hits();
      assertThat(hits)
          .as("one hit for the story, with one more version")
          .singleElement()
          .satisfies(h -> assertThat(h.moreInStory()).isEqualTo(1));
    }
  }

  /** Another headline and lead, the furniture gone, the body's paragraphs in another order. */
  private static String rewrite(String page) {
    List<String> paragraphs = new ArrayList<>(page.lines().filter(l -> !l.isBlank()).toList());
    List<String> body = new ArrayList<>(paragraphs.subList(5, paragraphs.size() - 1));
    Collections.swap(body, 0, 2);
    Collections.swap(body, 3, 5);
    return "گفت\u200cوگوی پزشکیان و پوتین درباره کریدور شمال-جنوب و گاز روسیه\n\n"
        + "سفیر کشورمان در مسکو مذاکرات رؤسای جمهور دو کشور در ترکمنستان را سازنده خواند.\n\n"
        + String.join("\n\n", body)
        + "\n\nاخبار مرتبط\n";
  }

  /** The same article without its last two paragraphs and with other furniture. */
  private static String trim(String page) {
    int end = page.indexOf("انتهای پیام/");
    String article = page.substring(0, end);
    List<String> paragraphs = new ArrayList<>(article.lines().filter(l -> !l.isBlank()).toList());
    paragraphs = paragraphs.subList(0, paragraphs.size() - 2);
    return String.join("\n\n", paragraphs) + "\n\nپربازدیدترین اخبار\n";
  }

  private static String storyOf(LuceneSearchEngine engine, String originPrefix) throws Exception {
    for (Hit h : engine.search(SearchRequest.search("ایران").limit(50).anyTerm().build()).hits()) {
      Article a = h.article();
      if (Path.of(a.origin()).getFileName().toString().startsWith(originPrefix)) {
        return a.story();
      }
    }
    for (Article a : allOf(engine)) {
      if (Path.of(a.origin()).getFileName().toString().startsWith(originPrefix)) {
        return a.story();
      }
    }
    throw new AssertionError("no article from " + originPrefix);
  }

  private static List<Article> allOf(LuceneSearchEngine engine) throws Exception {
    List<Article> all = new ArrayList<>();
    for (String q : List.of("ایران", "وزیر", "دو", "کشور")) {
      for (Hit h : engine.search(SearchRequest.search(q).limit(50).anyTerm().build()).hits()) {
        all.add(h.article());
        all.addAll(engine.story(h.article().story()));
      }
    }
    return all;
  }
}
