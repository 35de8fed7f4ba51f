package ir.khabar.core.understand.events;

import ir.khabar.persian.text.SearchFolding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The topics of Iran's foreign and economic relations, each known by the stems of its words. */
final class Topics {
  private static final Map<String, List<String>> STEMS = new LinkedHashMap<>();

  static {
    topic("کریدور", "کریدور", "راهگذر", "ترانزیت", "شمال جنوب", "راه آهن", "ریلی", "بندر", "حمل و نقل", "لجستیک");
    topic("انرژی", "گاز", "نفت", "برق", "انرژی", "پتروشیمی", "سوخت");
    topic("هسته\u200cای", "هسته");
    topic("بانکی", "بانک", "پول ملی", "ارز ملی", "ارزهای ملی", "روبل", "ریال", "یوان", "سوئیفت", "شتاب",
        "پرداخت", "مالی");
    topic("تجارت", "تجارت", "تجاری", "صادرات", "واردات", "مبادلات", "بازرگانی", "تعرفه", "کالا", "اقتصادی", "سرمایه");
    topic("تحریم", "تحریم");
    topic("بهداشت", "بهداشت", "درمان", "کرونا", "واکسن", "دارو", "پزشکی", "بیماری");
    topic("امنیت", "امنیت", "نظامی", "دفاعی", "تروریسم", "مرز");
    topic("فرهنگ", "فرهنگ", "فرهنگی", "گردشگری", "دانشگاه", "آموزش", "ورزش");
    topic("کشاورزی", "کشاورزی", "غلات", "گندم", "محصولات کشاورزی");
    topic("سیاست منطقه", "منطقه", "افغانستان", "سوریه", "فلسطین", "غزه", "لبنان", "یمن", "قفقاز");
  }

  private Topics() {}

  private static void topic(String name, String... words) {
    List<String> stems = new ArrayList<>();
    for (String w : words) {
      stems.add(SearchFolding.fold(w.replace(" ", "")));
    }
    STEMS.put(name, stems);
  }

  /** The {@code n} topics most often raised in a text's words, the most frequent first. */
  static List<String> top(List<String> keys, int n) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      for (String t : of(keys.subList(i, Math.min(keys.size(), i + 3)))) {
        counts.merge(t, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
        .map(Map.Entry::getKey).toList();
  }

  /** The topics whose words start any of these folded words (or two of them joined), in a fixed order. */
  static List<String> of(List<String> keys) {
    List<String> out = new ArrayList<>();
    STEMS.forEach((topic, stems) -> {
      for (int i = 0; i < keys.size() && !out.contains(topic); i++) {
        String one = keys.get(i);
        String two = i + 1 < keys.size() ? one + keys.get(i + 1) : one;
        String three = i + 2 < keys.size() ? two + keys.get(i + 2) : two;
        for (String stem : stems) {
          if (one.startsWith(stem) || two.equals(stem) || three.equals(stem)) {
            out.add(topic);
            break;
          }
        }
      }
    });
    return out;
  }
}
