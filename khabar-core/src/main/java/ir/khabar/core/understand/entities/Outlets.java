package ir.khabar.core.understand.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Listed news outlets by their name after its head word: «مهر» for «خبرگزاری مهر», «کیهان» for
 * «روزنامه کیهان». Such a name alone is often a common word (a month, the cosmos, a given name), so
 * the lists do not link it bare; where a source line or a press review's heading says it is an
 * outlet, it is the listed one.
 */
final class Outlets {
  private static final Set<String> HEADS =
      Words.folded("خبرگزاری", "روزنامه", "شبکه", "هفته‌نامه", "مجله", "پایگاه", "سایت");

  private static volatile Outlets last;

  private final Gazetteer gazetteer;
  private final Map<String, Entry> byName = new HashMap<>();

  /** The outlets of this gazetteer (one is loaded per process; kept for it). */
  static Outlets of(Gazetteer g) {
    Outlets o = last;
    if (o == null || o.gazetteer != g) {
      o = new Outlets(g);
      last = o;
    }
    return o;
  }

  private Outlets(Gazetteer g) {
    gazetteer = g;
    Set<String> shared = new HashSet<>();
    g.writings()
        .forEach(
            (id, names) -> {
              Entry e = g.entry(id);
              if (e != null && "agency".equals(e.kind())) {
                names.forEach(n -> add(n, e, shared));
              }
            });
    shared.forEach(byName::remove); // two outlets of one name: the line cannot say which
  }

  private void add(String name, Entry e, Set<String> shared) {
    List<Token> tokens = Tokens.of(name);
    if (tokens.size() < 2 || !HEADS.contains(tokens.get(0).key())) {
      return;
    }
    Entry before = byName.putIfAbsent(Gazetteer.join(tokens, 1, tokens.size()), e);
    if (before != null && !before.id().equals(e.id())) {
      shared.add(Gazetteer.join(tokens, 1, tokens.size()));
    }
  }

  /** The listed outlet these joined words name after its head word, or null. */
  Entry named(String joinedKey) {
    return byName.get(joinedKey);
  }
}
