package ir.khabar.core.understand.events;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ir.khabar.persian.text.SearchFolding;

/**
 * The kinds of event Khabar reads, with their CAMEO codes (GDELT's event coding) and the folded words
 * that report them. Listed in the order a sentence is tested: a signing reported in a meeting's
 * sentence is a signing.
 */
enum EventType {
  AGREEMENT("agreement", "057", "امضا", "امضای", "تفاهمنامه", "تفاهمنامهای", "توافقنامه", "قرارداد", "سندهمکاری",
      "یادداشتتفاهم"),
  HOST("host", "043", "میزبان", "میزبانی", "استقبال", "پذیرای"),
  MEET("meet", "040", "دیدار", "ملاقات", "دیدارکرد"),
  VISIT("visit", "042", "سفر", "عازم", "واردشد"),
  TALKS("talks", "046", "مذاکره", "مذاکرات", "گفتگو", "گفتوگو", "رایزنی", "کمیسیونمشترک", "نشستمشترک"),
  STATEMENT("statement", "010", "گفت", "افزود", "اظهارداشت", "اظهارکرد", "اعلامکرد", "تاکیدکرد", "خاطرنشانکرد",
      "تصریحکرد", "یادآورشد");

  final String label;
  final String cameo;
  private final Set<String> triggers;

  EventType(String label, String cameo, String... triggers) {
    this.label = label;
    this.cameo = cameo;
    this.triggers = Stream.of(triggers).map(SearchFolding::fold).collect(Collectors.toUnmodifiableSet());
  }

  /** The first type whose words the sentence holds (as single words or two joined), or null. */
  static EventType of(List<String> keys) {
    for (EventType t : values()) {
      for (int i = 0; i < keys.size(); i++) {
        if (t.triggers.contains(keys.get(i))
            || i + 1 < keys.size() && t.triggers.contains(keys.get(i) + keys.get(i + 1))) {
          return t;
        }
      }
    }
    return null;
  }
}
