package ir.khabar.app.web;

import ir.khabar.app.store.Settings;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The site's secret key (kept in the database, so every web node shares it) and what is made with
 * it: keyed hashes of addresses and visitors, signatures of cookies, random tokens.
 */
final class Keys {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final byte[] key;

  Keys(byte[] key) {
    this.key = key.clone();
  }

  static Keys from(Settings settings) {
    String stored = settings.putIfAbsent("site_key", token(32));
    return new Keys(Base64.getUrlDecoder().decode(stored));
  }

  /**
   * A keyed hash: the same input gives the same value, and nobody without the key can invert it.
   */
  String hash(String... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] out = mac.doFinal(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String token(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static boolean same(String a, String b) {
    return a != null
        && b != null
        && MessageDigest.isEqual(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
