package ir.khabar.core.extract;

import ir.khabar.core.Source;
import ir.khabar.persian.text.SearchFolding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of Persian news agencies with their names and aliases (صدا و سیما = صداوسیما =
 * IRIB). Names are compared in a key form: search folding, lower case, no spaces or half-spaces.
 */
public final class Agencies {
  private static final Agencies DEFAULT = load();

  private final Map<String, Source> byKey = new LinkedHashMap<>();
  private final List<String> keysLongestFirst = new ArrayList<>();

  private Agencies() {}

  public static Agencies get() {
    return DEFAULT;
  }

  /**
   * The agency a name, alias or host names («www.farsnews.ir» as «farsnews.ir»), if it is one
   * Khabar knows.
   */
  public Optional<Source> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String k = key(name);
    return Optional.ofNullable(byKey.get(k.startsWith("www.") ? k.substring(4) : k));
  }

  /** The agency whose name or alias is the longest found in {@code text}, if any. */
  public Optional<Source> findIn(String text) {
    String k = key(text);
    for (String alias : keysLongestFirst) {
      if (alias.length() >= 3 && k.contains(alias)) {
        return Optional.of(byKey.get(alias));
      }
    }
    return Optional.empty();
  }

  /** An agency found in a text, and where its name starts there. */
  public record Found(Source source, int start) {}

  /**
   * The agency named in {@code text} with the longest name or alias, and the index in {@code text}
   * where that name starts (names are matched ignoring spaces and half-spaces).
   */
  public Optional<Found> findWithPosition(String text) {
    StringBuilder k = new StringBuilder();
    List<Integer> at = new ArrayList<>();
    String folded = SearchFolding.fold(text).toLowerCase(Locale.ROOT);
    for (int i = 0, j = 0; i < text.length() && j < folded.length(); i++) {
      char c = SearchFolding.fold(Character.toLowerCase(text.charAt(i)));
      if (c == SearchFolding.DELETE) {
        continue;
      }
      if (Character.isLetterOrDigit(c) || c == '.') {
        k.append(c);
        at.add(i);
      }
      j++;
    }
    for (String alias : keysLongestFirst) {
      int p = alias.length() >= 3 ? k.indexOf(alias) : -1;
      if (p >= 0) {
        return Optional.of(new Found(byKey.get(alias), at.get(p)));
      }
    }
    return Optional.empty();
  }

  /** A source for a name the registry does not know: its key as id, the name as written. */
  public Source resolveOrCreate(String name) {
    return byName(name).orElseGet(() -> new Source(key(name), name.strip()));
  }

  /** The comparison form of a name. */
  public static String key(String name) {
    String folded = SearchFolding.fold(name).toLowerCase(Locale.ROOT);
    StringBuilder k = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '.') {
        k.append(c);
      }
    }
    return k.toString();
  }

  private static Agencies load() {
    Agencies a = new Agencies();
    var in = Agencies.class.getResourceAsStream("/ir/khabar/core/extract/agencies.tsv");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(a::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    a.keysLongestFirst.addAll(a.byKey.keySet());
    a.keysLongestFirst.sort(Comparator.comparingInt(String::length).reversed());
    return a;
  }

  private void add(String line) {
    String[] f = line.split("\t");
    Source s = new Source(f[0], f[1]);
    byKey.putIfAbsent(key(f[0]), s);
    for (int i = 1; i < f.length; i++) {
      byKey.putIfAbsent(key(f[i]), s);
    }
  }
}
