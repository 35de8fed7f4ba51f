package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.core.understand.entities.Span;
import ir.khabar.persian.text.SearchFolding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An office of Iran's state named bare. Iranian news names its own state's offices without the
 * country («وزیر کشور روز چهارشنبه با یان اکلند معاون دبیرکل سازمان ملل متحد گفت و گو کرد»), so an
 * encounter told by a sentence that opens with such an office (its subject), and that names one
 * party only and not Iran, is Iran's with that party. The offices are the gazetteer's roles of
 * ministers, presidents, vice-presidents and governors written in two words at least (not «وزیر»
 * alone) and a few heads of Iran's bodies. An office the article names with another state before
 * («وزیر امور خارجه آمریکا … وزیر امور خارجه», «پاول وزیر امور خارجه … وزیر امور خارجه») is that
 * state's and stays unplaced, as does one beside a person's name (the person's country is read).
 * Only a sentence's opening is read: further in, an office may be a counterpart's or another
 * clause's (an office anywhere before the encounter word, not after a preposition, added a false
 * event on blind2).
 */
final class HomeOffices {
  private static final Set<String> KINDS =
      Set.of("minister", "deputy-minister", "president", "vice-president", "governor");

  /** Heads of Iran's own bodies, named bare in its news. */
  private static final List<String> HEADS =
      List.of(
          "ریاست جمهوری",
          "ریاست جمهور",
          "رئیس مجلس",
          "رئیس مجلس شورای اسلامی",
          "رئیس قوه قضاییه",
          "رئیس مجمع تشخیص مصلحت نظام",
          "رئیس سازمان انرژی اتمی",
          "دبیر شورای عالی امنیت ملی",
          "سخنگوی وزارت امور خارجه",
          "مقام معظم رهبری",
          "رهبر معظم انقلاب",
          "رهبر معظم انقلاب اسلامی",
          "رهبر انقلاب",
          "رهبر انقلاب اسلامی");

  /** Each office's words, joined and folded («وزیرامورخارجه»). */
  private static final Set<String> OFFICES = offices();

  private static final int LONGEST = 6;

  /** The first word of each office («وزیر», «رییسجمهور»): only there is an office looked up. */
  private static final Set<String> FIRST_WORDS = firstWords();

  private final Words words;
  private final List<Span> mentions;

  /** The word index of each bare office of Iran's in the text; read on first use. */
  private Set<Integer> bare;

  HomeOffices(Words w, List<Span> mentions) {
    this.words = w;
    this.mentions = mentions;
  }

  private Set<Integer> bare() {
    if (bare != null) {
      return bare;
    }
    bare = new HashSet<>();
    Map<Integer, Span> byWord = new HashMap<>();
    for (Span m : mentions) {
      for (int k = words.indexOf(m.start()); k <= words.indexOf(m.end() - 1); k++) {
        byWord.putIfAbsent(k, m);
      }
    }
    Set<String> foreign = new HashSet<>();
    List<String> keys = words.keys();
    for (int i = 0; i < keys.size(); i++) {
      int len = FIRST_WORDS.contains(keys.get(i)) ? officeAt(keys, i) : 0;
      if (len == 0) {
        continue;
      }
      if (ThisCountry.startsAt(keys, i + len)) {
        i += len - 1;
        continue; // «رییس جمهور این کشور»: the country named before
      }
      String office = String.join("", keys.subList(i, i + len));
      Span next = byWord.get(after(keys, i + len, byWord));
      Span before = i > 0 ? byWord.get(i - 1) : null;
      if (foreign(next) || foreign(before)) {
        foreign.add(office);
      } else if (!named(next) && !person(before) && !foreign.contains(office)) {
        bare.add(i);
      }
      i += len - 1;
    }
    return bare;
  }

  /**
   * Adds Iran to an encounter that names one party, not Iran, when its sentence opens with a bare
   * office of Iran's (the sentence's subject; a sentence's first word is {@code first}), or when
   * the office is the encounter's own, right after its word («تماس تلفنی رئیس جمهور با پوتین», «سفر
   * وزیر امور خارجه به هند»).
   */
  void resolve(Draft d, int first) {
    if (d.type != Event.Type.STATEMENT
        && Parties.count(d) == 1
        && !d.countries().contains(Parties.countryId("IR"))
        && (bare().contains(first) || agent(d, first))) {
      d.country("IR", Parties.countryName("IR"));
    }
  }

