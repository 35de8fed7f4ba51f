package ir.khabar.core.understand.events;

import ir.khabar.core.understand.entities.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * An organisation the lists do not hold that names itself an international body: a world or
 * international organisation, union, fund, court or agency («سازمان جهانی گمرک», «سازمان بین‌المللی
 * مهاجرت»), or a part of the United Nations («دفتر مقابله با مواد مخدر سازمان ملل متحد»). Such a
 * body is a side of an encounter as a listed one is; one that names a state («مرکز مطالعات
 * بین‌المللی ایران») is that state's, and is left to it.
 */
final class InternationalNames {
  /** The joined names that open an international body's, and the United Nations'. */
  private static final List<String> MARKS = marks();

  private InternationalNames() {}

  static boolean named(Span m) {
    if (m.country() != null) {
      return false;
    }
    String joined = Parties.joined(m.text());
    return MARKS.stream().anyMatch(joined::contains);
  }

  private static List<String> marks() {
    List<String> out = new ArrayList<>();
    // not «مجمع» nor «کمیته»: «مجمع جهانی تقریب مذاهب اسلامی», «کمیته بین‌المللی خانه احزاب» are
    // Iran's own bodies
    for (String head : List.of("سازمان", "اتحادیه", "صندوق", "دیوان", "آژانس")) {
      out.add(Parties.joined(head + " جهانی"));
      out.add(Parties.joined(head + " بین\u200cالمللی"));
    }
    out.add(Parties.joined("سازمان ملل"));
    return List.copyOf(out);
  }
}
