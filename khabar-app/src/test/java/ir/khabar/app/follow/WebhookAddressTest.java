package ir.khabar.app.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Which webhook addresses a follow may have: loopback, private and link-local ones only with {@code
 * --allow-private-webhooks}; and the signature is the standard HMAC-SHA256.
 */
class WebhookAddressTest {
  private final WebhookSender guarded = new WebhookSender(false);
  private final WebhookSender open = new WebhookSender(true);

  @Test
  void internalAddressesAreRefusedUnlessAllowed() {
    for (String url :
        new String[] {
          "http://127.0.0.1:8080/hook",
          "http://localhost/hook",
          "http://10.1.2.3/hook",
          "http://192.168.1.10/hook",
          "http://169.254.169.254/latest/meta-data",
          "http://[::1]/hook"
        }) {
      assertThat(guarded.refusal(URI.create(url))).as(url).isPresent();
      assertThat(open.refusal(URI.create(url))).as(url).isEmpty();
    }
    assertThat(guarded.refusal(URI.create("http://127.0.0.1/")))
        .get()
        .asString()
        .contains("loopback");
    assertThat(guarded.refusal(URI.create("http://169.254.169.254/")))
        .get()
        .asString()
        .contains("link-local");
  }

  @Test
  void onlyHttpAddressesWithAHostAreWebhooks() {
    assertThat(open.refusal(URI.create("ftp://hooks.example.ir/x"))).isPresent();
    assertThat(open.refusal(URI.create("file:///etc/passwd"))).isPresent();
    assertThat(open.refusal(URI.create("https://hooks.example.ir/خبر"))).isEmpty();
  }

  @Test
  void theSignatureIsHmacSha256InHex() {
    assertThat(
            Signature.of(
                "key",
                "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
  }
}
