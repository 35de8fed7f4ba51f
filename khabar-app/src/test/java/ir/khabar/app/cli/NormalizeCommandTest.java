package ir.khabar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** `khabar normalize`: stdin to stdout, one line out for each line in. */
class NormalizeCommandTest {
  private static final String ZWNJ = "\u200c";

  private static List<String> normalize(String stdin, String... options) {
    String[] args = new String[options.length + 1];
    args[0] = "normalize";
    System.arraycopy(options, 0, args, 1, options.length);
    Cli.Result r = Cli.run(stdin, args);
    assertThat(r.code()).as(r.err()).isZero();
    return r.outLines();
  }

  @Test
  void restoresHalfSpacesAndPersianLettersLineByLine() {
    List<String> out = normalize("میشود\nكتابها\n\nهمکاریها\n");
    assertThat(out).hasSize(4);
    assertThat(out.get(0)).isEqualTo("می" + ZWNJ + "شود");
    assertThat(out.get(1)).isEqualTo("کتاب" + ZWNJ + "ها");
    assertThat(out.get(2)).isEmpty();
    assertThat(out.get(3)).isEqualTo("همکاری" + ZWNJ + "ها");
  }

  @Test
  void lineCountIsKeptForALongerText() {
    String text =
        """
        وزیر امور خارجه كشورمان در بیشکک با همتای قرقیزستانی خود دیدار کرد.

        نمایشگاه مجازی از ۶ اسفند افتتاح میشود.
           \s
        تلاشهای سفارتخانههای مختلف ادامه دارد.""";
    List<String> out = normalize(text);
    assertThat(out).hasSize(5);
    assertThat(out.get(0)).contains("کشورمان").doesNotContain("ك");
    assertThat(out.get(1)).isEmpty();
    assertThat(out.get(2)).contains("می" + ZWNJ + "شود");
    assertThat(out.get(3)).isBlank();
  }

  @Test
  void searchFormIsTheSameForEverySpellingOfAWord() {
    List<String> out = normalize("کتاب" + ZWNJ + "ها\nکتاب ها\nکتابها\n", "--search");
    assertThat(out).hasSize(3);
    assertThat(out.get(0)).isNotBlank();
    assertThat(out.get(1)).isEqualTo(out.get(0));
    assertThat(out.get(2)).isEqualTo(out.get(0));
  }

  @Test
  void searchFormFoldsArabicLettersAndJoinsTheVerbPrefix() {
    List<String> out = normalize("می شود\nمیشود\nمی" + ZWNJ + "شود\nمي شود\n", "--search");
    assertThat(out).hasSize(4).containsOnly(out.get(0));
    assertThat(out.get(0)).isNotBlank();
  }

  @Test
  void emptyInputGivesEmptyOutput() {
    assertThat(normalize("")).isEmpty();
  }
}
