package ir.khabar.core.understand.entities;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Entity;
import org.junit.jupiter.api.Test;

/** A foreign government body named in its several Persian writings (Hamshahri dev). */
class ForeignBodiesGazetteerTest {
  @Test
  void theUsAgencyForDevelopmentIsNoAtomicEnergyAgency() {
    assertThat(
            NamesOf.ids(
                "آژانس آمریکایی توسعه بین المللی اعلام کرد که به سیل زدگان کمک می کند.",
                Entity.Type.ORGANISATION))
        .containsExactly("org-us-usaid");
    assertThat(
            NamesOf.ids(
                "آژانس توسعه بین‌المللی آمریکا (یو اس اید) اعلام کرد.", Entity.Type.ORGANISATION))
        .containsExactly("org-us-usaid", "org-us-usaid");
  }
}
