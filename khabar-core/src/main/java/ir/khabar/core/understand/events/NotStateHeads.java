package ir.khabar.core.understand.events;

import java.util.Set;

/**
 * Heads whose country is not a state acting: «خطوط هوایی سنگاپور», «شرکت‌های کره‌ای», a merchant
 * («یک تاجر ایرانی», as «تجار» and «بازرگانان»): the country names where they are from, and they
 * are no party of a diplomatic encounter.
 */
final class NotStateHeads {
  private NotStateHeads() {}

  /** Whether the word before a country's mention makes it no state acting. */
  static boolean of(String keyBefore) {
    return HEADS.contains(keyBefore);
  }

  private static final Set<String> HEADS =
      EventContext.folded(
          "هواپیمایی",
          "هوایی",
          "پرواز",
          "خطوط",
          "شرکت",
          "شرکتهای",
          "تیم",
          "تیمهای",
          "دانشگاه",
          "دانشگاههای",
          "بازار",
          "بورس",
          "بورسهای",
          "سینما",
          "سینمای",
          "فیلم",
          "زبان",
          "مردم",
          "رسانههای",
          "روزنامههای",
          "شهروندان",
          "شهروند",
          "اتباع",
          "تبعه",
          "مسافران",
          "زائران",
          "دانشجویان",
          "بازرگانان",
          "تجار",
          "تاجران",
          "سرمایهگذاران",
          "کارآفرینان",
          "صنعتگران",
          "فعالان",
          "خبرنگاران",
          "روزنامهنگاران",
          "پژوهشگران",
          "محققان",
          "استادان",
          "کارگران",
          "هنرمندان",
          "ورزشکاران",
          "گردشگران",
          "جهانگردان",
          "پلیس",
          "باشگاه",
          "کالاهای",
          "محصولات",
          "پناهندگان",
          "پناهجویان",
          "آوارگان",
          "مهاجران",
          "ناوگان",
          "ناو",
          "ناوهای",
          "کشتی",
          "کشتیهای",
          "زیردریایی",
          "دانشجو",
          "دانشجوی",
          "مخالف",
          "مخالفان",
          "نویسنده",
          "نویسندگان",
          "زوار",
          "مسافر",
          "گردشگر",
          "توریست",
          "توریستهای",
          "کارگر",
          "بانک",
          "بانکهای",
          "تاجر",
          "بازرگان");
}
