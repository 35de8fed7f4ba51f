package ir.khabar.core.understand.events;

import ir.khabar.core.Event;
import java.util.List;
import java.util.Set;

/**
 * A meeting, talks or a visit is told with who meets or goes: a person, an office, a state, an
 * organisation, a destination, or a pronoun standing for one. A clause that names none of them
 * borrows its parties from the rest of the sentence, and those are seldom the encounter's: a
 * condition («اگر آژانس … پرداخته بود، این پرونده باید در اجلاس اخیر بسته می‌شد»), what someone
 * says of fighters («مبارزان … که آمریکا می‌گوید … به عراق رفته‌اند»), an event before («پس از آن
 * که اعضای شورای حکام … ، نشست امنیت ملی برگزار کرد»), whom a call is made to («از صلیب سرخ … خواست
 * … در جریان ملاقات با اسرا»). An agreement is often told as a thing concluded by the sentence's
 * subject («ایران و پاکستان … توافقی برای ساخت این خط لوله به امضا رساندند»), and keeps them.
 */
final class OwnParties {
  private OwnParties() {}

  private static final Set<String> STANDS_FOR =
      EventContext.folded("وی", "او", "ایشان", "خود", "خویش", "آنها", "آنان");

  /**
   * Whether the draft, read from its clause's own words {@code clauseKeys} alone, names no one: an
   * office whose holder the recogniser missed («و یا سفیر ریان کروکز دیدار کرد») is someone.
   */
  static boolean none(Draft d, List<String> clauseKeys) {
    return d.type != Event.Type.STATEMENT
        && d.type != Event.Type.AGREEMENT
        && d.actors.isEmpty()
        && d.orgs.isEmpty()
        && d.venues.isEmpty()
        && d.posted.isEmpty()
        && d.counterparts.isEmpty()
        && clauseKeys.stream().noneMatch(k -> STANDS_FOR.contains(k) || Offices.names(k));
  }
}
