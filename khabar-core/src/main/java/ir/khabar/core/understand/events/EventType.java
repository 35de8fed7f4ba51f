package ir.khabar.core.understand.events;

import ir.khabar.persian.text.SearchFolding;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kinds of event Khabar reads, with their CAMEO codes (GDELT's event coding) and the folded
 * words that report them. Listed in the order a sentence is tested: a signing reported in a
 * meeting's sentence is a signing.
 */
enum EventType {
  AGREEMENT(
      "agreement",
      "057",
      "امضا",
      "امضای",
      "تفاهمنامه",
      "تفاهمنامهای",
      "توافقنامه",
      "قرارداد",
      "سندهمکاری",
      "یادداشتتفاهم"),
  HOST("host", "043", "میزبان", "میزبانی", "استقبال", "پذیرای"),
  MEET("meet", "040", "دیدار", "ملاقات", "دیدارکرد"),
  VISIT("visit", "042", "سفر", "عازم", "واردشد"),
  TALKS(
      "talks",
      "046",
      "مذاکره",
      "مذاکرات",
      "گفتگو",
      "گفتوگو",
      "رایزنی",
      "کمیسیونمشترک",
      "نشستمشترک"),
  STATEMENT(
      "statement",
      "010",
      "گفت",
      "افزود",
      "اظهارداشت",
      "اظهارکرد",
      "اعلامکرد",
      "تاکیدکرد",
      "خاطرنشانکرد",
      "تصریحکرد",
      "یادآورشد");

  final String label;
  final String cameo;
  private final Set<String> triggers;

  EventType(String label, String cameo, String... triggers) {
    this.label = label;
    this.cameo = cameo;
    this.triggers =
        Stream.of(triggers).map(SearchFolding::fold).collect(Collectors.toUnmodifiableSet());
  }

  private static final java.util.Map<String, EventType> BY_TRIGGER = new java.util.HashMap<>();

  /**
   * First words of the two-word triggers (وارد شد، دیدار کرد): only after these is a pair joined.
   */
  private static final Set<String> PAIR_STARTS =
      Stream.of(
              "وارد",
              "دیدار",
              "کمیسیون",
              "نشست",
              "سند",
              "یادداشت",
              "اظهار",
              "اعلام",
              "تاکید",
              "خاطرنشان",
              "تصریح",
              "یادآور")
          .map(SearchFolding::fold)
          .collect(Collectors.toUnmodifiableSet());

  static {
    for (EventType t : values()) {
      t.triggers.forEach(w -> BY_TRIGGER.putIfAbsent(w, t));
    }
  }

  /**
   * The first type (in declaration order) whose words the sentence holds, as single words or two
   * joined; or null.
   */
  static EventType of(List<String> keys) {
    EventType best = null;
    for (int i = 0; i < keys.size(); i++) {
      best = earlier(best, BY_TRIGGER.get(keys.get(i)));
      if (i + 1 < keys.size() && PAIR_STARTS.contains(keys.get(i))) {
        best = earlier(best, BY_TRIGGER.get(keys.get(i) + keys.get(i + 1)));
      }
    }
    return best;
  }

  private static EventType earlier(EventType a, EventType b) {
    return a == null ? b : b == null || a.ordinal() <= b.ordinal() ? a : b;
  }
}
