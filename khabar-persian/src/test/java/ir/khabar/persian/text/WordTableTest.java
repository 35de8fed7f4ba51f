package ir.khabar.persian.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTableTest {
  private static final String TEXT =
      "وزیر امور خارجه ایران در سفر به مسکو با همتای روسی\u200cاش دیدار کرد";

  @Test
  void findsAWordWhereItStandsInAText() {
    WordTable<Integer> table = new WordTable<>(100);
    table.put("ایران", 1);
    table.put("روسی\u200cاش", 2);
    int at = TEXT.indexOf("ایران");
    char[] text = TEXT.toCharArray();
    assertThat(table.get(text, at, at + 5)).isEqualTo(1);
    int possessive = TEXT.indexOf("روسی");
    int end = possessive + "روسی\u200cاش".length();
    assertThat(table.get(text, possessive, end)).isEqualTo(2);
    assertThat(table.get(text, possessive, possessive + 4)).as("روسی alone").isNull();
    assertThat(table.get(text, at, at + 4)).as("ایرا").isNull();
  }

  @Test
  void keepsEveryWordAsItGrows() {
    WordTable<String> table = new WordTable<>(100_000);
    String[] words = TEXT.split(" ");
    for (int n = 0; n < 5_000; n++) {
      String word = words[n % words.length] + n;
      table.put(word, word);
    }
    assertThat(table.size()).isEqualTo(5_000);
    for (int n = 0; n < 5_000; n++) {
      String word = words[n % words.length] + n;
      char[] chars = ("«" + word + "»").toCharArray();
      assertThat(table.get(chars, 1, chars.length - 1)).isEqualTo(word);
    }
  }

  @Test
  void emptiesItselfAtItsLimit() {
    WordTable<String> table = new WordTable<>(3);
    table.put("وزیر", "a");
    table.put("امور", "b");
    table.put("خارجه", "c");
    table.put("مسکو", "d");
    assertThat(table.size()).isEqualTo(1);
    assertThat(table.get("وزیر".toCharArray(), 0, 4)).isNull();
    assertThat(table.get("مسکو".toCharArray(), 0, 4)).isEqualTo("d");
  }
}
