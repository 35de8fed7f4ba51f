package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The officials of 2000–2013 the gazetteer lists (people.tsv, the archive's era): named without a
 * role beside the name, they are still known with their country, so a meeting with them is one
 * between states. A family name shared by several people, or that is a word, is not linked alone.
 */
class FormerOfficialsGazetteerTest {
  private final EntityRecognizer recognizer = EntityRecognizer.get();

  private Optional<Span> person(String text, String id) {
    return recognizer.mentions(text).stream()
        .filter(m -> m.type() == Entity.Type.PERSON && id.equals(m.id()))
        .findFirst();
  }

  private void known(String text, String id, String country) {
    Span m = person(text, id).orElseThrow(() -> new AssertionError(id + " not in " + text));
    assertThat(m.country()).as(id).isEqualTo(country);
  }

  @Test
  void aForeignOfficialOfTheEraNamedWithoutARoleHasACountry() {
    known("فاروق الشرع با خرازی دیدار کرد.", "farouk-al-sharaa", "SY");
    known("ایاد علاوی دیروز وارد تهران شد.", "ayad-allawi", "IQ");
    known("سعود الفیصل در ریاض با متکی گفت\u200cوگو کرد.", "saud-al-faisal", "SA");
    known("عبدالله گل و ایگور ایوانف در آنکارا دیدار کردند.", "abdullah-gul", "TR");
    known("عبدالله گل و ایگور ایوانف در آنکارا دیدار کردند.", "igor-ivanov", "RU");
    known("دیدار عمرو موسی با لاریجانی در قاهره", "amr-moussa", "EG");
    known("یوشکا فیشر و میشل بارنیه به تهران سفر کردند.", "joschka-fischer", "DE");
    known("یوشکا فیشر و میشل بارنیه به تهران سفر کردند.", "michel-barnier", "FR");
  }

  @Test
  void aFamilyNameOrAVariantTheListsGiveIsTheSamePerson() {
    known("برلوسکنی با احمد ابو الغیط دیدار کرد.", "silvio-berlusconi", "IT");
    known("برلوسکنی با احمد ابو الغیط دیدار کرد.", "ahmed-aboul-gheit", "EG");
    known("دوویلپن گفت که پاریس با تهران گفت\u200cوگو می\u200cکند.", "dominique-de-villepin", "FR");
    known("امامعلی رحمانف وارد تهران شد.", "emomali-rahmon", "TJ");
    known("شواردنادزه و کوچاریان در تفلیس دیدار کردند.", "eduard-shevardnadze", "GE");
    known("شواردنادزه و کوچاریان در تفلیس دیدار کردند.", "robert-kocharyan", "AM");
  }

  @Test
  void twoKingsAbdullahAreToldApartByTheLongerName() {
    String text = "ملک عبدالله دوم در امان با ملک عبدالله دیدار کرد.";
    known(text, "abdullah-ii", "JO");
    known(text, "abdullah-bin-abdulaziz", "SA");
  }

  @Test
  void anAmbiguousFamilyNameAloneIsNotLinked() {
    // «ایوانف»: Igor and Sergei; «موسی»: a given name; «گل»: a flower
    List<Span> ivanov = recognizer.mentions("ایوانف گفت که مذاکرات ادامه دارد.");
    assertThat(ivanov)
        .noneMatch(m -> "igor-ivanov".equals(m.id()) || "sergei-ivanov".equals(m.id()));
    assertThat(person("موسی با او دیدار کرد.", "amr-moussa")).isEmpty();
    assertThat(person("این گل زیبا را از باغ چید.", "abdullah-gul")).isEmpty();
  }

  @Test
  void aFamilyNameTwoListedPeopleShareIsNeitherAlone() {
    // «الشرع»: Ahmed (2025) and Farouk (2000s); «کوشنر»: Jared and Bernard
    assertThat(person("الشرع گفت که دمشق آماده گفت\u200cوگو است.", "ahmed-al-sharaa")).isEmpty();
    assertThat(person("کوشنر در پاریس از طرح اروپا گفت.", "jared-kushner")).isEmpty();
    // named in full in the article, the family name alone is that person
    known("احمد الشرع به مسکو رفت. الشرع با پوتین دیدار کرد.", "ahmed-al-sharaa", "SY");
  }
}
