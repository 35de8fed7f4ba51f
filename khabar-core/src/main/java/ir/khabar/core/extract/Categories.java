package ir.khabar.core.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Persian labels for the English section slugs agencies put in links and records («world» →
 * «بین‌الملل», «arts-media» → «هنر و رسانه», «tehran» → «تهران»), from {@code categories.tsv}. A
 * category that is already Persian is kept as written; an unknown Latin slug is no label a reader
 * can use, and is dropped.
 */
public final class Categories {
  private static final Map<String, String> LABELS = load();

  private Categories() {}

  /** The Persian label of {@code category}, or null when it is empty or an unknown Latin slug. */
  public static String label(String category) {
    if (category == null || category.isBlank()) {
      return null;
    }
    String c = category.strip();
    String known = LABELS.get(c.toLowerCase(Locale.ROOT).replace('_', '-'));
    if (known != null) {
      return known;
    }
    return c.codePoints()
            .anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.ARABIC)
        ? c
        : null;
  }

  private static Map<String, String> load() {
    Map<String, String> m = new HashMap<>();
    var in = Categories.class.getResourceAsStream("/ir/khabar/core/extract/categories.tsv");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .forEach(f -> m.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }
}
