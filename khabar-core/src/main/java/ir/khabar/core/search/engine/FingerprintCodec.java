package ir.khabar.core.search.engine;

import ir.khabar.core.stories.Fingerprint;
import ir.khabar.core.stories.StoryCandidate;
import ir.khabar.persian.date.JalaliDates;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Set;
import org.apache.lucene.util.BytesRef;

/**
 * A story candidate as one value of bytes: id, story, fingerprint. Engines keep it where it is read
 * per document without decompressing stored fields (doc values), which keeps the stories stage's
 * lookups cheap as the index grows.
 */
public final class FingerprintCodec {
  private FingerprintCodec() {}

  public static byte[] encode(String id, String story, Fingerprint f) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(640);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(id);
      out.writeUTF(story == null ? id : story);
      for (int v : f.minhash()) {
        out.writeInt(v);
      }
      out.writeInt(f.shingles());
      out.writeLong(
          f.published() == null ? Long.MIN_VALUE : f.published().toInstant().toEpochMilli());
      out.writeUTF(String.join(" ", f.headline()));
      out.writeUTF(String.join(" ", f.names()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static StoryCandidate decode(BytesRef ref) {
    try (DataInputStream in =
        new DataInputStream(new UnlockedBytes(ref.bytes, ref.offset, ref.length))) {
      String id = in.readUTF();
      String story = in.readUTF();
      int[] minhash = new int[Fingerprint.HASHES];
      for (int i = 0; i < minhash.length; i++) {
        minhash[i] = in.readInt();
      }
      int shingles = in.readInt();
      long published = in.readLong();
      String headline = in.readUTF();
      String names =
          in.available() > 0 ? in.readUTF() : ""; // indexes written before names were kept
      return new StoryCandidate(
          id,
          story,
          new Fingerprint(
              minhash,
              shingles,
              headline.isEmpty() ? Set.of() : Set.of(headline.split(" ")),
              published == Long.MIN_VALUE
                  ? null
                  : Instant.ofEpochMilli(published).atZone(JalaliDates.TEHRAN),
              names.isEmpty() ? Set.of() : Set.of(names.split(" "))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