  /** Whether a reporting word of the draft's clause has a bare office of Iran's right after it. */
  private boolean agent(Draft d, int first) {
    List<String> keys = words.keys();
    for (int k = first + d.from; k < first + d.to && k < keys.size(); k++) {
      Event.Type t = EventWords.typeAt(keys, k);
      if (t == null || t == Event.Type.STATEMENT) {
        continue;
      }
      // the office follows the whole word: «تماس تلفنی», «گفت و گو» are two and three words
      int after =
          EventWords.spacedTalk(keys, k)
              ? k + 3
              : KeyFacts.of(keys, k).trigger() == null ? k + 2 : k + 1;
      if (bare().contains(after)) {
        return true;
      }
    }
    return false;
  }

  private static boolean person(Span m) {
    return m != null && m.type() == Entity.Type.PERSON;
  }

  /** A country, or a person or body serving one, at the office: named with it. */
  private static boolean named(Span m) {
    return person(m) || m != null && m.type() == Entity.Type.COUNTRY;
  }

  /**
   * Whether the mention beside an office makes it another state's: a country after it («وزیر امور
   * خارجه آمریکا»), a person of another country beside it («کالین پاول وزیر امور خارجه»), or
   * another state's body its words run into («رئیس مجلس ملی تاجیکستان» is no «رئیس مجلس» of
   * Iran's).
   */
  private static boolean foreign(Span m) {
    if (m == null) {
      return false;
    }
    String country =
        switch (m.type()) {
          case COUNTRY -> Parties.iso(m.id());
          case PERSON, ORGANISATION -> m.country();
          default -> null;
        };
    return country != null && !country.equals("IR");
  }

  /**
   * Where the office's own words end, at word {@code end} or past the rest of a compound office
   * joined by «و» («وزیر دارایی و اقتصاد ترکمنستان», «وزیر امور خارجه و همکاری‌های بین‌المللی
   * مراکش»): up to {@link #JOINED} words after «و» that name no other office, before a country.
   */
  private static int after(List<String> keys, int end, Map<Integer, Span> byWord) {
    if (end >= keys.size() || !keys.get(end).equals("و")) {
      return end;
    }
    for (int k = end + 1; k < keys.size() && k <= end + JOINED + 1; k++) {
      Span m = byWord.get(k);
      if (m != null) {
        return k > end + 1 && m.type() == Entity.Type.COUNTRY ? k : end;
      }
      if (Offices.names(keys.get(k)) || Clause.verb(keys.get(k))) {
        return end;
      }
    }
    return end;
  }

  /** How many words after «و» a compound office may run on: «و همکاری‌های بین‌المللی». */
  private static final int JOINED = 3;

  /** Honorifics written inside an office: «ریاست محترم جمهور», «وزیر محترم امور خارجه». */
  private static final Set<String> HONORIFICS = EventContext.folded("محترم", "معظم");

  /** How many words the longest office starting at word i holds (honorifics in it too), or 0. */
  private static int officeAt(List<String> keys, int i) {
    StringBuilder joined = new StringBuilder();
    int found = 0;
    for (int len = 1; len <= LONGEST && i + len <= keys.size(); len++) {
      String key = keys.get(i + len - 1);
      if (len > 1 && HONORIFICS.contains(key)) {
        continue;
      }
      joined.append(key);
      if (OFFICES.contains(joined.toString())) {
        found = len;
      }
    }
    return found;
  }

  private static Set<String> firstWords() {
    Set<String> out = new HashSet<>();
    for (String role : roles()) {
      out.add(SearchFolding.fold(role.split(" ")[0]));
    }
    return Set.copyOf(out);
  }

  private static Set<String> offices() {
    Set<String> out = new HashSet<>();
    roles().forEach(r -> out.addAll(EventContext.folded(r)));
    return Set.copyOf(out);
  }

  /**
   * The offices as written: the gazetteer's roles of {@link #KINDS} in two words, and the heads.
   */
  private static List<String> roles() {
    List<String> out = new ArrayList<>(HEADS);
    EntityRecognizer.gazetteerRows(
        "roles.tsv",
        r -> {
          String role = r[0].strip();
          if (r.length > 1 && KINDS.contains(r[1]) && role.matches(".*[ \u200c].*")) {
            out.add(role);
          }
        });
    return out;
  }
}
