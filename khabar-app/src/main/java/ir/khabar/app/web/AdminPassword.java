package ir.khabar.app.web;

import ir.khabar.app.store.Settings;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The moderator's password: {@code KHABAR_ADMIN_PASSWORD} when set; otherwise one generated at the
 * first start, printed once, and kept in the database only as a salted PBKDF2 hash.
 */
final class AdminPassword {
  private static final int ITERATIONS = 120_000;
  private final String stored;

  private AdminPassword(String stored) {
    this.stored = stored;
  }

  static AdminPassword resolve(
      String fromEnvironment, Settings settings, Keys keys, PrintStream out) {
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      // A salt every node derives alike from the shared site key: sessions survive restarts and
      // cross nodes.
      return new AdminPassword(
          hash(fromEnvironment, keys.hash("admin-password-salt").substring(0, 22)));
    }
    return settings
        .get("admin_password")
        .map(AdminPassword::new)
        .orElseGet(
            () -> {
              String generated = Keys.token(12);
              String stands =
                  settings.putIfAbsent("admin_password", hash(generated, Keys.token(16)));
              if (matches(stands, generated)) {
                out.println(
                    "Moderation at /admin: the password is "
                        + generated
                        + " (shown this once; set KHABAR_ADMIN_PASSWORD to choose one)");
              }
              return new AdminPassword(stands);
            });
  }

  boolean matches(String candidate) {
    return candidate != null && matches(stored, candidate);
  }

  /** A value that changes when the password changes (so sessions signed under an old one end). */
  String fingerprint() {
    return stored;
  }

  private static boolean matches(String stored, String candidate) {
    String[] p = stored.split("\\$");
    return Keys.same(p[2], derive(candidate, p[1]));
  }

  private static String hash(String password, String salt) {
    return "pbkdf2$" + salt + "$" + derive(password, salt);
  }

  private static String derive(String password, String salt) {
    try {
      PBEKeySpec spec =
          new PBEKeySpec(
              password.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), ITERATIONS, 256);
      byte[] out =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
