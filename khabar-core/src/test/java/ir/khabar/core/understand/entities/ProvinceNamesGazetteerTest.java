package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

/**
 * The Tehran province is named «استان تهران» on a page: bare «تهران» is the capital, so an article
 * naming both lists them apart (issue 17, read on an article page). Sentences written for this
 * test.
 */
class ProvinceNamesGazetteerTest {
  @Test
  void theTehranProvinceAndTheCapitalAreListedApart() {
    var entities =
        EntityRecognizer.entities(
            EntityRecognizer.get()
                .mentions("آموزش در مدارس استان تهران غیرحضوری شد و هوای تهران آلوده است."));
    assertThat(entities)
        .filteredOn(e -> e.type() == Entity.Type.PLACE)
        .extracting(Entity::id, Entity::name)
        .containsExactlyInAnyOrder(
            tuple("province-tehran", "استان تهران"), tuple("capital-ir", "تهران"));
  }
}
