package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import ir.khabar.core.understand.Word;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds people, countries, places and organisations in Persian news text. Known names come from the
 * gazetteer; organisations and people it does not know are read from their surroundings (head
 * words, roles, honorifics, given names). Where two readings overlap the longer wins, then the more
 * trusted. Later mentions by family name, and «وی» or «او», are resolved to the person named before
 * them.
 */
public final class EntityRecognizer {
  private static final EntityRecognizer INSTANCE = new EntityRecognizer(Gazetteer.load());
  private final Gazetteer gazetteer;
  private final ClubNames clubNames;

  /** What the patterns ask of each word, found once per distinct word. */
  private final Word.Slot<WordFacts> facts;

  private EntityRecognizer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.clubNames = ClubNames.load(gazetteer);
    this.facts = new Word.Slot<>(key -> new WordFacts(key, gazetteer));
  }

  public static EntityRecognizer get() {
    return INSTANCE;
  }

  /**
   * A text as read: its mentions, and its words (folded) with where each starts, for the stages
   * that read it further (events) without folding it again.
   */
  public record Reading(List<Span> mentions, List<String> keys, int[] starts) {}

  /**
   * Every mention in the text, in order: names, and the demonyms, «کشورمان» and pronouns that
   * refer.
   */
  public List<Span> mentions(String text) {
    return read(text).mentions();
  }

  public Reading read(String text) {
    Scan s = new Scan(text, gazetteer, facts);
    List<Candidate> candidates = new ArrayList<>();
    known(s, candidates);
    OrganisationPatterns.find(s, candidates);
    Sources.find(s, candidates);
    PlacePatterns.find(s, candidates);
    SiblingPlaces.find(s, candidates); // «خراسان رضوی، جنوبی و شمالی»
    CounterpartNames.find(s, candidates); // before the patterns that read the same name bare
    PersonPatterns.find(s, candidates);
    Speakers.find(s, candidates);
    NamedAs.find(s, candidates);
    Contestants.find(s, candidates);
    Teams.find(s, candidates);
    Credits.find(s, candidates);
    CountedHeads.drop(s, candidates);
    KinNouns.drop(s, candidates);
    List<Candidate> chosen = resolve(candidates);
    CountryFamilyNames.resolve(s, chosen);
    SharedPlaceNames.resolve(s, chosen); // «خطه آذربایجان»: the region, not the country
    NameLists.extend(s, chosen);
    clubNames.find(s, chosen); // before the article's own clubs: bare «استقلال» is Tehran's
    Teams.extend(s, chosen);
    Roles.attach(s, chosen);
    BareAliases.check(s, chosen);
    SharedFamilyNames.find(s, chosen);
    Glosses.add(s, chosen);
    Coreference.resolve(s, chosen);
    HolyNames.widen(s, chosen);
    chosen.sort(Comparator.comparingInt(Candidate::from));
    int[] starts = new int[s.size()];
    for (int i = 0; i < s.size(); i++) {
      starts[i] = s.start(i);
    }
    return new Reading(chosen.stream().map(c -> c.toSpan(s)).toList(), s.words(), starts);
  }

  /**
   * The canonical id a reader means by a name (ظریف, روسیه, وزارت امور خارجه), or the id itself
   * when given one (country-ru). A name nobody knows gets the id its words would give it in an
   * article.
   */
  public String resolve(String nameOrId, Entity.Type type) {
    String s = nameOrId.strip();
    if (s.matches("(country|capital|person|org|city|province|place)-.+")
        || s.matches("[a-z0-9]+(-[a-z0-9]+)+")) {
      return s;
    }
    String known = known(s, type);
    if (known == null && LatinNames.hasLatin(s)) {
      // An English name (Russia, zarif): what its Persian writings name.
      for (LatinNames.Naming n : LatinNames.get().lookup(s)) {
        known = known == null ? known(n.persian(), type) : known;
      }
    }
    if (known != null) {
      return known;
    }
    String words = String.join("-", Tokens.of(s).stream().map(Token::key).toList());
    return switch (type) {
      case PERSON -> "person-" + words.replace("-", "");
      case ORGANISATION -> "org-" + words.replace("-", "");
      default -> "unknown-" + words;
    };
  }

  /** The id of the first entity of this type the text names, or null. */
  private String known(String text, Entity.Type type) {
    for (Span m : mentions(text)) {
      if (m.type() == type || type == Entity.Type.PLACE && m.type() == Entity.Type.COUNTRY) {
        return m.id();
      }
    }
    return null;
  }

  /** What the patterns ask of a word, kept with the word. */
  Word.Slot<WordFacts> facts() {
    return facts;
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The canonical name of a listed entity by its id (capital-ru → مسکو), or null. */
  public String nameOf(String id) {
    Entry e = gazetteer.entry(id);
    return e == null ? null : e.name();
  }

  /**
   * The ISO code of the country a listed entity lies in or belongs to (city-isfahan → IR), or null.
   */
  public String countryOf(String id) {
    Entry e = gazetteer.entry(id);
    return e == null ? null : e.country();
  }

  /**
   * Reads the rows of one of the gazetteer's files (people.tsv …), comments and blanks left out.
   */
  public static void gazetteerRows(String file, Consumer<String[]> row) {
    Gazetteer.rows(file, row);
  }

  /** The Persian name of a country by its ISO code (IR → ایران). */
  public String countryName(String iso) {
    return gazetteer.countryName(iso.toUpperCase(Locale.ROOT));
  }

  /** Whether a folded word is two given names written as one (محمدجواد, علیرضا, سعیدرضا). */
  public boolean twoGivenNames(String key) {
    return gazetteer.isJoinedGivenNames(key);
  }

  /** The names only: the spans a reader would mark. */
  public List<Span> names(String text) {
    return mentions(text).stream().filter(Span::isName).toList();
  }

  /**
   * The entities behind these mentions, with how often each is mentioned, the most mentioned first.
   */
  public static List<Entity> entities(List<Span> mentions) {
    Map<String, int[]> counts = new HashMap<>();
    Map<String, Span> first = new LinkedHashMap<>();
    Map<String, String> roles = new HashMap<>();
    Map<String, Entity.Evidence> evidence = new HashMap<>();
    for (Span m : mentions) {
      evidence.merge(m.id(), m.evidence(), Entity.Evidence::or);
      counts.computeIfAbsent(m.id(), k -> new int[1])[0]++;
      first.putIfAbsent(m.id(), m);
      if (m.role() != null) {
        roles.putIfAbsent(m.id(), m.role());
      }
    }
    List<Entity> out = new ArrayList<>();
    first.forEach(
        (id, m) ->
            out.add(
                new Entity(
                    m.type(), id, m.name(), counts.get(id)[0], roles.get(id), evidence.get(id))));
    out.sort(Comparator.comparingInt(Entity::mentions).reversed());
    return out;
  }

  private static void known(Scan s, List<Candidate> out) {
    for (int i = 0; i < s.size(); i++) {
      Entry e = s.name[i];
      if (e == null
          || e.type() == Entity.Type.ORGANISATION
          || PlaceEvidence.isCommonWord(s, i)
          || WordPlaces.isWord(s, i)) {
        continue;
      }
      int priority =
          switch (e.type()) {
            case PERSON -> Candidate.KNOWN_PERSON;
            case COUNTRY -> e.isCountryWord() ? Candidate.COUNTRY_WORD : Candidate.PLACE;
            default -> Candidate.PLACE;
          };
      int from = i;
      if (e.type() == Entity.Type.PERSON
          && s.honorificLength[i] > 0
          && s.honorificLength[i] < s.nameLength[i]
          && !FamilyNameShapes.partApart(s.key(i + s.honorificLength[i]))) {
        // «امام خمینی»: the title stays outside the name; «حاجی زاده» is a family name
        from = i + s.honorificLength[i];
      } else if (e.type() != Entity.Type.PERSON) {
        from = PlaceStart.of(s, i, e);
      }
      int to = i + s.nameLength[i];
      if (OtherBearers.givenBefore(s, from, e)) {
        out.add(
            Candidate.read(s, from - 1, to, Entity.Type.PERSON, "person", Candidate.PATTERN_PERSON)
                .withEvidence(Entity.Evidence.GIVEN_AND_FAMILY));
        continue;
      }
      out.add(
          Candidate.listed(
              from,
              to,
              e,
              priority,
              e.type() == Entity.Type.PERSON ? e.country() : null,
              s.gazetteer().evidence(e, s.join(from, to))));
    }
  }

  /**
   * Keeps the longest, then most trusted, of overlapping candidates. The chosen never overlap, so
   * the words they cover say whether another overlaps one (linear in the text, not in candidates
   * squared).
   */
  private static List<Candidate> resolve(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(
        Comparator.comparingInt(Candidate::length)
            .reversed()
            .thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
            .thenComparing(c -> c.evidence() == Entity.Evidence.PATTERN) // a listed name first
            .thenComparingInt(Candidate::from));
    List<Candidate> chosen = new ArrayList<>();
    BitSet taken = new BitSet();
    for (Candidate c : sorted) {
      if (free(taken, c)) {
        chosen.add(c);
        taken.set(c.from(), c.to());
      }
    }
    return chosen;
  }

  private static boolean free(BitSet taken, Candidate c) {
    int next = taken.nextSetBit(c.from());
    return next < 0 || next >= c.to();
  }
}
