package ir.khabar.persian.analysis;

import static ir.khabar.persian.analysis.AnalysisTestSupport.INDEX;
import static ir.khabar.persian.analysis.AnalysisTestSupport.QUERY;
import static ir.khabar.persian.analysis.AnalysisTestSupport.matches;
import static ir.khabar.persian.analysis.AnalysisTestSupport.terms;
import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.persian.PersianText;
import ir.khabar.persian.text.SearchFolding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reader finds an article whatever spelling either of them used: every pair below must match in
 * both directions (query in one spelling, document in the other), and the "different words" must
 * not.
 */
class SpellingVariantMatchingTest {

  @ParameterizedTest(name = "{0}: {1} ⇄ {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      zwnj/joined   | کتاب‌ها            | کتابها
      zwnj/space    | کتاب‌ها            | کتاب ها
      space/joined  | کتاب ها            | کتابها
      zwnj/joined   | همکاری‌های          | همکاریهای
      zwnj/joined   | می‌شود             | میشود
      zwnj/space    | می‌شود             | می شود
      space/joined  | نمی شود            | نمیشود
      zwnj/joined   | می‌گیرد            | میگیرد
      zwnj/space    | می‌رود             | می رود
      zwnj/space    | برمی‌گردد           | برمی گردد
      clitic        | قرقیزستانی‌اش        | قرقیزستانی
      clitic        | ایرانی‌اند           | ایرانی اند
      clitic        | ایرانی‌اند           | ایرانیاند
      clitic        | کرده‌ایم            | کردهایم
      clitic        | ورزشی‌ای            | ورزشی ای
      comparative   | جدی‌تری             | جدیتری
      space/joined  | درنمی یابد          | درنمییابد
      zwnj/space    | بازمی‌گشت           | بازمی گشت
      zwnj/joined   | بزرگ‌ترین           | بزرگترین
      zwnj/space    | بزرگ‌ترین           | بزرگ ترین
      zwnj/joined   | آیین‌نامه           | آییننامه
      zwnj/space    | آیین‌نامه           | آیین نامه
      zwnj/joined   | فوق‌العاده          | فوقالعاده
      zwnj/space    | فوق‌العاده          | فوق العاده
      zwnj/joined   | بین‌المللی          | بینالمللی
      zwnj/space    | بین‌المللی          | بین المللی
      zwnj/space    | سه‌شنبه            | سه شنبه
      zwnj/joined   | سه‌شنبه            | سهشنبه
      compound و    | جست‌وجو            | جستجو
      compound و    | جست و جو           | جستوجو
      compound و    | گفت‌وگو            | گفتگو
      part in و     | نخست\u200cوزیر     | نخست وزیر
      part in و     | نخست وزیر          | نخستوزیر
      part in و     | باغ\u200cوحش       | باغ وحش
      prefix بی     | بیکاری             | بی کاری
      prefix بی     | بی\u200cکاری       | بی کاری
      parts marked  | غیرنفتی            | غیر نفتی
      parts marked  | ضدهوایی            | ضد هوایی
      prefix غیر    | غیرقانونی          | غیر قانونی
      prefix ابر    | ابرقدرت            | ابر قدرت
      prefix فرا    | فرارسیدن           | فرا رسیدن
      prefix پسا    | پسابرجام           | پسا برجام
      arabic yeh    | ايران              | ایران
      arabic kaf    | كشور               | کشور
      arabic both   | مذاكرات            | مذاکرات
      alef maksura  | مصطفى              | مصطفی
      teh marbuta   | دايرة              | دایره
      heh hamza     | خانهٔ               | خانه
      alef madda    | آمریکا             | امریکا
      hamza seat    | مسئله              | مسأله
      hamza seat    | مسئله              | مساله
      hamza seat    | مسأله              | مساله
      hamza seat    | تأثیر              | تاثیر
      hamza seat    | مؤسسه              | موسسه
      hamza seat    | رئیس               | رییس
      hamza seat    | رؤسا               | روسا
      hamza seat    | جرئت               | جرأت
      hamza seat    | هیأت               | هیات
      hamza seat    | مسائل              | مسایل
      persian digit | ۱۴۰۴               | 1404
      arabic digit  | ١٤٠٤               | 1404
      arabic digit  | ١٤٠٤               | ۱۴۰۴
      decimal mark  | ۲٫۵                | 2.5
      diacritics    | کِتاب               | کتاب
      tanvin        | اصلاً               | اصلا
      kashida       | ایـــران            | ایران
      plural ها     | کشور               | کشورها
      plural های    | همکاری             | همکاری‌های
      plural هایشان | کتاب               | کتاب‌هایشان
      plural گان    | نماینده             | نمایندگان
      plural یان    | دانشجو             | دانشجویان
      plural ان     | کارگر              | کارگران
      comparative   | بزرگ               | بزرگ‌ترین
      comparative   | پیشرفته            | پیشرفته‌ترین
      indefinite    | مصاحبه             | مصاحبه‌ای
      clitic اند    | کرده               | کرده‌اند
      clitic اند    | کرده اند            | کردهاند
      clitic اند    | کرده‌اند            | کرده اند
      clitic ام     | خسته               | خسته‌ام
      clitic اش     | خانه               | خانه‌اش
      """)
  void variantsMatchInBothDirections(String kind, String a, String b) {
    assertThat(matches(a, b)).as("%s: query «%s» finds «%s»", kind, a, b).isTrue();
    assertThat(matches(b, a)).as("%s: query «%s» finds «%s»", kind, b, a).isTrue();
  }

  @ParameterizedTest(name = "invisible {0}")
  @CsvSource({"200d", "200e", "200f", "061c", "202b", "202c", "2067", "2069", "feff", "00ad"})
  void invisibleAndBidiCharactersInsideWordsAreIgnored(String hex) {
    String invisible = String.valueOf((char) Integer.parseInt(hex, 16));
    assertThat(terms(INDEX, "ایر" + invisible + "ان")).containsExactly("ایران");
  }

  @ParameterizedTest(name = "{0} stays whole")
  @CsvSource({
    "ایران",
    "تهران",
    "پزشکیان",
    "ظریف",
    "بلاروس",
    "معصومیفر",
    "گلاوچنکو",
    "لاوروف",
    "اصفهان",
    "کرمان",
    "آبادان",
    "زنجان",
    "ترکمنستان",
    "قرقیزستان"
  })
  void namesAndWordsThatLookInflectedStayWhole(String name) {
    assertThat(terms(INDEX, name)).hasSize(1);
    assertThat(terms(INDEX, name).get(0)).isEqualTo(SearchFolding.fold(name));
  }

  @ParameterizedTest(name = "«{0}» does not find «{1}»")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      ایر      | ایران
      تهر      | تهران
      ران      | ایران
      پزشک     | پزشکیان
      رود      | می‌رود
      شود      | می‌شود
      نمی‌شود   | می‌شود
      ماه      | ماهی
      چشمه     | چشم‌هایم
      نمی      | نمی‌آید
      دنی      | دنیای
      فوله     | فولهام
      نمی      | نمی‌آیم
      دری      | دریای
      روحانی   | روحانیات
      نما      | نمایاند
      روس      | رأس
      رأس      | روس
      """)
  void differentWordsDoNotMatch(String query, String document) {
    assertThat(matches(query, document)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void theMonthMayIsNotAVerbPrefix() {
    assertThat(terms(INDEX, "ماه می آید")).containsExactly("ماه", "اید");
    assertThat(terms(INDEX, "او می آید")).containsExactly("میاید");
  }

  @org.junit.jupiter.api.Test
  void stopwordsLeaveTheIndexButNeverEmptyAQuery() {
    assertThat(terms(QUERY, "از این")).containsExactly("از", "این");
    assertThat(terms(QUERY, "سفر به مسکو")).containsExactly("سفر", "مسکو");
    assertThat(terms(INDEX, "سفر به مسکو")).containsExactly("سفر", "مسکو");
    assertThat(terms(QUERY, "می\u200cگیرد")).containsExactly("میگیرد");
    assertThat(PersianText.get().stopwordsIn("او از این کار خبر داشت")).contains("از", "این", "او");
  }

  @org.junit.jupiter.api.Test
  void spacedCompoundsKeepTheirPartsInTheIndexOnly() {
    assertThat(terms(INDEX, "آیین نامه")).containsExactly("اییننامه", "ایین", "نامه");
    assertThat(terms(QUERY, "آیین نامه")).containsExactly("اییننامه");
    assertThat(matches("نامه", "آیین نامه")).isTrue();
  }
}
