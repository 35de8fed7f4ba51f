package ir.khabar.core.extract;

import ir.khabar.core.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Furniture learnt from a source's own pages: a paragraph that recurs word for word in many
 * articles of one agency (a slogan, a standing notice, a signature) is not article text. Real
 * paragraphs do not repeat across different articles, so only lines seen in at least {@value
 * #MIN_PAGES} articles and in {@value #MIN_SHARE} of the source's articles in a batch count; what
 * was learnt is kept for later batches. Evidence comes from distinct articles: the same article
 * arriving twice (the same link, or the same text) counts once. And what was learnt never reduces
 * an article to nothing: an article whose every paragraph would go keeps them all.
 */
public final class SourceFurniture {
  static final int MIN_PAGES = 4;
  static final double MIN_SHARE = 0.5;

  private final Map<String, Set<String>> learnt = new ConcurrentHashMap<>();

  /**
   * What learning needs of one article: its source, what makes it one article, and its paragraphs'
   * keys; made for each article apart (on any thread), learnt from as a batch.
   */
  public record Page(String source, String identity, List<String> keys) {}

  /** The article as learning reads it. */
  public static Page page(Article a) {
    return new Page(a.source().id(), identity(a), a.body().stream().map(Furniture::key).toList());
  }

  /** Learns from a batch of extracted articles. */
  public void learn(List<Article> batch) {
    learnPages(batch.stream().map(SourceFurniture::page).toList());
  }

  /** Learns from a batch of extracted articles, read as {@link #page pages}. */
  public void learnPages(List<Page> batch) {
    Map<String, List<Page>> bySource = new HashMap<>();
    for (Page p : batch) {
      bySource.computeIfAbsent(p.source(), k -> new ArrayList<>()).add(p);
    }
    bySource.forEach(
        (source, pages) -> {
          if (pages.size() >= MIN_PAGES) {
            Set<String> recurring = recurring(pages);
            if (!recurring.isEmpty()) {
              learnt.computeIfAbsent(source, k -> ConcurrentHashMap.newKeySet()).addAll(recurring);
            }
          }
        });
  }

  /** The article without the paragraphs learnt as its source's furniture. */
  public Article clean(Article a) {
    Set<String> lines = learnt.get(a.source().id());
    if (lines == null) {
      return a;
    }
    List<String> body = a.body().stream().filter(p -> !lines.contains(Furniture.key(p))).toList();
    return body.size() == a.body().size() || body.isEmpty() ? a : a.toBuilder().body(body).build();
  }

  /** What makes two arrivals one article: its link, else its text. */
  private static String identity(Article a) {
    return a.url() != null && !a.url().isBlank()
        ? "url:" + a.url().strip()
        : "text:" + Furniture.key(a.fullText());
  }

  private static Set<String> recurring(List<Page> batch) {
    Map<String, Integer> pages = new HashMap<>();
    Set<String> distinct = new HashSet<>();
    for (Page page : batch) {
      if (!distinct.add(page.identity())) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (String key : page.keys()) {
        if (!key.isEmpty() && seen.add(key)) {
          pages.merge(key, 1, Integer::sum);
        }
      }
    }
    int needed = Math.max(MIN_PAGES, (int) Math.ceil(distinct.size() * MIN_SHARE));
    Set<String> out = new HashSet<>();
    pages.forEach(
        (key, n) -> {
          if (n >= needed) {
            out.add(key);
          }
        });
    return out;
  }
}
