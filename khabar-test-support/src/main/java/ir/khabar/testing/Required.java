package ir.khabar.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one place a test gives up for want of something outside the build (../shared, chromium,
 * PostgreSQL): it is skipped with the reason, unless {@code KHABAR_REQUIRE_ALL=1} (as in CI), where
 * nothing may be skipped and the same reason fails it.
 */
public final class Required {
  private Required() {}

  /** Whether the environment forbids skipping. */
  public static boolean all() {
    return "1".equals(System.getenv("KHABAR_REQUIRE_ALL"));
  }

  /** Skips (or, under KHABAR_REQUIRE_ALL=1, fails) the calling test unless {@code present}. */
  public static void that(boolean present, String why) {
    if (!present) {
      missing(why);
    }
  }

  /**
   * Skips (or, under KHABAR_REQUIRE_ALL=1, fails) the calling test: {@code why} says what is
   * missing.
   */
  public static void missing(String why) {
    if (all()) {
      Assertions.fail(why + ", and KHABAR_REQUIRE_ALL=1 forbids skipping");
    }
    Assumptions.abort(why + ": skipping");
  }
}
