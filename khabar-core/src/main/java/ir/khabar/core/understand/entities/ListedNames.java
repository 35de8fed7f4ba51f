package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;

/**
 * What the gazetteer lists from each token of a scan: the longest name, role and honorific that
 * start there, read across words while the list's writing goes on, and a demonym with a possessive
 * ending where no name starts. Written into the scan's arrays once, when it is made.
 */
final class ListedNames {
  private final Scan s;
  private final WordFacts[] words;

  private ListedNames(Scan s, WordFacts[] words) {
    this.s = s;
    this.words = words;
  }

  static void read(Scan s, WordFacts[] words) {
    ListedNames listed = new ListedNames(s, words);
    for (int i = 0; i < s.size(); i++) {
      listed.lookUp(i);
      if (s.name[i] == null) {
        listed.possessiveDemonym(i);
      }
    }
  }

  private void lookUp(int i) {
    int max = Math.min(s.gazetteer().longest(), s.size() - i);
    Gazetteer.Known known = null;
    for (int k = 1; k <= max; k++) {
      known = k == 1 ? words[i].known : known.then(words[i + k - 1].nameKey);
      if (known == null) {
        return;
      }
      if (known.name != null
          && !(k == 1 && isDate(i))
          && !(k > 1 && (splitsFunctionWord(i, k, known) || countsAWord(i, known.name)))) {
        s.name[i] = known.name;
        s.nameLength[i] = k;
      }
      if (known.role != null && !(k == 1 && participle(i))) {
        s.role[i] = known.role;
        s.roleLength[i] = k;
      }
      if (known.honorific) {
        s.honorificLength[i] = k;
      }
      if (!known.goesOn || k == max || !s.adjacent(i + k - 1) && !listedGap(i + k - 1)) {
        return;
      }
    }
  }

  /** «همتای قرقیزستانی‌اش»: a demonym with a possessive ending still names the country. */
  private void possessiveDemonym(int i) {
    Entry e = words[i].possessiveDemonym;
    if (e != null) {
      s.name[i] = e;
      s.nameLength[i] = 1;
    }
  }

  /**
   * Whether the word at i, a role's word in «ه» (فرستاده, نماینده), is a verb's participle here:
   * right before a verb («پیام «تغییر رژیم» فرستاده شود»), where it names no one's office.
   */
  private boolean participle(int i) {
    return s.key(i).endsWith("ه")
        && i + 1 < s.size()
        && s.adjacent(i)
        && VerbForms.isVerb(s.key(i + 1));
  }

  /** Whether a listed name may go on past token i: a comma, or «+» in «گروه ۵+۱», between. */
  private boolean listedGap(int i) {
    return s.commaOnly(i) || i + 1 < s.size() && s.between(i, i + 1).equals("+");
  }

  /**
   * Whether a name read across k words starts or ends with a function word: «را بر» is not رابر, «و
   * نیز» is not ونیز (Venice); spaced where its listed writing breaks, it is still the name.
   */
  private boolean splitsFunctionWord(int i, int k, Gazetteer.Known known) {
    return (words[i].functionWord || words[i + k - 1].functionWord)
        && !HalfSpaces.spacedAsListed(known, words, i, i + k);
  }

  /**
   * Whether a person's name read across words starts with a number spelled out before a common
   * word: «دو گل» is two goals, not دوگل (de Gaulle); «دو ویلپن», an unknown word after it, stays
   * the name.
   */
  private boolean countsAWord(int i, Entry e) {
    return e.type() == Entity.Type.PERSON && words[i].number && !words[i + 1].unknown;
  }

  /**
   * A month name next to a number is a date (۲۶ مهر), not the agency or place the word also names.
   */
  private boolean isDate(int i) {
    return words[i].time
        && (i > 0 && Character.isDigit(s.key(i - 1).charAt(0))
            || i + 1 < s.size() && Character.isDigit(s.key(i + 1).charAt(0)));
  }
}
