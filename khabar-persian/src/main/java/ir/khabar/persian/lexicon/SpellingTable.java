package ir.khabar.persian.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * For each word the lists spell with a half-space (ZWNJ), whether that spelling or the joined one
 * is the word as it should be written. Evidence is "strong" when a curated list (hazm's tagged
 * words, the compound list) holds the spelling, otherwise the web frequencies of shekar's
 * vocabulary decide.
 */
public final class SpellingTable {
  private final Map<String, Spelling> byJoined = new HashMap<>(60_000);
  private final Map<String, Boolean> joinedStrong = new HashMap<>(200_000);
  private final Map<String, Long> joinedFreq = new HashMap<>(100_000);

  /**
   * What comes before the first half-space of every spelling {@link #halfSpaced} may give: only
   * such a word can be the first of two written apart that the lists write as one.
   */
  private final Set<String> heads = new HashSet<>(60_000);

  /** What comes after the first half-space of each such spelling, its other half-spaces dropped. */
  private final Set<String> tails = new HashSet<>(60_000);

  /**
   * {@link #halfSpaced}'s answer for every joined form it is not null for, settled once the lists
   * are read: one lookup then, where deciding reads three large maps.
   */
  private volatile Map<String, String> settled;

  private static final class Spelling {
    String form;
    boolean strong;
    long freq;
  }

  void add(String word, long webFreq, boolean strong) {
    settled = null;
    if (word.indexOf('\u200C') < 0) {
      joinedStrong.merge(word, strong, Boolean::logicalOr);
      if (webFreq > 0) {
        joinedFreq.merge(word, webFreq, Math::max);
      }
      return;
    }
    Spelling s = byJoined.computeIfAbsent(word.replace("\u200C", ""), k -> new Spelling());
    if (s.form == null || (strong && !s.strong) || (strong == s.strong && webFreq > s.freq)) {
      s.form = word;
      int zwnj = word.indexOf('\u200C');
      heads.add(word.substring(0, zwnj));
      tails.add(word.substring(zwnj + 1).replace("\u200C", ""));
    }
    s.strong |= strong;
    s.freq = Math.max(s.freq, webFreq);
  }

  /**
   * The half-spaced spelling of a joined word when the lists prefer it, else null. A joined form a
   * curated list holds is a word as written (سیاستمدار, تفنگدار, غلامحسین, کلکچال: both spellings
   * are standard), and is never re-spelled, whatever the web frequencies say. Otherwise the
   * spelling the web writes more often wins: a joined form written at least as often as the
   * half-spaced one is a word as written (فریدونکنار, حکومتداری, اصولگرایان, یکصد), while a
   * joined-by-mistake form is rarer than its half-spaced one (میشود, میتواند, آییننامه); a curated
   * half-spaced spelling wins when the web has no joined one. Parts the rules of writing keep apart
   * ({@link #isAlwaysApart}) are left to the lists as before.
   */
  public String halfSpaced(String joined) {
    Map<String, String> answers = settled;
    if (answers == null) {
      answers = settle();
    }
    return answers.get(joined);
  }

  synchronized Map<String, String> settle() {
    if (settled == null) {
      Map<String, String> answers = new HashMap<>(byJoined.size() * 2);
      byJoined.forEach(
          (joined, spelling) -> {
            String form = decide(joined, spelling);
            if (form != null) {
              answers.put(joined, form);
            }
          });
      settled = answers;
    }
    return settled;
  }

  private String decide(String joined, Spelling s) {
    long joinedOnWeb = joinedFreq.getOrDefault(joined, 0L);
    if (isAlwaysApart(s.form)) {
      return s.strong || s.freq > joinedOnWeb ? s.form : null;
    }
    if (joinedStrong.getOrDefault(joined, false)) {
      return null; // a curated list holds the joined form as a word: the writer's spelling stays
    }
    return s.freq > joinedOnWeb || s.strong && joinedOnWeb == 0 ? s.form : null;
  }

  /**
   * Parts the rules of writing keep apart however often they are written joined: a second part
   * starting with آ keeps its آ (توهین‌آمیز, صف‌آرایی, ایده‌آل). (A first part ending in a silent ه
   * is kept apart too, سایه‌روشن, but letters do not tell it from a sounded one: گیاهخوار, تبهکار.)
   */
  private static boolean isAlwaysApart(String form) {
    int zwnj = form.indexOf('\u200C');
    return zwnj + 1 < form.length() && form.charAt(zwnj + 1) == '\u0622';
  }

  /**
   * False when no spelling {@link #halfSpaced} gives starts with this word and a half-space: a
   * quick no before joining two words to look them up.
   */
  public boolean mayStartHalfSpaced(String word) {
    return heads.contains(word);
  }

  /**
   * False when no spelling {@link #halfSpaced} gives has this word after its first half-space: with
   * {@link #mayStartHalfSpaced} of the word before, a quick no before joining two words.
   */
  public boolean mayEndHalfSpaced(String word) {
    return tails.contains(word);
  }

  /** True when a curated list holds the word as written, without a half-space. */
  public boolean isJoinedWord(String word) {
    return joinedStrong.getOrDefault(word, false);
  }

  /** How often the web vocabulary (shekar) saw the word written so; 0 when unknown. */
  public long frequency(String word) {
    return joinedFreq.getOrDefault(word, 0L);
  }

  /** True when any list holds the word as written. */
  public boolean isAttested(String word) {
    return joinedStrong.containsKey(word) || byJoined.containsKey(word);
  }
}
