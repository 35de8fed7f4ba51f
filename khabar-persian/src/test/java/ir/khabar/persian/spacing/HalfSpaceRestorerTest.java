package ir.khabar.persian.spacing;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.persian.PersianText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Display normalisation: half-spaces restored where the joined reading is wrong, and only there.
 */
class HalfSpaceRestorerTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      میشود                 | می\u200cشود
      نمیشود                | نمی\u200cشود
      میگیرد                | می\u200cگیرد
      کتابها                | کتاب\u200cها
      همکاریهای             | همکاری\u200cهای
      سفارتخانهها           | سفارتخانه\u200cها
      پیشرفتهترین           | پیشرفته\u200cترین
      بینالمللی             | بین\u200cالمللی
      مصاحبهای              | مصاحبه\u200cای
      کردهایم               | کرده\u200cایم
      می شود                | می\u200cشود
      کتاب ها               | کتاب\u200cها
      پذیرفته ایم           | پذیرفته\u200cایم
      آنها گفته اند که       | آنها گفته\u200cاند که
      نکرده اند             | نکرده\u200cاند
      برنامه هسته ای        | برنامه هسته\u200cای
      منطقه ای              | منطقه\u200cای
      گفت که ای کاش         | گفت که ای کاش
      گفت وگو کرد           | گفت\u200cوگو کرد
      حمل ونقل عمومی        | حمل\u200cونقل عمومی
      فارغ التحصیل          | فارغ\u200cالتحصیل
      آیین نامه             | آیین نامه
      كتابهاي ما            | کتاب\u200cهای ما
      رسانهای               | رسانه\u200cای
      قرقیزستانیاش           | قرقیزستانی\u200cاش
      معصومیفر              | معصومی\u200cفر
      سال 1404              | سال ۱۴۰۴
      ١٢ سفير               | ۱۲ سفیر
      می  تواند             | می\u200cتواند
      معلم  ها              | معلم\u200cها
      کرده  اند             | کرده\u200cاند
      حرفهاي تازه اي        | حرفهای تازه\u200cای
      بر زخمهاى خود         | بر زخمهای خود
      به زبانهاي مختلف       | به زبانهای مختلف
      گلها                  | گل\u200cها
      مهمترین               | مهم\u200cترین
      توهینآمیز             | توهین\u200cآمیز
      جدی ترین منتقدان       | جدی\u200cترین منتقدان
      اصلی ترین دلیل         | اصلی\u200cترین دلیل
      موفق تر از پارسال       | موفق\u200cتر از پارسال
      خانواده هایشان         | خانواده\u200cهایشان
      کشور هایش             | کشورهایش
      بیشترین               | بیشترین
      سازنده اش است          | سازنده\u200cاش است
      عضو هیأت علمی دانشگاه اند | عضو هیأت علمی دانشگاه\u200cاند
      در کعبه اند            | در کعبه\u200cاند
      خانواده ام             | خانواده\u200cام
      زندگی اش               | زندگی\u200cاش
      ورزشی ای              | ورزشی ای
      به خاطر برمی آید       | به خاطر برمی\u200cآید
      بازمی گردد            | بازمی\u200cگردد
      برنمی تابد            | برنمی\u200cتابد
      وامی گرفت             | وامی گرفت
      ایرانی اند            | ایرانی\u200cاند
      فولهام                | فولهام
      روحانیات              | روحانیات
      شعرهات                | شعرهات
      نمایاند               | نمایاند
      دریای خزر              | دریای خزر
      ندیدهایم              | ندیده\u200cایم
      جایزه ام تی وی         | جایزه ام تی وی
      بیماری ام اس           | بیماری ام اس
      شبکه ای بی سی          | شبکه ای بی سی
      خسته ام                | خسته\u200cام
      رفته ام بی آنکه بدانم   | رفته\u200cام بی آنکه بدانم
      ندیده ام وی را          | ندیده\u200cام وی را
      سفر کرده ام دی ماه       | سفر کرده\u200cام دی ماه
      شبکه ای پی در پی        | شبکه\u200cای پی در پی
      """)
  void restoresHalfSpacesAndPersianLetters(String joined, String expected) {
    assertThat(PersianText.get().forDisplay(joined))
        .isEqualTo(expected.replace("\\u200c", "\u200c"));
  }

  @ParameterizedTest(name = "{0} stays")
  @CsvSource({
    "تنها",
    "بیشتر",
    "ایران",
    "تهران",
    "کشورها",
    "میز",
    "میدان",
    "همکاری",
    "ماه می بود",
    "آنها",
    "بهتر",
    "دختر",
    "COVID-19",
    "G20",
    // plurals after a letter that does not join are written right without a half-space
    "درآمدهای نفتی",
    "نهادهای قانونی",
    "خریدهای سال نو",
    "ستادهای",
    "کردهای عراق",
    "بندهای",
    "سودهای",
    "برندهای",
    "روندهای",
    "کالاهای",
    // a joined form a list holds as a word keeps the writer's spelling, with its endings
    "بیشترین",
    "کمترین",
    "پژوهشگران",
    "پژوهشگرها",
    "سیاستمداران",
    "تحلیلگران",
    "ورزشکاران",
    "جنایتکاران",
    "دولتمردان",
    "اغتشاشگران",
    "تفنگدار",
    "امانتداری",
    // names as written
    "غلامحسین",
    "رجبعلی",
    "محمدباقر قالیباف",
    "جهانبخش",
    "کلکچال",
    // a joined form the web writes at least as often as the half-spaced one
    "فریدونکنار",
    "حکومتداری",
    "اصولگرایان",
    "ششصد",
    "یکصد",
    // a word of its own is no comparative nor بی‌ word; Arabic is no plural of a short stem
    "لوستر",
    "بیلیون",
    "بیلان",
    "فیها",
    "عنها"
  })
  void leavesWordsWhoseJoinedReadingIsRight(String text) {
    assertThat(PersianText.get().forDisplay(text)).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void keepsLinesAndStripsInvisibleCharacters() {
    assertThat(PersianText.get().forDisplay("ایر\u200fان\u200d")).isEqualTo("ایران");
    assertThat(PersianText.get().forDisplay("")).isEmpty();
    assertThat(PersianText.get().forDisplay("کتاب\u200c\u200cها")).isEqualTo("کتاب\u200cها");
  }
}
