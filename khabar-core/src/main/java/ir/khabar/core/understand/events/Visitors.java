package ir.khabar.core.understand.events;

import ir.khabar.core.Event;
import java.util.List;

/**
 * A visit is someone's: a person named, or an office or delegation acting for a state («هیات
 * بلندپایه شورای حکومتی عراق راهی ایران شد»). Trucks entering a country («دو کامیون که از افغانستان
 * وارد پاکستان می‌شدند»), an exhibition of travel, a country's exports told with «سفر» name no
 * visitor, and no visit.
 */
final class Visitors {
  private Visitors() {}

  /**
   * Whether a visit names no visitor in {@code keys}, its sentence's words up to its clause's end:
   * the visitor of a clause after «و» may be the subject before it («نخست وزیر موقت عراق … دیدن
   * کرده است و امروز نیز سفر … به لبنان را آغاز کرد»). In a clause said, from the word {@code said}
   * on (or -1), an office in the framing words is the speaker's, no visitor.
   */
  static boolean none(Draft d, List<String> keys, int said) {
    List<String> own =
        said >= 0 && said <= d.from && !firstPerson(keys) ? keys.subList(said, keys.size()) : keys;
    return d.type == Event.Type.VISIT
        && (!d.hasPerson() || privateOnly(d))
        && own.stream().noneMatch(Offices::names);
  }

  /**
   * Whether the clause's verb, the last of {@code keys}, is in the first person: the speaker is the
   * visitor («گفت: در سفری که به روسیه داشتم …»), not someone the saying names («معاون وزیر خارجه
   * ادامه داد: در همین نوروز تعداد زیادی از ایرانیان به باکو سفر کردند»).
   */
  private static boolean firstPerson(List<String> keys) {
    return !keys.isEmpty() && keys.get(keys.size() - 1).endsWith("م");
  }

  /**
   * Whether the people the visit names serve no state or organisation the lists know, and no
   * organisation takes part: a pilgrim («جسد این جوان ایلامی که یونس محمدیاری نام داشته و به قصد
   * زیارت عتبات عالیات راهی عراق شده بود»); «گروهی از سازمان بهداشت جهانی با سفر به کشورمان», told
   * by an official the lists do not know, stays.
   */
  private static boolean privateOnly(Draft d) {
    return d.orgs.isEmpty() && d.personCountry.values().stream().allMatch(String::isEmpty);
  }
}
