package ir.khabar.core.understand.events;

import java.util.List;

/**
 * A clause with no subject of its own takes the one told before it, across a relative «که»: in
 * «نمایندگان شرکت شل که از مدتی پیش … ابراز تمایل کرده بود مذاکراتی با طرفهای ایرانی انجام
 * داده‌اند» the talks are the firm's, and in «دانشگاه «مرسین» دانشگاهی … در ترکیه است که چند سال
 * پیش با دانشگاه «پادربورن» آلمان قرارداد همکاری … منعقد کرد» the contract is the university's. A
 * firm, federation, club or university is no party (see {@link PrivateSubjects}), so the encounter
 * is none between the states the sentence names.
 */
final class RelativeSubjects {
  private RelativeSubjects() {}

  /** How many words before «که» its head may begin: «نمایندگان شرکت شل که». */
  private static final int HEAD_REACH = 3;

  /**
   * Whether the encounter's clause {@code clause} of the sentence's words {@code keys} is a private
   * body's: it opens with «که» after a clause that opens with such a body, or it follows a clause
   * ending in a relative «که» whose head is one.
   */
  static boolean privateBody(List<String> keys, Clause clause) {
    Clause before = before(keys, clause);
    if (before == null) {
      return false;
    }
    List<String> prior = keys.subList(before.from(), before.to());
    if (keys.get(clause.from()).equals("که")) {
      return PrivateSubjects.opens(prior);
    }
    int which = prior.lastIndexOf("که");
    if (which < 0) {
      return false;
    }
    for (int k = which - 1; k >= Math.max(0, which - HEAD_REACH); k--) {
      if (PrivateSubjects.body(prior.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** The clause ending where {@code clause} begins, or null. */
  private static Clause before(List<String> keys, Clause clause) {
    if (clause.from() == 0 || clause.from() >= keys.size()) {
      return null;
    }
    for (Clause c : Clause.all(keys)) {
      if (c.to() == clause.from()) {
        return c;
      }
    }
    return null;
  }
}
