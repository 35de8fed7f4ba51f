package ir.khabar.app.web;

import ir.khabar.app.store.CommentStore;
import ir.khabar.app.web.view.Fa;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * A reader's comment on its way in: checked (a name or "ناشناس", a well-formed email, a text within
 * the length limit), limited per address, and stored as pending for a moderator. Refusals are in
 * Persian.
 */
final class CommentIntake {
  static final int MAX_TEXT = 2000;
  static final int MAX_NAME = 80;
  static final String BAD_EMAIL = "آدرس ایمیل خود را با فرمت مناسب وارد نمایید.";
  static final String EMPTY_TEXT = "متن نظر را بنویسید؛ نظر خالی فرستاده نمی\u200cشود.";
  private static final String ANONYMOUS = "ناشناس";
  private final CommentStore store;
  private final Clock clock;
  private final int perWindow;
  private final Duration window;

  CommentIntake(CommentStore store, Clock clock, int perWindow, Duration window) {
    this.store = store;
    this.clock = clock;
    this.perWindow = perWindow;
    this.window = window;
  }

  /**
   * What a reader sent, cleaned. A text or name far over its limit is refused without being read
   * further ({@code oversized}): its length alone decides.
   */
  record Submission(String name, String email, String text, boolean oversized) {
    Submission(String name, String email, String text) {
      this(
          clean(cap(name, MAX_NAME * 4)),
          email == null ? "" : cap(email, 1000).strip(),
          clean(cap(text, MAX_TEXT * 4)),
          length(name) > MAX_NAME * 4 || length(text) > MAX_TEXT * 4);
    }
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }

  /** Longer than the limit stays longer (so it is refused), but no longer than needed to say so. */
  private static String cap(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  /** The outcome: stored (with its id), or refused with an HTTP status and the reasons. */
  record Outcome(long id, int status, List<String> errors) {
    boolean held() {
      return errors.isEmpty();
    }
  }

  Outcome submit(String articleId, Submission s, String address) {
    List<String> errors = problems(s);
    return errors.isEmpty() ? accept(articleId, s, address) : new Outcome(0, 400, errors);
  }

  /**
   * Checks the address's recent count and stores in one step, so a burst cannot slip past the
   * limit.
   */
  private synchronized Outcome accept(String articleId, Submission s, String address) {
    Instant now = clock.instant();
    if (store.submittedSince(address, now.minus(window)) >= perWindow) {
      return new Outcome(0, 429, List.of(limitReached(window, perWindow, "نظر")));
    }
    String name = s.name().isEmpty() ? ANONYMOUS : s.name();
    return new Outcome(
        store.submit(articleId, name, s.email(), s.text(), address, now), 202, List.of());
  }

  /** The refusal when an address sent more than {@code perWindow} of {@code what} (نظر، گزارش). */
  static String limitReached(Duration window, int perWindow, String what) {
    return "از این نشانی در "
        + Fa.number(window.toMinutes())
        + " دقیقهٔ گذشته بیش از "
        + Fa.number(perWindow)
        + " "
        + what
        + " رسیده است؛ کمی بعد دوباره بفرستید.";
  }

  static List<String> problems(Submission s) {
    List<String> errors = new ArrayList<>();
    if (s.name().length() > MAX_NAME) {
      errors.add("نام حداکثر " + Fa.number(MAX_NAME) + " نویسه است.");
    }
    if (s.email().length() > 254 || !EmailValidator.getInstance().isValid(s.email())) {
      errors.add(BAD_EMAIL);
    }
    if (s.oversized()) {
      errors.add(
          "متن نظر حداکثر "
              + Fa.number(MAX_TEXT)
              + " نویسه و نام حداکثر "
              + Fa.number(MAX_NAME)
              + " نویسه است.");
    } else if (s.text().isEmpty()) {
      errors.add(EMPTY_TEXT);
    } else if (s.text().length() > MAX_TEXT) {
      errors.add("متن نظر حداکثر " + Fa.number(MAX_TEXT) + " نویسه است.");
    }
    return errors;
  }

  /**
   * Drops control characters (keeping line breaks) and the spaces and invisible marks (ZWNJ, bidi
   * marks) around the text, so that a text of nothing visible is empty; the text is otherwise the
   * reader's.
   */
  private static String clean(String s) {
    if (s == null) {
      return "";
    }
    String kept = s.replace("\r\n", "\n").replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
    int from = 0;
    int to = kept.length();
    while (from < to && invisible(kept.charAt(from))) {
      from++;
    }
    while (to > from && invisible(kept.charAt(to - 1))) {
      to--;
    }
    return kept.substring(from, to);
  }

  private static boolean invisible(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }
}
