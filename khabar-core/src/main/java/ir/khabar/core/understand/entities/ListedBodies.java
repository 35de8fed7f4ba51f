package ir.khabar.core.understand.entities;

import ir.khabar.core.Entity;
import java.util.List;
import java.util.Set;

/**
 * A listed body where the text names it: widened by a country or place that follows (وزارت امور
 * خارجه روسیه), a house or a term of a parliament («مجلس نمایندگان برزیل», «مجلس دهم»), or read as
 * another country's body where its short form goes on to that country («وزارت صنعت و انرژی قطر»).
 */
final class ListedBodies {
  /** A parliament's houses, named after «مجلس»: «مجلس نمایندگان برزیل», «مجلس عوام انگلیس». */
  private static final Set<String> CHAMBERS =
      Words.folded("نمایندگان", "عوام", "اعیان", "سنا", "سنای", "ملی", "موسسان");

  /**
   * A consultative assembly's word after «مجلس»: a house of the country named right after it («مجلس
   * شورای عربستان سعودی», «مجلس شورای عمان»); «مجلس شورا» alone is Iran's.
   */
  private static final Set<String> COUNCIL = Words.folded("شورا", "شورای");

  private ListedBodies() {}

  /** Whether the word at j is «شورای» with a country right after it: «مجلس شورای عمان». */
  private static boolean councilOf(Scan s, int j) {
    return COUNCIL.contains(s.key(j))
        && j + 1 < s.size()
        && s.adjacent(j)
        && s.name[j + 1] != null
        && s.name[j + 1].isCountry();
  }

  /**
   * Whether a name's word follows a head the lists give to one of Iran's bodies: «سپاه بدر», «سپاه
   * محمد» are other corps than the IRGC, as «آژانس افه» is another agency than the IAEA.
   */
  private static boolean namedOn(Scan s, int j) {
    return j < s.size()
        && s.givenName(j)
        && s.name[j] == null
        && !(j + 1 < s.size() && s.adjacent(j) && s.compound(j + 1)); // «علی رغم»
  }

  /** The listed body whose name starts at token i, as the words around it read it. */
  static void read(Scan s, int i, Entry e, List<Candidate> out) {
    int end = i + s.nameLength[i];
    if (Titles.insideLongerTitle(s, i, end)) {
      return; // «خط حزب\u200cالله», a weekly's name, is not Hezbollah
    }
    boolean house = false;
    if (end - i == 1 && end < s.size() && s.adjacent(i)) {
      // «مجلس نمایندگان», «مجلس شورای عمان»: a house of any parliament
      house = CHAMBERS.contains(s.key(end)) || councilOf(s, end);
      if (house || Words.isOrdinal(s.key(end))) {
        end++; // «مجلس دهم»: the same body, in one term
        end += termInside(s, i, end);
      }
    }
    // a head the lists give to one international body alone: «آژانس همکاری\u200cهای … ژاپن» is no
    // IAEA (Iran's bodies named by a bare head, «مجلس», «ارتش», are read as their own rules say)
    if (end - i == 1
        && s.head(i)
        && ("international".equals(e.kind()) || namedOn(s, end))
        && OrganisationName.opensOwnName(s, end)) {
      OrganisationPatterns.headed(s, i, end, out);
      return;
    }
    int widened = end;
    // «ایرنا» then a place is a dateline, not IRNA's branch
    boolean byline = "agency".equals(e.kind()) && end - i == 1;
    while (widened < s.size() && s.adjacent(widened - 1) && !byline) {
      if (OrganisationName.isPlace(s, widened)) {
        widened = OrganisationName.placeEnd(s, widened);
      } else if (OrganisationName.here(s, widened)) {
        widened++; // «آموزش و پرورش کشور»
        break;
      } else if (OrganisationPatterns.pairsAfter(s, i) && OrganisationName.andPlace(s, widened)) {
        widened++;
      } else {
        break;
      }
    }
    if (widened > end && "company".equals(e.kind()) && e.country() != null) {
      // «بوئینگ امریکا», «گازپروم روسیه»: a listed firm and its own country are the firm and it
      widened =
          e.country().equals(OrganisationPatterns.countryWithin(s, end, widened)) ? end : widened;
    }
    int from = Descriptors.start(s, i); // «گروه تروریستی داعش»
    if (widened == end && !house && anotherCountrys(s, i, end, e)) {
      out.add(
          OrganisationPatterns.pattern(s, from, longerName(s, i, end))); // «وزارت صنعت و انرژی قطر»
      return;
    }
    if (widened == end && !house) {
      out.add(
          Candidate.listed(
              from,
              Eponyms.blessing(s, end), // «کمیته امداد امام خمینی (ره)»
              e,
              Candidate.ORGANISATION,
              e.country(),
              s.gazetteer().evidence(e, s.join(i, end))));
    } else if (house) {
      // «مجلس ملی تاجیکستان»: a house of any parliament is the country's named after it, not Iran's
      out.add(
          OrganisationPatterns.pattern(
              s, from, widened, OrganisationPatterns.countryWithin(s, end, widened)));
    } else if (ownCountry(s, e, end, widened)) {
      // «وزارت امور خارجه جمهوری اسلامی ایران», «خبرگزاری جمهوری اسلامی ایران»: the listed body
      // named with its own country, in full
      out.add(
          Candidate.listed(
              from, widened, e, Candidate.ORGANISATION, e.country(), Entity.Evidence.ALIAS));
    } else {
      out.add(OrganisationPatterns.pattern(s, from, widened));
    }
  }

