package ir.khabar.core.understand.events;

import ir.khabar.core.Entity;
import ir.khabar.core.Event;
import ir.khabar.core.understand.entities.EntityRecognizer;
import ir.khabar.core.understand.entities.Span;
import ir.khabar.persian.text.SearchFolding;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who takes part in an encounter, from the mentions of its clause. People act for the country they
 * serve; a country named is a party unless it is where («در X»), what the event is about, or a
 * firm's, team's or people's country («خطوط هوایی سنگاپور»); a capital stands for its country
 * («میان تهران و کاراکاس»), and a visit's destination capital only when the encounter lacks a
 * second country (else it is where others met), a route («از طریق قاهره») never; an office of an
 * Iranian province or town brings Iran («استاندار اصفهان»); an international organisation named in
 * the clause is a party, unless after «در». An encounter needs two parties: two countries, a
 * country and an international organisation.
 */
final class Parties {
  /** Words before an organisation that make one of its people act: «رئیس سازمان … ایران». */
  private static final Set<String> ACTING_FOR =
      EventContext.folded(
          "رئیس",
          "رییس",
          "وزیر",
          "معاون",
          "سخنگوی",
          "نماینده",
          "نمایندگان",
          "هیئت",
          "هیات",
          "سفیر",
          "مدیرعامل",
          "دبیرکل",
          "فرمانده",
          "مقامات",
          "مدیرکل",
          "بازرسان",
          "مقام",
          "کارشناسان",
          "سران",
          "رهبران",
          "وزرای",
          "نمایندگان");

  /** Words before an international organisation that make it a party: «با آژانس». */
  private static final Set<String> BESIDE = EventContext.folded("با", "و", "میان", "بین");

  private static final Set<String> MEDIA_HEADS =
      EventContext.folded("خبرگزاری", "روزنامه", "شبکه", "رادیو", "تلویزیون", "پایگاه", "نشریه");

  /** Offices of an Iranian province or town: «استاندار اصفهان» acts for Iran. */
  private static final Set<String> LOCAL_OFFICE =
      EventContext.folded(
          "استاندار", "استانداری", "فرماندار", "فرمانداری", "شهردار", "شهرداری", "امامجمعه");

  /** Things named after the city where they were made: «توافقنامه پاریس», «پیمان ورشو». */
  private static final Set<String> NAMED_AFTER =
      EventContext.folded(
          "توافق",
          "توافقنامه",
          "قرارداد",
          "پیمان",
          "معاهده",
          "بیانیه",
          "اعلامیه",
          "کنوانسیون",
          "پروتکل",
          "کنفرانس",
          "روند",
          "فرایند",
          "گروه",
          "توافقات",
          "مذاکرات",
          "اجلاس",
          "نشست");

  /** Agreements whose other party is the IAEA: the Additional Protocol, safeguards. */
  private static final Set<String> WITH_IAEA = EventContext.folded("الحاقی", "پادمان");

  private Parties() {}

  /** Whether a country after this word is no state acting: «مردم این کشور», «شرکت‌های کره‌ای». */
  static boolean notState(String keyBefore) {
    return NotStateHeads.of(keyBefore);
  }

  /** Reads one mention into the draft; {@code aboutOnly}: it stands where the topic is told. */
  static void read(Draft d, Words w, Span m, boolean aboutOnly) {
    if (NonParties.of(w, m)) {
      return; // a mediator's, a descent, a firm's: «از طریق میانجی آلمانی»
    }
    if (EventPlace.via(w, m)) {
      return; // «از طریق قاهره»: a route, no party
    }
    if (EventPlace.printed(w, m)) {
      return; // «الشرق الاوسط چاپ لندن»: where a paper is printed
    }
    if (d.type != Event.Type.VISIT && EventPlace.tripInTime(w, m)) {
      return; // «در دیدار با اسپکتر قبل از سفر به سوریه»: the trip dates the meeting
    }
    switch (m.type()) {
      case PERSON -> person(d, m, NonParties.firmsOfficer(w, m));
      case COUNTRY -> {
        if (!aboutOnly && EventPlace.posted(w, m)) {
          d.posted.add(m.id());
        } else if (!aboutOnly
            && !EventPlace.at(w, m)
            && !desk(w, m)
            && !NotStateHeads.governs(w, m.start())
            && !(dated(w, m) && NAMED_AFTER.contains(nameHead(w, m)))) {
          d.actors.putIfAbsent(m.id(), new Event.Actor(m.id(), m.name(), m.type()));
          if (m.kind().equals("demonym")) {
            d.byRole.add(iso(m.id()));
          }
        }
      }
      case ORGANISATION -> organisation(d, w, m, aboutOnly);
      case PLACE -> place(d, w, m, aboutOnly);
    }
  }

