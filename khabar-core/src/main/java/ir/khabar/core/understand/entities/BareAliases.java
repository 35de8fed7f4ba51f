package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.persian.lexicon.Lexicon;
import java.util.List;
import java.util.Set;

/**
 * A listed person named by one word alone (منتظری, ظریف, زنگنه) is that person only on evidence,
 * for the same word is often someone else's family name or an everyday word: «متکی به» is "relying
 * on", «الیاف ظریف» "fine fibres", and on a sports page «واعظی» is a player. Evidence is the person
 * named in full or with a role somewhere in the text, a title right before the word, or an office
 * of the kind they hold named in the text (a minister's family name where a minister is spoken of).
 * Someone else named in full with that family name takes the word ({@link Coreference}).
 *
 * <p>Without evidence, an Iranian's family name that is also an everyday word (an adjective of the
 * lists, or a word in «ی» made from a common word: منتظری, ولایتی, همتی) is the listed person only
 * where a name stands (opening a clause, after a preposition or «سفر», «دیدار»); right before a
 * verb of saying it is a person but not the listed one («منتظری افزود» of a road official); after
 * any other word it is no name at all. Persian family names are mostly made from Persian words; a
 * foreign name in Persian letters (صدام, هیتلر) seldom is one, though the lists may tag it an
 * adjective. On a sports page any family name alone stays an unlisted person.
 */
final class BareAliases {
  private static final Lexicon LEXICON = Lexicon.get();

  /** How often a word's base is seen, at least, for the word in «ی» to be everyday (منتظر). */
  private static final long COMMON_BASE = 1_000_000L;

  private BareAliases() {}

  static void check(Scan s, List<Candidate> chosen) {
    Boolean sports = null; // read only when a family name alone asks, and then once
    for (int x = chosen.size() - 1; x >= 0; x--) {
      Candidate c = chosen.get(x);
      if (!bare(c)
          || namedOtherwise(chosen, c.id())
          || familyOfAnother(s, chosen, c)
          || Coreference.titled(s, c.from())
          || ListedOffices.inText(s, c.id())) {
        continue;
      }
      if (c.from() > 0 && s.counted(c.from() - 1)) {
        chosen.remove(x); // «۸۲۶ مگاواتی»: a measure, no one is counted so
      } else if ("IR".equals(c.country()) && everyday(s.join(c.from(), c.to()))) {
        if (speechAfter(s, c.to())) {
          chosen.set(x, unlisted(s, c));
        } else if (!nameSlot(s, c.from()) || infinitiveAfter(s, c.to())) {
          chosen.remove(x); // «با توجه به ظریف بودن …»: a quality, whatever stands before it
        }
      } else if (familyNameAlone(s, c)
          && (sports != null ? sports : (sports = SportsPages.sports(s)))) {
        chosen.set(x, unlisted(s, c));
      }
    }
  }

  /** A listed person's mention by one of their other writings, with no role beside it. */
  private static boolean bare(Candidate c) {
    return c.type() == Entity.Type.PERSON
        && c.evidence() == Entity.Evidence.ALIAS
        && c.role() == null;
  }

  /**
   * An adjective of the lists (ظریف, متکی), or a word in «ی» whose base is a common word (منتظر+ی,
   * ولایت+ی, همت+ی): what the word most often means in running text.
   */
  static boolean everyday(String key) {
    return LEXICON.isAdjective(key) || EverydayNames.madeFrom(key, COMMON_BASE);
  }

  /**
   * Words a name follows and a describing word does not: prepositions, «اما», and the nouns news
   * puts before the person who acts or holds («سفر متکی», «دیدار ظریف», «دولت مصدق»).
   */
  private static final Set<String> BEFORE_NAMES =
      Words.folded(
          "با",
          "از",
          "به",
          "برای",
          "علیه",
          "توسط",
          "نزد",
          "همراه",
          "میان",
          "بین",
          "اما",
          "ولی",
          "سفر",
          "دیدار",
          "ملاقات",
          "گفتگوی",
          "گفتگو",
          "گفت\u200cوگوی",
          "گفت\u200cوگو",
          "مذاکره",
          "مذاکرات",
          "رایزنی",
          "سخنان",
          "اظهارات",
          "مواضع",
          "پیام",
          "نامه",
          "دعوت",
          "حضور",
          "استعفای",
          "انتخاب",
          "عزل",
          "دولت",
          "رژیم",
          "حکومت",
          "دفتر",
          "حکم",
          "نظر",
          "گفته",
          "تماس");

  /**
   * «با ظریف», «ظریف در مسکو …», «سفر متکی»: the word opens a sentence or clause, or follows a word
   * names follow, where a name stands; after another noun or an adverb («الیاف ظریف», «بسیار ظریف»,
   * «سوخت فسیلی متکی»), or after «و» and «که», which join describing words too («حساس و ظریف», «که
   * متکی بر»), it describes what comes before.
   */
  static boolean nameSlot(Scan s, int i) {
    if (Speakers.startsSentence(s, i)
        || BEFORE_NAMES.contains(s.key(i - 1))
        || i >= 2 && Words.isTalkHalf(s.key(i - 2), s.key(i - 1))) { // «گفت وگوی ظریف»
      return true;
    }
    String between = s.between(i - 1, i);
    return between.contains("،") || between.contains(":") || between.contains("«");
  }

  private static Candidate unlisted(Scan s, Candidate c) {
    return Candidate.read(s, c.from(), c.to(), Entity.Type.PERSON, "person", c.priority());
  }

  /** «منتظری افزود»: a verb of saying right after the word. */
  /** Infinitives that make the word before them a quality or a thing: «ظریف بودن», «همت کردن». */
  private static final Set<String> INFINITIVES =
      Words.folded("بودن", "شدن", "کردن", "نمودن", "ساختن", "داشتن");

  private static boolean infinitiveAfter(Scan s, int j) {
    return j < s.size() && s.adjacent(j - 1) && INFINITIVES.contains(s.key(j));
  }

  static boolean speechAfter(Scan s, int j) {
    return j < s.size() && s.adjacent(j - 1) && PersonPatterns.SPEECH.contains(s.key(j));
  }

  /** Whether the mention is the last word of the listed name alone (بولتون of جان بولتون). */
  private static boolean familyNameAlone(Scan s, Candidate c) {
    List<Token> words = Tokens.of(c.name());
    return words.size() > 1
        && s.join(c.from(), c.to()).equals(Gazetteer.keyOf(words.get(words.size() - 1).key()));
  }

  /**
   * Whether someone else named in full has this family name («علی جنتی … استعفای جنتی»): the word
   * is left for {@link Coreference} to give to them.
   */
  private static boolean familyOfAnother(Scan s, List<Candidate> chosen, Candidate c) {
    String key = s.join(c.from(), c.to());
    for (Candidate d : chosen) {
      if (d.type() == Entity.Type.PERSON
          && d.length() >= 2
          && !d.id().equals(c.id())
          && s.join(d.to() - 1, d.to()).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text names the person by more than a writing of theirs alone somewhere. */
  private static boolean namedOtherwise(List<Candidate> chosen, String id) {
    for (Candidate c : chosen) {
      if (c.id().equals(id) && c.evidence() != Entity.Evidence.ALIAS) {
        return true;
      }
    }
    return false;
  }
}
