package ir.khabar.core.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.stories.Fingerprint;
import ir.khabar.core.stories.StoryCandidate;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Set;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class FingerprintCodecTest {
  private static int[] minhash() {
    int[] m = new int[Fingerprint.HASHES];
    Arrays.setAll(m, i -> i * 0x9E3779B9);
    m[3] = Integer.MIN_VALUE;
    m[4] = Integer.MAX_VALUE;
    return m;
  }

  @Test
  void readsBackWhatItWrote() {
    Fingerprint f =
        new Fingerprint(
            minhash(),
            417,
            // Persian, a NUL and a letter outside the BMP: the three widths of modified UTF-8
            Set.of("مذاکرات", "هسته\u0000ای", "\uD835\uDC00x", "iran"),
            ZonedDateTime.parse("2025-10-22T07:40:00+03:30[Asia/Tehran]"),
            Set.of("ali-larijani", "abbas-araghchi"));
    byte[] bytes = FingerprintCodec.encode("0123456789abcdef", "fedcba9876543210", f);
    byte[] padded = new byte[bytes.length + 7];
    System.arraycopy(bytes, 0, padded, 5, bytes.length);

    StoryCandidate c = FingerprintCodec.decode(new BytesRef(padded, 5, bytes.length));

    assertThat(c.id()).isEqualTo("0123456789abcdef");
    assertThat(c.story()).isEqualTo("fedcba9876543210");
    assertThat(c.fingerprint()).isEqualTo(f);
    assertThat(c.fingerprint().shingles()).isEqualTo(417);
    assertThat(c.fingerprint().published().toInstant()).isEqualTo(f.published().toInstant());
    assertThat(c.fingerprint().bands()).isEqualTo(f.bands());
  }

  @Test
  void readsARecordFromBeforeNamesWereKept() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF("a1");
      out.writeUTF("s1");
      for (int v : minhash()) {
        out.writeInt(v);
      }
      out.writeInt(12);
      out.writeLong(Long.MIN_VALUE);
      out.writeUTF("");
    }

    StoryCandidate c = FingerprintCodec.decode(new BytesRef(bytes.toByteArray()));

    assertThat(c.fingerprint()).isEqualTo(new Fingerprint(minhash(), 12, Set.of(), null, Set.of()));
  }
}