  /**
   * Whether the words [end, widened) after a listed body name its own country alone: the country
   * («ایران», «جمهوری اسلامی ایران») or its word («کشور», «کشورمان»), not a province of it nor two
   * countries («آموزش و پرورش ایران و ژاپن»).
   */
  private static boolean ownCountry(Scan s, Entry e, int end, int widened) {
    if (e.country() == null) {
      return false;
    }
    if (widened - end == 1 && OrganisationName.HERE.contains(s.key(end))) {
      return "IR".equals(e.country());
    }
    Entry named = s.name[end];
    return named != null
        && named.isCountry()
        && end + s.nameLength[end] == widened
        && e.country().equals(OrganisationPatterns.countryWithin(s, end, widened));
  }

  /**
   * Whether a listed body named by a head and its words goes on, as an unlisted name would, to end
   * in another country: «وزارت صنعت» is Iran's, «وزارت صنعت و انرژی قطر» Qatar's.
   */
  private static boolean anotherCountrys(Scan s, int i, int end, Entry e) {
    if ("international".equals(e.kind()) && !(end < s.size() && s.key(end).endsWith("ی"))) {
      // «سازمان ملل صرف اشغال عراق شود»: no country has a UN of its own; «شورای امنیت ملی ترکیه»,
      // a body the adjective after the short name makes another, has one
      return false;
    }
    int longer = longerName(s, i, end);
    if (longer <= end || !OrganisationName.endsWithPlace(s, end, longer)) {
      return false;
    }
    String named = OrganisationPatterns.countryWithin(s, end, longer);
    return named != null && !named.equals(e.country());
  }

  /**
   * Where the name from the head at i ends, read as an unlisted one's, or {@code end}: a head alone
   * too, as another country's «مجلس اعلای انقلاب اسلامی عراق» or «ارتش آزاد سوریه» goes on from it.
   */
  private static int longerName(Scan s, int i, int end) {
    if (end >= s.size() || !s.adjacent(end - 1) || !s.head(i)) {
      return end;
    }
    return Math.max(end, Mastheads.end(s, i, i + 1, OrganisationName.end(s, i + 1)));
  }

  /**
   * How many words after a body's term («مجلس دهم») finish its full name (شورای اسلامی): the term
   * stands inside the name, «مجلس دهم شورای اسلامی» being «مجلس شورای اسلامی» in its tenth.
   */
  private static int termInside(Scan s, int i, int end) {
    for (int rest = 1; rest <= 3 && end + rest <= s.size(); rest++) {
      if (!s.adjacent(end + rest - 2)) {
        return 0;
      }
      String whole = s.join(i, i + 1) + s.join(end, end + rest);
      Entry e = s.gazetteer().name(whole);
      if (e != null && e.id().equals(s.name[i].id())) {
        return rest;
      }
    }
    return 0;
  }
}
