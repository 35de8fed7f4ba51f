package ir.khabar.core.search.engine;

import java.io.DataInput;

/**
 * Reads what {@link java.io.DataOutputStream} wrote (big-endian numbers, {@link
 * DataInput#readUTF}'s modified UTF-8) straight from an array: {@link java.io.DataInputStream} over
 * a {@link java.io.ByteArrayInputStream} takes a lock per byte, and the stories stage reads eight
 * fingerprints an article.
 */
final class FingerprintBytes {
  private final byte[] bytes;
  private final int end;
  private int pos;

  FingerprintBytes(byte[] bytes, int offset, int length) {
    this.bytes = bytes;
    this.pos = offset;
    this.end = offset + length;
  }

  boolean more() {
    return pos < end;
  }

  int readInt() {
    need(4);
    int v =
        (bytes[pos] & 0xff) << 24
            | (bytes[pos + 1] & 0xff) << 16
            | (bytes[pos + 2] & 0xff) << 8
            | bytes[pos + 3] & 0xff;
    pos += 4;
    return v;
  }

  long readLong() {
    long high = readInt();
    return high << 32 | readInt() & 0xffffffffL;
  }

  /** A string as {@link DataInput#readUTF} reads it. */
  String readUtf() {
    need(2);
    int length = (bytes[pos] & 0xff) << 8 | bytes[pos + 1] & 0xff;
    pos += 2;
    need(length);
    int stop = pos + length;
    char[] chars = new char[length];
    int n = 0;
    while (pos < stop) {
      int b = bytes[pos] & 0xff;
      if (b < 0x80) {
        chars[n++] = (char) b;
        pos++;
      } else if (b >> 5 == 0b110 && pos + 1 < stop) {
        chars[n++] = (char) ((b & 0x1f) << 6 | bytes[pos + 1] & 0x3f);
        pos += 2;
      } else if (b >> 4 == 0b1110 && pos + 2 < stop) {
        chars[n++] =
            (char) ((b & 0x0f) << 12 | (bytes[pos + 1] & 0x3f) << 6 | bytes[pos + 2] & 0x3f);
        pos += 3;
      } else {
        throw new IllegalArgumentException("malformed modified UTF-8 at byte " + pos);
      }
    }
    return new String(chars, 0, n);
  }

  private void need(int n) {
    if (end - pos < n) {
      throw new IllegalArgumentException("fingerprint bytes end early");
    }
  }
}
