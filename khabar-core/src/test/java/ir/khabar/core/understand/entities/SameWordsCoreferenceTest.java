package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

/** One name written glued once and apart once is one person (Hamshahri, 1384). */
class SameWordsCoreferenceTest {
  @Test
  void aNameWrittenGluedThenApartIsThePersonTheRoleLinked() {
    String text =
        "ایسنا: حسین صفارهرندی، وزیر فرهنگ و ارشاد اسلامی، در آیین پایانی جشنواره سخن گفت."
            + " حسین صفار هرندی با بیان این که جهان منتظر است تصریح کرد: ما فرهنگی داریم.";
    assertThat(
            EntityRecognizer.entities(EntityRecognizer.get().mentions(text)).stream()
                .filter(e -> e.type() == Entity.Type.PERSON)
                .map(Entity::id))
        .containsExactly("mohammad-hossein-saffar-harandi");
  }
}
