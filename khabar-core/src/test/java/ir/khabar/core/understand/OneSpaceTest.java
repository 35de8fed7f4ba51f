package ir.khabar.core.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The char loop that makes runs of spaces one does exactly what the regex it replaced did. */
class OneSpaceTest {
  private static final Pattern SPACES = Pattern.compile("[ \t\u00A0\u202F]{2,}");

  @Test
  void sameAsTheRegex() {
    String alphabet = " \t\u00A0\u202F\n\u200cاب.";
    Random random = new Random(21);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      assertThat(Understanding.oneSpace(text))
          .as("%s", text)
          .isEqualTo(SPACES.matcher(text).replaceAll(" "));
    }
  }

  @Test
  void leavesTextWithoutRunsAsItIs() {
    String text = "ظریف و نهاوندیان";
    assertThat(Understanding.oneSpace(text)).isSameAs(text);
    assertThat(Understanding.oneSpace("ظریف  و\t\u00A0نهاوندیان")).isEqualTo("ظریف و نهاوندیان");
  }
}
