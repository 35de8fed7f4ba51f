package ir.khabar.core.understand.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Listed entities found by a key of their writings that one of them alone holds: a key two entities
 * share cannot say which is meant. Built once per gazetteer ({@link #of}).
 */
final class UniqueKeys {
  private final Map<String, Entry> byKey = new HashMap<>();

  private UniqueKeys(Gazetteer g, Predicate<Entry> which, Function<String, String> keyOf) {
    Set<String> shared = new HashSet<>();
    g.writings()
        .forEach(
            (id, names) -> {
              Entry e = g.entry(id);
              if (e != null && which.test(e)) {
                names.forEach(n -> put(keyOf.apply(n), e, shared));
              }
            });
    shared.forEach(byKey::remove);
  }

  private void put(String key, Entry e, Set<String> shared) {
    if (key == null) {
      return;
    }
    Entry before = byKey.putIfAbsent(key, e);
    if (before != null && !before.id().equals(e.id())) {
      shared.add(key);
    }
  }

  /** The one entity this key names, or null. */
  Entry get(String key) {
    return byKey.get(key);
  }

  /**
   * The keys of one kind, built for the gazetteer given (one is loaded per process) and kept for
   * it: {@code which} entities, each writing's key by {@code keyOf} (null for none).
   */
  static final class PerGazetteer {
    private final Predicate<Entry> which;
    private final Function<String, String> keyOf;
    private volatile Built built;

    private record Built(Gazetteer gazetteer, UniqueKeys keys) {}

    PerGazetteer(Predicate<Entry> which, Function<String, String> keyOf) {
      this.which = which;
      this.keyOf = keyOf;
    }

    UniqueKeys of(Gazetteer g) {
      Built b = built;
      if (b == null || b.gazetteer() != g) {
        b = new Built(g, new UniqueKeys(g, which, keyOf));
        built = b; // two threads may both build the first time: the same keys, one kept
      }
      return b.keys();
    }
  }
}
