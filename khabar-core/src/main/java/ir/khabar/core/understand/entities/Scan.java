package ir.khabar.core.understand.entities;

import ir.khabar.core.understand.Word;
import ir.khabar.core.understand.WordList;
import java.util.List;
import java.util.Set;

/**
 * One text being read: its tokens, and at each token the longest known name, role and honorific
 * that starts there (by token count, {@link ListedNames}), found once and shared by the patterns.
 */
final class Scan {
  final String text;
  final List<Token> tokens;
  final Entry[] name;
  final int[] nameLength;
  final String[] role;
  final int[] roleLength;
  final int[] honorificLength;

  /** Per token, its word: what every reader asks of it is kept with it. */
  private final Word[] entries;

  /** Per token, what the patterns ask of its word, found once per distinct word. */
  private final WordFacts[] words;

  /**
   * Per token, whether it is a given name (alone or with a second part), found when first asked: 0
   * not yet, 1 no, 2 yes.
   */
  private final byte[] given;

  private final byte[] vocalised;

  /** As {@link #given}: whether a token is glued to, or one common word with, the one before. */
  private final byte[] glued;

  private final byte[] compound;

  /** Per token, whether only spaces separate it from the next: asked often, found once. */
  private final boolean[] adjacent;

  private final Gazetteer gazetteer;

  Scan(String text, Gazetteer gazetteer, Word.Slot<WordFacts> slot) {
    this.text = text;
    this.gazetteer = gazetteer;
    Tokens.Read read = Tokens.read(text);
    WordFacts[] facts = facts(read.words(), slot);
    List<Token> unglued = GluedWords.split(read.tokens(), facts, gazetteer);
    this.tokens = unglued;
    this.entries =
        unglued == read.tokens()
            ? read.words()
            : GluedWords.rewords(unglued, read.tokens(), read.words());
    this.words = unglued == read.tokens() ? facts : facts(entries, slot);
    int n = tokens.size();
    name = new Entry[n];
    nameLength = new int[n];
    role = new String[n];
    roleLength = new int[n];
    honorificLength = new int[n];
    given = new byte[n];
    vocalised = new byte[n];
    glued = new byte[n];
    compound = new byte[n];
    adjacent = new boolean[n];
    for (int i = 0; i + 1 < n; i++) {
      adjacent[i] = Tokens.adjacent(text, tokens.get(i), tokens.get(i + 1));
    }
    ListedNames.read(this, words);
  }

  private static WordFacts[] facts(Word[] words, Word.Slot<WordFacts> slot) {
    WordFacts[] out = new WordFacts[words.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = words[i].get(slot);
    }
    return out;
  }

  /** The tokens' words, for the readers after the patterns. */
  WordList words() {
    return new WordList(entries);
  }

  /** Whether token i names its country as a demonym with a possessive ending (ارمنی‌اش). */
  boolean possessive(int i) {
    return name[i] != null && name[i] == words[i].possessiveDemonym;
  }

  /** Whether only a comma separates token i from the next («وزارت صنعت، معدن و تجارت»). */
  boolean commaOnly(int i) {
    return i + 1 < tokens.size() && COMMAS.contains(between(i, i + 1));
  }

  /**
   * Where a list's next item starts after the item ending at token k: past a comma alone, «و» or
   * «یا» («خوزستان، آذربایجان و خراسان», «ایران یا آذربایجان»); -1 when no item follows.
   */
  int nextListItem(int k) {
    if (k + 1 >= tokens.size()) {
      return -1;
    }
    if (commaOnly(k)) {
      return k + 1;
    }
    boolean joined =
        adjacent(k)
            && LIST_JOINERS.contains(key(k + 1))
            && k + 2 < tokens.size()
            && adjacent(k + 1);
    return joined ? k + 2 : -1;
  }

  private static final Set<String> LIST_JOINERS = Set.of("و", "یا");

  private static final List<String> COMMAS = List.of("،", ",");

  /**
   * Whether no word list holds token i (and it is no function word or verb): likely part of a name.
   */
  boolean unknown(int i) {
    return words[i].unknown && !vocalised(i);
  }

  /**
   * Whether token i is written with two vowel marks or more: a quotation in Arabic (the Quran, a
   * hadith: «فَاعْتَرَفْنَا»), never a name in Persian news, where a mark or two is a name's shadda
   * («سیّد», «اللّه») at most.
   */
  private boolean vocalised(int i) {
    if (vocalised[i] == 0) {
      int marks = 0;
      for (int c = start(i); c < end(i); c++) {
        char ch = text.charAt(c);
        marks += ch >= '\u064B' && ch <= '\u0652' && ch != '\u0651' ? 1 : 0;
      }
      vocalised[i] = (byte) (marks >= 2 ? 2 : 1);
    }
    return vocalised[i] == 2;
  }

  /** Whether token i is a number spelled out (دو, هفتادوچهار). */
  boolean number(int i) {
    return words[i].number;
  }

  /** Whether token i is a number, in digits or spelled out. */
  boolean counted(int i) {
    return Character.isDigit(key(i).charAt(0)) || number(i);
  }

  /** Whether token i is one of a club's people (سرمربی, هواداران): {@link Teams}. */
  boolean teamMember(int i) {
    return words[i].teamMember;
  }

