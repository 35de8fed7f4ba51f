package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seventh pass's rules (issue 17), each on a sentence of the kind read in Hamshahri's
 * development files: what places a person, and what makes a name whole.
 */
class SeventhPassRulesTest {
  private static List<Span> people(String text) {
    return NamesOf.people(text);
  }

  private static List<String> spans(String text, Entity.Type type) {
    return NamesOf.type(text, type);
  }

  @Test
  void aFunctionWordGluedToANameIsReadApart() {
    String text =
        "هیات آمریکایی به ریاست آرلن اسپکتر وارد دمشق شد. شارون در دیدار بااسپکتر گفت. "
            + "وی پیش از این از فلسطین و مصرنیز دیدن کرده بود.";
    assertThat(spans(text, Entity.Type.COUNTRY)).contains("مصر");
    // the rest of the glued word is a word of the text elsewhere («اسپکتر»): «با» is read apart
    Scan s = new Scan(text, EntityRecognizer.get().gazetteer(), EntityRecognizer.get().facts());
    assertThat(s.tokens.stream().map(Token::text)).contains("با", "اسپکتر", "مصر", "نیز");
    // a name ending in a function word's letters stays whole when nothing confirms the rest
    assertThat(spans("رایول لوزانو درباره بازی مقابل برزیل گفت.", Entity.Type.PLACE)).isEmpty();
  }

  @Test
  void aRoleAcrossQuotesStillPlacesTheName() {
    List<Span> p =
        people("دراین دیدار که باحضور\" فاروق الشرع \"وزیر خارجه سوریه انجام گرفت، گفت وگو کردند.");
    assertThat(p).extracting(Span::text).containsExactly("فاروق الشرع");
    assertThat(p.get(0).country()).isEqualTo("SY");
    assertThat(p.get(0).role()).isEqualTo("وزیر خارجه سوریه");
    List<Span> q = people("«میشل بارنیه» وزیر امور خارجه فرانسه گفت: بارنیه موافق است.");
    assertThat(q).extracting(Span::country).containsOnly("FR");
  }

  @Test
  void aNameBeforeARoleInStraightQuotesOrOpeningAListItem() {
    List<Span> p =
        people("در حضور دکتر عارف معاون اول رئیس جمهوری، ناجی عطری نخست وزیر سوریه، در تهران.");
    assertThat(p).extracting(Span::text).containsExactly("عارف", "ناجی عطری");
    assertThat(p.get(1).country()).isEqualTo("SY");
    assertThat(
            spans("سرهنگ ستاد \" واثق الحمدانی \" رئیس پلیس استان نینوا گفت.", Entity.Type.PERSON))
        .containsExactly("واثق الحمدانی");
  }

  @Test
  void aPersonPlacedOnceIsPlacedInEveryMention() {
    List<Span> p =
        people(
            "فواد السنیوره نخست وزیر لبنان به دمشق رفت. فواد السنیوره در این سفر با اسد دیدار کرد.");
    assertThat(p).extracting(Span::text).contains("فواد السنیوره");
    assertThat(p.stream().filter(x -> x.text().equals("فواد السنیوره")))
        .extracting(Span::country)
        .containsExactly("LB", "LB");
  }

  @Test
  void aNoBreakSpaceIsNoPunctuation() {
    List<Span> p = people("از سوی دیگر فواد السنیوره\u00a0 نخست\u00a0 وزیر لبنان به دمشق رفت.");
    assertThat(p).extracting(Span::text).containsExactly("فواد السنیوره");
    assertThat(p.get(0).country()).isEqualTo("LB");
  }

  @Test
  void aTitlesFieldIsNoName() {
    assertThat(
            spans(
                "دکتر فهد العصیمی مفسر خواب و استاد روانشناسی دانشگاه اسلامی ریاض می گوید.",
                Entity.Type.PERSON))
        .containsExactly("فهد العصیمی");
    assertThat(spans("این استاد اقتصاد دانشگاه علامه طباطبایی گفت.", Entity.Type.PERSON)).isEmpty();
    assertThat(spans("استاد فقه تطبیقی دانشگاه الازهر مصر تاکید کرد.", Entity.Type.PERSON))
        .isEmpty();
    assertThat(spans("استاد کریمی تهرانی در دانشگاه سخنرانی کرد.", Entity.Type.PERSON))
        .containsExactly("کریمی تهرانی");
    // a family name before a head that makes a verb is still a name
    assertThat(spans("گردانی که تحت مسئولیت شهید باکری اداره می شد.", Entity.Type.PERSON))
        .containsExactly("باکری");
  }

  @Test
  void aVerbsNounAfterATitleIsNoName() {
    assertThat(spans("ما مشکلات\u200cمان را با امام مطرح کردیم.", Entity.Type.PERSON)).isEmpty();
    assertThat(spans("بی\u200cوقت ستوان باعث می\u200cشود حساب از دستم برود.", Entity.Type.PERSON))
        .isEmpty();
    // a family name in «ی» before a verb is still a name
    assertThat(spans("آنچه مطلوب آقای هاشمی بود به صندوق ها رفت.", Entity.Type.PERSON))
        .containsExactly("هاشمی");
  }

  @Test
  void aKnownNameAfterATitleEndsWhereItEnds() {
    assertThat(
            spans(
                "حضرت آیت\u200cالله العظمی خامنه\u200cای آمادگی کامل خود را اعلام می\u200cدارد.",
                Entity.Type.PERSON))
        .containsExactly("خامنه\u200cای");
  }

  @Test
  void anArabicNameWithItsLineageIsWhole() {
    assertThat(spans("به گفته سعد بن ناصر الشثری، مشاور دربار، طرح آماده است.", Entity.Type.PERSON))
        .containsExactly("سعد بن ناصر الشثری");
    assertThat(
            spans(
                "به گفته «محمدرضا اسلام لو» کارگردان سینمای مستند، فیلم آماده است.",
                Entity.Type.PERSON))
        .containsExactly("محمدرضا اسلام لو");
  }
}
