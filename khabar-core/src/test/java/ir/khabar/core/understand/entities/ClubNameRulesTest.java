package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clubs as sports news names them (issue 17): a listed club found again bare, never its head word
 * alone. Sentences written for this test.
 */
class ClubNameRulesTest {
  private static List<String> ids(String text) {
    return NamesOf.ids(text, Entity.Type.ORGANISATION);
  }

  @Test
  void aClubsHeadWordAloneIsNoClub() {
    assertThat(
            NamesOf.organisations(
                "مدیرعامل باشگاه پرسپولیس گفت باشگاه بدهی ندارد و باشگاه\u200cها باید شفاف باشند."))
        .containsExactly("باشگاه پرسپولیس");
  }

  @Test
  void aListedClubNamedInFullIsFoundAgainByItsOwnName() {
    assertThat(ids("باشگاه پرسپولیس قرارداد مربی را تمدید کرد. پرسپولیس فردا بازی دارد."))
        .containsExactly("org-ir-persepolis", "org-ir-persepolis");
  }

  private static final String MATCH_REPORT =
      "سرمربی بارسلونا پس از تساوی در لیگ گفت بازیکنانش خسته بودند. بارسلونا هفته آینده با"
          + " لیورپول بازی می\u200cکند و هافبک رئال در فینال گلزنی کرد. مدافع استقلال هم مصدوم"
          + " است.";

  @Test
  void aSportsPageNamesClubsByTheirCityOrAWord() {
    assertThat(ids(MATCH_REPORT))
        .containsExactly(
            "org-es-barcelona",
            "org-es-barcelona",
            "org-gb-liverpool",
            "org-es-real-madrid",
            "org-ir-esteghlal");
  }

  @Test
  void elsewhereTheCityIsTheCityAndTheWordTheWord() {
    String text = "وزیر خارجه در بارسلونا با همتای اسپانیایی بر استقلال دو کشور تأکید کرد.";
    assertThat(ids(text)).isEmpty();
    assertThat(NamesOf.ids(text, Entity.Type.PLACE)).containsExactly("city-barcelona");
  }

  @Test
  void onASportsPageTheCityAfterItsWordAndTheCurrencyStay() {
    String text =
        MATCH_REPORT
            + " او در شهر بارسلونا زندگی می\u200cکند و ۵۰۰ میلیون ریال پاداش گرفت. لئون یک بازیکن"
            + " ارمنی است.";
    assertThat(ids(text)).hasSize(5).doesNotContain("org-fr-lyon");
    assertThat(NamesOf.ids(text, Entity.Type.PLACE)).contains("city-barcelona");
  }

  @Test
  void aScoreInBracketsAfterAClubIsNoOtherNameOfIt() {
    assertThat(NamesOf.organisations("او برابر رئال سوسیداد ( 1 3 ) گل زد."))
        .containsExactly("رئال سوسیداد");
    assertThat(NamesOf.organisations("سازمان انرژی\u200cهای تجدیدپذیر (ساتبا) اعلام کرد."))
        .containsExactly("سازمان انرژی\u200cهای تجدیدپذیر", "ساتبا");
  }

  @Test
  void bareEsteghlalIsTehransThoughTheArticleNamesAhvazs() {
    String text =
        "در مشهد ابومسلم میزبان استقلال اهواز است. سرمربی پرسپولیس گفت دیدار استقلال و پرسپولیس"
            + " در لیگ سرنوشت قهرمانی را روشن می\u200cکند و هر دو تیم به فینال فکر می\u200cکنند.";
    assertThat(ids(text))
        .containsExactly(
            "org-ir-esteghlal-khuzestan",
            "org-ir-persepolis",
            "org-ir-esteghlal",
            "org-ir-persepolis");
  }

  @Test
  void aClubsHeadWordBeforeItsShortNameLinksTheClubOnAnyPage() {
    assertThat(ids("مدیرعامل باشگاه استقلال از هیئت مدیره خواست بودجه را تصویب کند."))
        .containsExactly("org-ir-esteghlal");
    assertThat(ids("تیم پیکان فردا به اردو می\u200cرود.")).containsExactly("org-ir-paykan");
  }

  @Test
  void aClubsHeadAndSportBeforeItsFullNameLinkTheClub() {
    assertThat(ids("سرمربی تیم فوتبال استقلال خوزستان قرعه را مناسب دانست."))
        .containsExactly("org-ir-esteghlal-khuzestan");
    assertThat(ids("تیم پرسپولیس تهران فردا به اردو می\u200cرود."))
        .containsExactly("org-ir-persepolis");
    // the sport between the head and the name names no club where it stands alone
    assertThat(ids("تیم فوتبال سپاهان اصفهان قهرمان شد و فوتبال ایران جشن گرفت."))
        .containsExactly("org-ir-sepahan");
  }

  @Test
  void onAPageOfOneClubItsBareShortNameIsThatClub() {
    String text =
        "سرمربی استقلال خوزستان گفت بازیکنان برای دیدار فردا آماده\u200cاند و لیگ برتر سخت است."
            + " او درباره اینکه آیا فصل آینده در استقلال می\u200cماند گفت هنوز مذاکره نکرده\u200cام"
            + " و تمرکز تیم بر ۳ امتیاز و فینال جام است.";
    assertThat(ids(text)).containsOnly("org-ir-esteghlal-khuzestan");
  }
}