  /**
   * Whether a country names a ministry's desk: «مدیرکل آمریکای وزارت امور خارجه» is an Iranian
   * official, not the United States.
   */
  private static boolean desk(Words w, Span m) {
    return STATE_BODIES.contains(w.keyAfter(m.end()));
  }

  private static void person(Draft d, Span m, boolean firms) {
    d.actors.putIfAbsent(m.id(), new Event.Actor(m.id(), m.name(), m.type()));
    String org = OrgPeople.of(m.id());
    if (firms) {
      d.personCountry.putIfAbsent(m.id(), ""); // «آلکسی میلر مدیرعامل شرکت گازپروم»
    } else if (org != null) {
      // ElBaradei acts for the IAEA, not for Egypt.
      organisation(d, org);
      d.personCountry.put(m.id(), org);
    } else if (m.country() != null) {
      // A minister acts for a country: «وزیر امور خارجه روسیه لاوروف» brings Russia.
      d.country(m.country(), countryName(m.country()));
      d.personCountry.put(m.id(), m.country());
    } else {
      d.personCountry.putIfAbsent(m.id(), "");
    }
  }

  private static void organisation(Draft d, Words w, Span m, boolean aboutOnly) {
    if (!aboutOnly && JointBodies.read(d, m)) {
      return;
    }
    if (aboutOnly
        || m.kind().equals("agency")
        || m.kind().equals("party")
        || m.kind().equals("club")) {
      return; // a party, movement («حزب‌الله لبنان», «پ‌ک‌ک») or club is no state
    }
    String before = w.keyBefore(m.start());
    if (m.kind().equals("international") || InternationalNames.named(m)) {
      // A party wherever its clause names it, but not where something happens: «عضویت در شورای
      // امنیت».
      if (!before.equals("در")) {
        d.orgs.putIfAbsent(m.id(), new Event.Actor(m.id(), m.name(), m.type()));
      }
    } else if (m.country() != null
        && !NonParties.firmNamed(w, m)
        && (ACTING_FOR.contains(before) || actingHead(w, m) || agreement(d, w, m))) {
      d.country(m.country(), countryName(m.country()));
      d.byRole.add(m.country());
    }
  }

  /**
   * Whether the organisation's own head makes it act for its state: «رئیس سازمان …», or a ministry
   * or a house of parliament that writes its state's name («مذاکرات کنونی وزارت امور خارجه آمریکا
   * با ایران», «رایزنی … سنای تاجیکستان»), which is the state acting; a bare «وزارت امور خارجه» may
   * be another state's the text told before.
   */
  private static boolean actingHead(Words w, Span m) {
    String head = w.keys().get(w.indexOf(m.start()));
    return ACTING_FOR.contains(head) || STATE_BODIES.contains(head) && namesState(m);
  }

  private static boolean namesState(Span m) {
    String name = countryName(m.country());
    return name != null && joined(m.text()).contains(joined(name));
  }

  /** A name folded with its spaces and half-spaces taken out: «وزارتامورخارجه». */
  static String joined(String s) {
    return SearchFolding.fold(s).replace(" ", "").replace("\u200c", "");
  }

  /** Heads of a state's own bodies, a ministry or a house, that act for it when they name it. */
  private static final Set<String> STATE_BODIES =
      EventContext.folded("وزارت", "وزارتخانه", "مجلس", "پارلمان", "سنای");

  /**
   * Organisations sign agreements; a paper's name in one is no party, nor a firm's ({@link
   * NonParties#firmNamed}: «گوگل … توافقنامه‌ای را با دولت چین امضا کرد»).
   */
  private static boolean agreement(Draft d, Words w, Span m) {
    String head = w.keys().get(w.indexOf(m.start()));
    return d.type == Event.Type.AGREEMENT && !MEDIA_HEADS.contains(head);
  }

  private static void place(Draft d, Words w, Span m, boolean aboutOnly) {
    String iso = EntityRecognizer.get().countryOf(m.id());
    if (m.kind().equals("capital")) {
      if (NAMED_AFTER.contains(nameHead(w, m)) || EventPlace.heldIn(w, m)) {
        return; // «توافقنامه پاریس» is an agreement's name, «ملاقات آنکارا» a meeting's place
      }
      if (NotStateHeads.of(w.keyBefore(m.start()))) {
        return; // «بورس‌های لوکزامبورگ و لندن»: a city's market or firm, as a country's is
      }
      if (w.keyBefore(m.start()).equals("ترک")) {
        return; // «پس از ترک ابوظبی … راهی بروکسل شد»: where the visitor was, no party
      }
      if (EventPlace.destination(w, m)) {
        d.venues.add(iso(m.id()));
      } else if (!aboutOnly && EventPlace.posted(w, m)) {
        d.posted.add(countryId(iso(m.id())));
      } else if (!aboutOnly && d.type == Event.Type.VISIT && EventPlace.at(w, m)) {
        // «در چارچوب یک سفر منطقه‌ای در ابوظبی بود»: where a visitor is, when no other is named
        d.posted.add(countryId(iso(m.id())));
      } else if (!aboutOnly && !EventPlace.at(w, m)) {
        d.country(iso(m.id()), countryName(iso(m.id())));
      }
    } else if ("IR".equals(iso) && !aboutOnly && LOCAL_OFFICE.contains(local(w, m))) {
      d.country("IR", countryName("IR"));
    }
  }

