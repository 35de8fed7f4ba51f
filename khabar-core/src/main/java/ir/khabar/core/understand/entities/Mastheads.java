package ir.khabar.core.understand.entities;

import java.util.Set;

/**
 * A paper's title ends before the parts of the paper its clause goes on to name: «روزنامه دیلی
 * نیوز» خبر و عکس اول خود را …, «روزنامه زود دویچه سایتونگ» خبر اول خود را …, «روزنامه ایندیپندنت»
 * چاپ لندن. Such a word opens the title only as its first word («روزنامه خبر»).
 */
final class Mastheads {
  private static final Set<String> PAPERS =
      Words.folded(
          "روزنامه", "هفته\u200cنامه", "ماهنامه", "فصلنامه", "دوهفته\u200cنامه", "مجله", "نشریه");

  private static final Set<String> PARTS =
      Words.folded(
          "خبر",
          "تیتر",
          "گزارش",
          "مطلب",
          "سرمقاله",
          "یادداشت",
          "مقاله",
          "عکس",
          "صفحه",
          "شماره",
          "چاپ",
          "ستون",
          "ضمیمه",
          "ویژه\u200cنامه");

  private Mastheads() {}

  /** Whether the word heads a printed paper's title: «روزنامه», «هفته‌نامه», «مجله» … */
  static boolean paper(String key) {
    return PAPERS.contains(key);
  }

  /** Where the name after head word i, read up to {@code end}, ends: before a part of the paper. */
  static int end(Scan s, int i, int first, int end) {
    if (!paper(s.key(i))) {
      return end;
    }
    for (int j = first + 1; j < end; j++) {
      if (PARTS.contains(s.key(j))) {
        return j;
      }
    }
    return end;
  }
}
