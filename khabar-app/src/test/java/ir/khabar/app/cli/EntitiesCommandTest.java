package ir.khabar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `khabar entities --json`: spans with UTF-16 offsets into the input exactly as given. */
class EntitiesCommandTest {
  private static List<String> spans(String text) throws Exception {
    Cli.Result r = Cli.run(text, new String[] {"entities", "--json"});
    assertThat(r.code()).isZero();
    List<String> out = new ArrayList<>();
    for (JsonNode s : r.json()) {
      int start = s.get("start").asInt();
      int end = s.get("end").asInt();
      assertThat(text.substring(start, end)).isEqualTo(s.get("text").asText());
      out.add(s.get("type").asText() + ":" + s.get("text").asText());
    }
    return out;
  }

  @Test
  void peoplePlacesAndOrganisationsWithOffsetsIntoTheInput() throws Exception {
    String text =
        "وزیر امور خارجه کشورمان محمد جواد ظریف با همتای روس خود سرگئی لاوروف در مسکو دیدار کرد. "
            + "ظریف پس از این دیدار به خبرگزاری فارس گفت که اتاق بازرگانی ایران و روسیه فعال\u200cتر می\u200cشود.";
    assertThat(spans(text))
        .containsExactly(
            "person:محمد جواد ظریف",
            "person:سرگئی لاوروف",
            "place:مسکو",
            "person:ظریف",
            "organisation:خبرگزاری فارس",
            "organisation:اتاق بازرگانی ایران و روسیه");
  }

  @Test
  void arabicLettersHalfSpacesAndLineBreaksKeepTheOffsets() throws Exception {
    String text =
        "\u200fسفير ايران در روسيه كاظم جلالی\n\nگفت: بانک\u200cمرکزی و سازمان ملل متحد حمایت کردند.";
    List<String> found = spans(text);
    assertThat(found)
        .contains(
            "place:ايران", "place:روسيه", "person:كاظم جلالی", "organisation:سازمان ملل متحد");
    assertThat(found).noneMatch(s -> s.contains("سفير"));
  }

  @Test
  void textWithoutNamesGivesAnEmptyList() throws Exception {
    assertThat(spans("هوا امروز سرد است و باران می\u200cبارد.")).isEmpty();
    assertThat(Cli.run("", new String[] {"entities", "--json"}).json()).isEmpty();
  }

  @Test
  void humanOutputGivesTypeOffsetsAndTheCanonicalName() {
    Cli.Result r = Cli.run("ظریف و پوتین در تهران", new String[] {"entities"});
    assertThat(r.out()).contains("person\t0-4\tظریف").contains("place\t").contains("تهران");
  }
}