  /**
   * The word a place may be named after, past a year: «توافقنامه ۱۹۷۵ الجزایر» is the Algiers
   * accord, no party (a country right after an agreement's word is one of its sides).
   */
  private static String nameHead(Words w, Span m) {
    int i = w.indexOf(m.start()) - 1;
    while (i > 0 && year(w.keys().get(i))) {
      i--;
    }
    return i < 0 ? "" : w.keys().get(i);
  }

  /** Whether a year stands right before the mention: «توافقنامه ۱۹۷۵ الجزایر». */
  private static boolean dated(Words w, Span m) {
    int i = w.indexOf(m.start()) - 1;
    return i >= 0 && year(w.keys().get(i));
  }

  private static boolean year(String key) {
    return !key.isEmpty() && key.chars().allMatch(Character::isDigit);
  }

  /** The word before a place, joined with the one before it when that makes «امام جمعه». */
  private static String local(Words w, Span m) {
    int i = w.indexOf(m.start());
    String one = i > 0 ? w.keys().get(i - 1) : "";
    return i > 1 && one.equals("جمعه") ? w.keys().get(i - 2) + one : one;
  }

  /**
   * The organisations a clause's words make parties: Europe as a whole is the EU («با اروپا»، «طرف
   * اروپایی»، «مقامات اروپایی»، «و اروپایی‌ها»); an agreement that can only be with the IAEA
   * («پروتکل الحاقی»، «پادمان»).
   */
  static void implied(Draft d, List<String> clauseKeys) {
    if (d.type == Event.Type.AGREEMENT && clauseKeys.stream().anyMatch(WITH_IAEA::contains)) {
      organisation(d, "org-iaea");
    }
    for (int k = 1; k < clauseKeys.size(); k++) {
      String before = clauseKeys.get(k - 1);
      if (EUROPE.contains(clauseKeys.get(k))
          && (BESIDE.contains(before) || COUNTERPART.contains(before))) {
        organisation(d, "org-eu");
      }
    }
  }

  private static final Set<String> EUROPE =
      EventContext.folded("اروپا", "اروپایی", "اروپاییها", "اروپایی\u200cها", "اروپاییان");

  private static final Set<String> COUNTERPART =
      EventContext.folded(
          "طرف",
          "طرفهای",
          "طرف\u200cهای",
          "همتایان",
          "شرکای",
          "مقامات",
          "مقام\u200cهای",
          "مسئولان",
          "مسئولین",
          "دیپلمات\u200cهای",
          "دیپلماتهای",
          "کشورهای");

  /** Adds a listed organisation by its id. */
  private static void organisation(Draft d, String id) {
    String name = EntityRecognizer.get().nameOf(id);
    if (name != null) {
      d.orgs.putIfAbsent(id, new Event.Actor(id, name, Entity.Type.ORGANISATION));
    }
  }

  /**
   * The destination capitals' countries join an encounter that names fewer than two countries:
   * «ظریف به مسکو سفر کرد» is a visit to Russia, «پوتین برای دیدار بوش به پکن رفت» is in Beijing.
   */
  static void venues(Draft d) {
    if (d.type == Event.Type.VISIT || d.countries().size() < 2) {
      d.venues.forEach(iso -> d.country(iso, countryName(iso)));
    }
  }

  /**
   * The country an envoy is posted to, or a visitor stays in, joins an encounter that lacks a
   * second party: «سفیر ژاپن در ایران وارد ارومیه شد» is Japan's with Iran; «با خلیل‌زاد سفیر
   * آمریکا در افغانستان» is not Afghanistan's.
   */
  static void posted(Draft d) {
    if (count(d) < 2) {
      d.posted.forEach(id -> d.country(iso(id), countryName(iso(id))));
    }
  }

  /**
   * How many parties an encounter has: its countries and international organisations. A person of
   * no known country is none: a private person, or one the text does not place. Two officials of
   * one country meeting are one party: «خرازی شخصا به دیدار مهدی کروبی آمد» is domestic politics,
   * no encounter between states (every event gold counts none such).
   */
  static int count(Draft d) {
    return d.countries().size() + d.orgs.size();
  }

  /** The id of the country with ISO code {@code iso} («country-ir»). */
  static String countryId(String iso) {
    return "country-" + iso.toLowerCase(Locale.ROOT);
  }

  static String iso(String id) {
    return id.substring(id.indexOf('-') + 1).toUpperCase(Locale.ROOT);
  }

  static String countryName(String iso) {
    return EntityRecognizer.get().countryName(iso);
  }
}
