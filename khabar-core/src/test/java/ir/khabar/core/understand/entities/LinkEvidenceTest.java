package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import ir.khabar.core.Entity.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Why each mention was linked: kept with the entity, so its page can say what was guessed. */
class LinkEvidenceTest {
  private final EntityRecognizer recognizer = EntityRecognizer.get();

  private Evidence of(String text, String id) {
    List<Entity> entities = EntityRecognizer.entities(recognizer.mentions(text));
    return entities.stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + entities))
        .evidence();
  }

  @Test
  void aNameAsTheListsWriteItIsAFullName() {
    assertThat(of("محمدجواد ظریف در مسکو با لاوروف دیدار کرد.", "mohammad-javad-zarif"))
        .isEqualTo(Evidence.FULL_NAME);
    assertThat(of("محمدجواد ظریف در مسکو با لاوروف دیدار کرد.", "sergey-lavrov"))
        .isEqualTo(Evidence.ALIAS); // the family name alone: another writing the lists know
    assertThat(of("روسیه و ایران توافق کردند.", "country-ru")).isEqualTo(Evidence.FULL_NAME);
  }

  @Test
  void aFamilyNameAloneIsAnotherWritingOfTheListsAndTheBestMentionCounts() {
    assertThat(of("عراقچی در مسکو گفت که مذاکرات ادامه دارد.", "abbas-araghchi"))
        .isEqualTo(Evidence.ALIAS);
    assertThat(
            of(
                "عراقچی در مسکو گفت که مذاکرات ادامه دارد. عباس عراقچی افزود که نتیجه خوب است.",
                "abbas-araghchi"))
        .isEqualTo(Evidence.FULL_NAME);
  }

  @Test
  void aPersonTheListsLackIsReadFromAGivenNameARoleOrATitle() {
    assertThat(
            of(
                "محمدرضا قشقاوی گفت که کنسولگری آماده است.",
                recognizer.resolve("محمدرضا قشقاوی", Entity.Type.PERSON)))
        .isEqualTo(Evidence.GIVEN_AND_FAMILY);
    assertThat(
            of(
                "سخنگوی وزارت امور خارجه کشورمان اسماعیل بقائی گفت که این سفر انجام شد.",
                recognizer.resolve("اسماعیل بقائی", Entity.Type.PERSON)))
        .isIn(Evidence.GIVEN_AND_FAMILY, Evidence.FULL_NAME, Evidence.ROLE);
    assertThat(of("آقای رحمانی گفت که بازار آرام است.", "person-رحمانی"))
        .isEqualTo(Evidence.PATTERN);
    assertThat(of("آقای رحمانی گفت که بازار آرام است.", "person-رحمانی").guessed()).isTrue();
  }

  @Test
  void anOrganisationReadFromItsHeadWordIsAGuess() {
    String text = "انجمن صنفی کارفرمایان کاشی گزارش داد که صادرات افزایش یافت.";
    Entity org =
        EntityRecognizer.entities(recognizer.mentions(text)).stream()
            .filter(e -> e.type() == Entity.Type.ORGANISATION)
            .findFirst()
            .orElseThrow();
    assertThat(org.evidence()).isEqualTo(Evidence.PATTERN);
  }
}
