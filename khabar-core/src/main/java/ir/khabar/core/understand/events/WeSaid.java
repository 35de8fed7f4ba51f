package ir.khabar.core.understand.events;

import java.util.List;

/**
 * A clause said in the first person plural («ما با دو کشور ایتالیا و آلمان وارد مذاکره شدیم»): the
 * speaker tells of their own side, so the speaker is a party, whatever else the clause names.
 */
final class WeSaid {
  private WeSaid() {}

  /** Whether the clause's words hold «ما» and a verb in the first person plural (شدیم, کردیم). */
  static boolean in(List<String> clause) {
    boolean we = false;
    boolean verb = false;
    for (String key : clause) {
      we |= key.equals("ما");
      verb |= key.endsWith("یم") && Clause.verb(key);
    }
    return we && verb;
  }
}
