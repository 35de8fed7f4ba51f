package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

/**
 * Places a list names by their second word alone after one named in full (issue 17): seed 001's
 * «استانداران خراسان رضوی، جنوبی و شمالی». Sentences written for this test.
 */
class SiblingPlacesRulesTest {
  @Test
  void aListOfSecondWordsNamesTheSiblingPlaces() {
    assertThat(NamesOf.ids("استانداران خراسان رضوی، جنوبی و شمالی حضور داشتند.", Entity.Type.PLACE))
        .containsExactly(
            "province-razavi-khorasan", "province-south-khorasan", "province-north-khorasan");
    assertThat(NamesOf.ids("روابط کره شمالی و جنوبی بهتر شد.", Entity.Type.COUNTRY))
        .containsExactly("country-kp", "country-kr");
  }

  @Test
  void aWordThatMakesNoListedPlaceEndsTheList() {
    assertThat(NamesOf.ids("مردم خراسان رضوی و جنوب کشور آماده اند.", Entity.Type.PLACE))
        .containsExactly("province-razavi-khorasan");
  }
}
