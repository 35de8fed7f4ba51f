package ir.khabar.app.follow;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Khabar-Signature} of a webhook delivery: {@code sha256=} and the hex HMAC-SHA256 of
 * the exact body with the follow's secret, so a receiver knows the delivery came from this site.
 */
public final class Signature {
  public static final String HEADER = "X-Khabar-Signature";

  private Signature() {}

  public static String of(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }
}