  /** Whether token i is a word of a credit's cue (نوشته, قلم, کارگردانی): {@link Credits}. */
  boolean creditCue(int i) {
    return words[i].creditCue;
  }

  /** Whether token i is a loose kind of body (گروه, جنبش): {@link Descriptors}. */
  boolean looseKind(int i) {
    return words[i].looseKind;
  }

  /**
   * Whether token i is a head word of an organisation's name (وزارت, سازمان): {@link
   * OrganisationPatterns}.
   */
  boolean head(int i) {
    return words[i].head;
  }

  boolean startsTwoWordHead(int i) {
    return words[i].startsTwoWordHead;
  }

  /** Whether token i is a role that heads a body (مدیرکل, رئیس): {@link OrganisationPatterns}. */
  boolean headsABody(int i) {
    return words[i].headsABody;
  }

  /** Whether token i is an everyday word with an indefinite «ی» (نامه‌ای): no family name. */
  boolean everydayWithYa(int i) {
    return words[i].everydayWithYa;
  }

  /** Whether token i is a unit's word (مرکز, گروه): {@link Units}. */
  boolean unit(int i) {
    return words[i].unit;
  }

  /**
   * Whether token i is a function word, verb, time word or number, which no name runs through; or a
   * preposition glued to its noun that no list holds, unless a given name stands before it («وی
   * درادامه گفت», but «مرضیه بامیری»).
   */
  boolean breaks(int i) {
    return words[i].breaks
        || words[i].gluedUnlisted && !(i > 0 && adjacent(i - 1) && words[i - 1].givenName);
  }

  /**
   * Whether token i is the second part of the word before it, written apart: a detached ending
   * (شرکت ها، جاده ای) or the rest of a compound (سیاست گذاری، برنامه ریزی).
   */
  boolean glued(int i) {
    if (i == 0 || !adjacent(i - 1)) {
      return false;
    }
    if (glued[i] == 0) {
      glued[i] = (byte) (gluedToBefore(i) ? 2 : 1);
    }
    return glued[i] == 2;
  }

  private boolean gluedToBefore(int i) {
    return Words.isDetachedEnding(key(i))
        || !breaks(i - 1)
            && !words[i - 1].functionWord
            && (Words.isStemPart(key(i)) || joinsAsOneWord(i));
  }

  /**
   * Whether token i makes one common word with the one before (سیاست گذاری); a verb's stem too
   * (محیط زیست), but no function word or light verb (اعلام کرد).
   */
  private boolean joinsAsOneWord(int i) {
    return (!breaks(i) || !words[i].functionWord && !VerbForms.isLightVerb(key(i))) && compound(i);
  }

  /**
   * Whether token i and the one before it, joined, make one common word ({@link Words#isCompound}):
   * سیاست گذاری, هم پیمان.
   */
  boolean compound(int i) {
    if (compound[i] == 0) {
      compound[i] = (byte) (Words.isCompound(key(i - 1), key(i)) ? 2 : 1);
    }
    return compound[i] == 2;
  }

  int size() {
    return tokens.size();
  }

  /**
   * Tokens [from, to) as names are keyed, joined as {@link Gazetteer#join} joins them, from each
   * word's key found once.
   */
  String join(int from, int to) {
    if (to - from == 1) {
      return words[from].nameKey;
    }
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(words[i].nameKey);
    }
    return b.toString();
  }

  String key(int i) {
    return tokens.get(i).key();
  }

  /** Whether token i and i+1 are separated by spaces only. */
  boolean adjacent(int i) {
    return i + 1 < tokens.size() && adjacent[i];
  }

  boolean givenName(int i) {
    if (given[i] == 0) {
      given[i] = (byte) ((words[i].givenName || givenWithSecondPart(i)) && !vocalised(i) ? 2 : 1);
    }
    return given[i] == 2;
  }

  /** Second parts of a given name written apart from the first: «فضل الله», «جلال الدین». */
  static final java.util.Set<String> SECOND_PARTS = Words.folded("الله", "اله", "الدین");

  /** Whether token i is the second part of a given name written apart (فضل «الله»). */
  boolean secondPart(int i) {
    return words[i].secondPart && givenName(i);
  }

  private boolean givenWithSecondPart(int i) {
    if (words[i].secondPart) {
      return i > 0 && adjacent(i - 1) && gazetteer.isGivenName(key(i - 1) + key(i));
    }
    return i + 1 < tokens.size()
        && adjacent(i)
        && words[i + 1].secondPart
        && gazetteer.isGivenName(key(i) + key(i + 1));
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The text from token {@code from} to token {@code to} (exclusive). */
  String surface(int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  int start(int i) {
    return tokens.get(i).start();
  }

  int end(int i) {
    return tokens.get(i).end();
  }

  /** What stands between token a and token b, spaces stripped: «(», «،», or nothing. */
  String between(int a, int b) {
    return Tokens.between(text, end(a), start(b));
  }

  /** Whether the character just before token i (past spaces) is «. */
  boolean quotedFrom(int i) {
    return openedBy(i, "«");
  }

  /** Whether the character just before token i (past spaces) is one of {@code marks}. */
  boolean openedBy(int i, String marks) {
    int p = start(i) - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    return p >= 0 && marks.indexOf(text.charAt(p)) >= 0;
  }
}
