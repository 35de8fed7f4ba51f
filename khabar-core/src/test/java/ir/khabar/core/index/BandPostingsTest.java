package ir.khabar.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.extract.Agencies;
import ir.khabar.core.extract.TextPageExtractor;
import ir.khabar.core.ingest.SampleCorpus;
import ir.khabar.core.search.engine.AbstractSearchEngine.Bands;
import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.core.stories.Fingerprint;
import ir.khabar.core.stories.Fingerprinter;
import ir.khabar.core.stories.StoryCandidate;
import ir.khabar.core.understand.Understanding;
import ir.khabar.persian.PersianText;
import ir.khabar.persian.lexicon.Lexicon;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.codecs.perfield.PerFieldPostingsFormat;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-segment band lookup finds the same story candidates, in the same order, as the query of
 * the open bands it replaced, on a real index of several segments: the sample corpus's articles,
 * versions of them with a paragraph left out, twenty near-copies of one (more holders than the
 * eight candidates asked for) and sixty of another (its bands crowded, and skipped once known).
 */
@Tag("integration")
class BandPostingsTest {
  private static final int MAX = 8;

  @TempDir Path dir;

  private final Fingerprinter fingerprinter = new Fingerprinter(PersianText.get());
  private final Understanding understanding = new Understanding(Lexicon.get());

  @Test
  void perSegmentLookupAnswersLikeTheQueryOfOpenBands() throws Exception {
    List<Article> pages = samplePages();
    List<Article> stored = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      stored.add(version(pages.get(p), "p" + p, -1, ""));
      stored.add(version(pages.get(p), "p" + p + "-less", p % pages.get(p).body().size(), ""));
    }
    for (int c = 0; c < 20; c++) {
      stored.add(version(pages.get(1), "near" + c, -1, "گزارش شماره " + c));
    }
    for (int c = 0; c < 60; c++) {
      stored.add(version(pages.get(2), "crowd" + c, -1, "نسخه شماره " + c));
    }
    List<Fingerprint> probes = new ArrayList<>();
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      for (int i = 0; i < stored.size(); i++) {
        Article a = stored.get(i);
        Fingerprint f = fingerprinter.of(a);
        probes.add(f);
        assertThat(engine.add(a, f)).as(a.id()).isTrue();
        if (i % 20 == 19) {
          engine.commit();
        }
      }
      engine.commit();
      for (int p = 0; p < pages.size(); p++) {
        probes.add(fingerprinter.of(version(pages.get(p), "new" + p, 0, "به روز شده")));
      }
      assertThat(segments()).as("the index the lookups run on").isGreaterThanOrEqualTo(3);

