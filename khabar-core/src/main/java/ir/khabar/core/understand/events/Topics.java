package ir.khabar.core.understand.events;

import ir.khabar.persian.text.SearchFolding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The topics of Iran's foreign and economic relations, each known by the stems of its words. */
final class Topics {
  /** Single-word stems: a word starting with one raises its topic. */
  private static final Map<String, String> STEMS = new HashMap<>();

  /** Stems of two or three words, matched joined and whole (شمال جنوب، پول ملی). */
  private static final Map<String, String> PHRASES = new HashMap<>();

  private static final List<String> ORDER = new ArrayList<>();
  private static final Set<String> PHRASE_STARTS = new HashSet<>();
  private static int[] stemLengths = new int[0];

  static {
    topic(
        "کریدور",
        "کریدور",
        "راهگذر",
        "ترانزیت",
        "شمال جنوب",
        "راه آهن",
        "ریلی",
        "بندر",
        "حمل و نقل",
        "لجستیک");
    topic("انرژی", "گاز", "نفت", "برق", "انرژی", "پتروشیمی", "سوخت");
    topic("هسته\u200cای", "هسته");
    topic(
        "بانکی",
        "بانک",
        "پول ملی",
        "ارز ملی",
        "ارزهای ملی",
        "روبل",
        "ریال",
        "یوان",
        "سوئیفت",
        "شتاب",
        "پرداخت",
        "مالی");
    topic(
        "تجارت",
        "تجارت",
        "تجاری",
        "صادرات",
        "واردات",
        "مبادلات",
        "بازرگانی",
        "تعرفه",
        "کالا",
        "اقتصادی",
        "سرمایه");
    topic("تحریم", "تحریم");
    topic("بهداشت", "بهداشت", "درمان", "کرونا", "واکسن", "دارو", "پزشکی", "بیماری");
    topic("امنیت", "امنیت", "نظامی", "دفاعی", "تروریسم", "مرز");
    topic("فرهنگ", "فرهنگ", "فرهنگی", "گردشگری", "دانشگاه", "آموزش", "ورزش");
    topic("کشاورزی", "کشاورزی", "غلات", "گندم", "محصولات کشاورزی");
    topic("سیاست منطقه", "منطقه", "افغانستان", "سوریه", "فلسطین", "غزه", "لبنان", "یمن", "قفقاز");
    stemLengths = STEMS.keySet().stream().mapToInt(String::length).distinct().sorted().toArray();
  }

  private Topics() {}

  private static void topic(String name, String... words) {
    ORDER.add(name);
    for (String w : words) {
      String folded = SearchFolding.fold(w.replace(" ", ""));
      (w.contains(" ") ? PHRASES : STEMS).putIfAbsent(folded, name);
      if (w.contains(" ")) {
        PHRASE_STARTS.add(SearchFolding.fold(w.substring(0, w.indexOf(' '))));
      }
    }
  }

  /** The topics these folded words raise, in a fixed order. */
  static List<String> of(List<String> keys) {
    Map<String, Integer> counts = counts(keys);
    return ORDER.stream().filter(counts::containsKey).toList();
  }

  /** The {@code n} topics most often raised in these sentences' words, the most frequent first. */
  static List<String> top(List<List<String>> sentences, int n) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    sentences.forEach(keys -> counts(keys).forEach((t, c) -> counts.merge(t, c, Integer::sum)));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The topic of the shortest single-word stem the word starts with, or null. */
  static String stemTopic(String key) {
    for (int length : stemLengths) {
      if (length > key.length()) {
        break;
      }
      String topic = STEMS.get(key.substring(0, length));
      if (topic != null) {
        return topic;
      }
    }
    return null;
  }

  private static Map<String, Integer> counts(List<String> keys) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      String stemTopic = KeyFacts.of(keys, i).topic();
      if (stemTopic != null) {
        counts.merge(stemTopic, 1, Integer::sum);
      }
      if (i + 1 < keys.size() && PHRASE_STARTS.contains(key)) {
        String two = key + keys.get(i + 1);
        String topic = PHRASES.get(two);
        if (topic == null && i + 2 < keys.size()) {
          topic = PHRASES.get(two + keys.get(i + 2));
        }
        if (topic != null) {
          counts.merge(topic, 1, Integer::sum);
        }
      }
    }
    return counts;
  }
}
