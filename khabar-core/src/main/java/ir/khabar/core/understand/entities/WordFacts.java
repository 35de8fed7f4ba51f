package ir.khabar.core.understand.entities;

/**
 * What the name readers ask of one folded word, found once per distinct word (kept with its {@link
 * ir.khabar.core.understand.Word}) and read by every pattern from the {@link Scan}: its gazetteer
 * spelling and what the gazetteer knows of it alone, and the word classes of {@link Words} a
 * pattern tests it for.
 */
final class WordFacts {
  /** The word as names are keyed ({@link Gazetteer#keyOf}). */
  final String nameKey;

  /** What the gazetteer knows of the word alone, or null. */
  final Gazetteer.Known known;

  /** The demonym the word is with a possessive ending (قرقیزستانی‌اش), or null. */
  final Entry possessiveDemonym;

  final boolean unknown;
  final boolean breaks;

  /** A preposition glued before its noun that no list holds: {@link Scan#breaks}. */
  final boolean gluedUnlisted;

  final boolean time;
  final boolean functionWord;
  final boolean givenName;
  final boolean secondPart;

  /** Whether the word is a number spelled out (دو, هفتادوچهار). */
  final boolean number;

  /** Whether the word opens one of the rarer patterns: a club's person, a credit, a loose kind. */
  final boolean teamMember;

  final boolean creditCue;
  final boolean looseKind;

  /** Whether the word heads an organisation's name, or is a role that heads a body. */
  final boolean head;

  final boolean headsABody;

  /** Whether a head written as two words may start with the word: {@link OrganisationPatterns}. */
  final boolean startsTwoWordHead;

  /** Whether the word is a unit's that may start a name: {@link Units}. */
  final boolean unit;

  /**
   * Whether the word is an everyday one with the «ی» of the indefinite or of an adjective
   * («نامه‌ای», «مذاکراتی»: {@link Words#everydayWithYa}) whose stem names no one: no family name.
   */
  final boolean everydayWithYa;

  /**
   * A function word glued before (positive length) or after (negative) the rest: {@link
   * GluedWords}.
   */
  final int cut;

  WordFacts(String key, Gazetteer gazetteer) {
    nameKey = Gazetteer.keyOf(key);
    known = gazetteer.known(nameKey);
    possessiveDemonym = possessiveDemonym(key, gazetteer);
    unknown = Words.isUnknown(key) && (gazetteer.isGivenName(key) || !VerbForms.gluedCompound(key));
    time = Words.isTime(key);
    functionWord = Words.isFunctionWord(key);
    givenName = gazetteer.isGivenName(key);
    // «درجریان», «برصلح»: a glued preposition ends a name as the spaced one does (not بهناز)
    boolean noName = !givenName && (known == null || known.name == null);
    breaks =
        Words.breaksName(key)
            || noName && (GluedPrepositions.before(key) || GluedPrepositions.after(key));
    gluedUnlisted = noName && GluedPrepositions.beforeUnlisted(key);
    secondPart = Scan.SECOND_PARTS.contains(key);
    number = PhraseStarts.number(key);
    teamMember = Teams.isMember(key);
    creditCue = Credits.isCue(key);
    looseKind = Descriptors.isLooseKind(key);
    head = OrganisationPatterns.isHead(key);
    headsABody = OrganisationPatterns.headsABody(key);
    startsTwoWordHead = OrganisationPatterns.startsTwoWordHead(key);
    unit = Units.isUnit(key);
    String stem = Words.everydayWithYa(key);
    everydayWithYa =
        stem != null && !givenName && gazetteer.name(stem) == null && !gazetteer.isGivenName(stem);
    cut = GluedWords.cut(key, unknown, gazetteer);
  }

  private static final String[] POSSESSIVE = {"اش", "شان", "ش"};

  /** «همتای قرقیزستانی‌اش»: a demonym with a possessive ending still names the country. */
  private static Entry possessiveDemonym(String key, Gazetteer gazetteer) {
    for (String ending : POSSESSIVE) {
      if (key.length() > ending.length() + 3 && key.endsWith(ending)) {
        Entry e = gazetteer.name(key.substring(0, key.length() - ending.length()));
        if (e != null && e.kind().equals("demonym")) {
          return e;
        }
      }
    }
    return null;
  }
}