      int cutOff = 0;
      int crowdedOut = 0;
      int found = 0;
      try (Bands bands = engine.bands()) {
        for (Fingerprint f : probes) {
          List<StoryCandidate> byQuery = Bands.byQuery(bands, f.bands(), MAX);
          List<StoryCandidate> perSegment = bands.sharing(f.bands(), MAX);
          assertThat(perSegment).as(f.toString()).isEqualTo(byQuery);
          cutOff += byQuery.size() == MAX ? 1 : 0;
          found += byQuery.isEmpty() ? 0 : 1;
          crowdedOut += byQuery.stream().anyMatch(c -> c.id().startsWith("crowd")) ? 0 : 1;
        }
      }
      assertCrowdedBandsSkippedAlike(probes);
      assertThat(found).as("probes with candidates").isGreaterThan(probes.size() / 2);
      assertThat(cutOff).as("probes with more holders than asked for").isGreaterThanOrEqualTo(20);
      assertThat(crowdedOut).as("the sixty copies' shared bands are crowded").isPositive();
    }
    assertReopenedEngineFindsTheSame(pages, probes);
  }

  /**
   * An engine opened on the index reads its stored bands from the segments on its first lookup, and
   * learns those of the articles it stores after: its lookups skip no band a segment holds.
   */
  private void assertReopenedEngineFindsTheSame(List<Article> pages, List<Fingerprint> probes)
      throws Exception {
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(dir)) {
      engine.bands().close();
      List<Fingerprint> all = new ArrayList<>(probes);
      for (int p = 0; p < pages.size(); p++) {
        Article again = version(pages.get(p), "again" + p, 1, "بازنشر");
        Fingerprint f = fingerprinter.of(again);
        assertThat(engine.add(again, f)).as(again.id()).isTrue();
        all.add(f);
      }
      engine.commit();
      int found = 0;
      try (Bands bands = engine.bands()) {
        for (Fingerprint f : all) {
          List<StoryCandidate> byQuery = Bands.byQuery(bands, f.bands(), MAX);
          assertThat(bands.sharing(f.bands(), MAX)).as(f.toString()).isEqualTo(byQuery);
          found += byQuery.stream().anyMatch(c -> c.id().startsWith("again")) ? 1 : 0;
        }
      }
      assertThat(found).as("lookups that find an article stored since opening").isPositive();
    }
  }

  /**
   * Lookups told the bands earlier lookups found crowded skip them and answer as lookups that seek
   * every band in every segment; the crowded copies' bands are learned.
   */
  private void assertCrowdedBandsSkippedAlike(List<Fingerprint> probes) throws Exception {
    CrowdedBands learned = new CrowdedBands();
    try (FSDirectory d = FSDirectory.open(dir);
        DirectoryReader r = DirectoryReader.open(d)) {
      for (int pass = 0; pass < 2; pass++) {
        for (Fingerprint f : probes) {
          int[] seekingAll = new BandPostings(f.bands(), new CrowdedBands(), null).top(r, MAX);
          assertThat(new BandPostings(f.bands(), learned, null).top(r, MAX))
              .as(pass + " " + f)
              .isEqualTo(seekingAll);
        }
        assertThat(learned.size()).as("crowded bands learned").isPositive();
      }
    }
  }

  /**
   * Which holders tied on the number of bands shared make the cut must not hang on document ids,
   * which merges reorder: the same articles stored in the opposite order, in segments of another
   * size, give the same candidates.
   */
  @Test
  void tiesAreBrokenByArticleIdNotByDocumentOrder() throws Exception {
    Article page = samplePages().get(1);
    List<Article> copies = new ArrayList<>();
    for (int c = 0; c < 20; c++) {
      copies.add(version(page, String.format("near%02d", c), -1, "گزارش شماره " + c));
    }
    Fingerprint probe = fingerprinter.of(version(page, "new", 0, "به روز شده"));
    List<String> inOrder = candidateIds(dir.resolve("in-order"), copies, 7, probe);
    List<Article> opposite = new ArrayList<>(copies);
    Collections.reverse(opposite);
    List<String> reversed = candidateIds(dir.resolve("reversed"), opposite, 3, probe);
    assertThat(inOrder).hasSize(MAX).isEqualTo(reversed);
  }

  private List<String> candidateIds(Path at, List<Article> articles, int perCommit, Fingerprint f)
      throws Exception {
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(at)) {
      for (int i = 0; i < articles.size(); i++) {
        engine.add(articles.get(i), fingerprinter.of(articles.get(i)));
        if (i % perCommit == perCommit - 1) {
          engine.commit();
        }
      }
      engine.commit();
      try (Bands bands = engine.bands()) {
        List<String> perSegment =
            bands.sharing(f.bands(), MAX).stream().map(StoryCandidate::id).toList();
        assertThat(Bands.byQuery(bands, f.bands(), MAX).stream().map(StoryCandidate::id))
            .as("the query of open bands")
            .isEqualTo(perSegment);
        return perSegment;
      }
    }
  }

  /**
   * The segments, each of which keeps its bands, ids and text keys behind a Bloom filter ({@link
   * IndexCodec}).
   */
  private int segments() throws Exception {
    try (FSDirectory d = FSDirectory.open(dir);
        DirectoryReader r = DirectoryReader.open(d)) {
      for (LeafReaderContext leaf : r.leaves()) {
        for (String field :
            List.of(ArticleDocuments.BANDS, ArticleDocuments.ID, ArticleDocuments.TEXT_KEY)) {
          FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
          assertThat(info.getAttribute(PerFieldPostingsFormat.PER_FIELD_FORMAT_KEY))
              .as(field)
              .isEqualTo("BloomFilter");
        }
      }
      return r.leaves().size();
    }
  }

  /**
   * The page understood (people named: name bands), without paragraph {@code drop}, plus a line.
   */
  private Article version(Article page, String id, int drop, String extra) {
    List<String> body = new ArrayList<>(page.body());
    if (drop >= 0 && body.size() > 1) {
      body.remove(drop);
    }
    if (!extra.isEmpty()) {
      body.add(extra);
    }
    Article a = page.withText(page.title(), page.lead(), body).withId(id);
    return understanding.understand(a).toBuilder().id(id).story(id).build();
  }

  private static List<Article> samplePages() throws Exception {
    TextPageExtractor extractor = new TextPageExtractor(Agencies.get());
    List<Article> out = new ArrayList<>();
    for (String name : SampleCorpus.names()) {
      extractor
          .extract(new String(SampleCorpus.bytes(name), StandardCharsets.UTF_8), name)
          .filter(a -> a.body().size() >= 2)
          .ifPresent(out::add);
    }
    assertThat(out).hasSizeGreaterThan(10);
    return out;
  }
}
