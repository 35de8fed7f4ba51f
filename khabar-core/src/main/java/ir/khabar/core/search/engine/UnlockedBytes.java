package ir.khabar.core.search.engine;

import java.io.InputStream;

/**
 * A slice of an array as a stream, without the lock {@link java.io.ByteArrayInputStream} takes per
 * byte: {@link java.io.DataInputStream} reads each int of a fingerprint a byte at a time, and the
 * stories stage reads eight fingerprints an article. One reader at a time.
 */
final class UnlockedBytes extends InputStream {
  private final byte[] bytes;
  private final int end;
  private int pos;

  UnlockedBytes(byte[] bytes, int offset, int length) {
    this.bytes = bytes;
    this.pos = offset;
    this.end = offset + length;
  }

  @Override
  public int read() {
    return pos < end ? bytes[pos++] & 0xff : -1;
  }

  @Override
  public int read(byte[] into, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (pos >= end) {
      return -1;
    }
    int n = Math.min(length, end - pos);
    System.arraycopy(bytes, pos, into, offset, n);
    pos += n;
    return n;
  }

  @Override
  public int available() {
    return end - pos;
  }
}
