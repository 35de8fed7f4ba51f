package ir.khabar.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;

/**
 * Inputs carried as one byte stream, so that {@code khabar ingest} can hand what it read to a
 * running server instead of opening the index the server holds. The sender reads its files one at a
 * time within {@link InputLimits} (a file it cannot read travels as the reason); the receiver
 * spools each to disk within the same limits, so the pipeline reads them lazily as it reads local
 * files, and gives the same rejections a local ingest would.
 *
 * <p>The stream is a sequence of frames: a tag byte, the origin (an int length and UTF-8), then
 * either a long length and that many bytes, or a kind of failure and its message; a zero tag ends
 * it. A stream that stops before its end is an error, so a broken upload stores nothing.
 */
public final class InputTransfer {
  private static final int END = 0;
  private static final int CONTENT = 1;
  private static final int UNREADABLE = 2;
  private static final int MISSING = 1;
  private static final int DENIED = 2;
  private static final int OTHER = 3;
  private static final int MAX_TEXT = 64 * 1024;

  private InputTransfer() {}

  /**
   * The inputs as a stream read on demand: each input's bytes are read when the stream gets to it,
   * so one file at a time is held.
   */
  public static InputStream stream(List<Input> inputs) {
    Iterator<Input> it = inputs.iterator();
    Enumeration<InputStream> frames =
        new Enumeration<>() {
          boolean ended;

          @Override
          public boolean hasMoreElements() {
            return !ended;
          }

          @Override
          public InputStream nextElement() {
            if (!it.hasNext()) {
              ended = true;
              return new ByteArrayInputStream(new byte[] {END});
            }
            return frame(it.next());
          }
        };
    return new SequenceInputStream(frames);
  }

  private static InputStream frame(Input input) {
    byte[] bytes;
    try {
      bytes = input.bytes().read();
    } catch (NoSuchFileException e) {
      return failure(input.origin(), MISSING, "");
    } catch (AccessDeniedException e) {
      return failure(input.origin(), DENIED, "");
    } catch (IOException e) {
      return failure(input.origin(), OTHER, String.valueOf(e.getMessage()));
    }
    return new SequenceInputStream(
        frameStart(CONTENT, input.origin(), out -> out.writeLong(bytes.length)),
        new ByteArrayInputStream(bytes));
  }

  private static InputStream failure(String origin, int kind, String message) {
    return frameStart(
        UNREADABLE,
        origin,
        out -> {
          out.writeByte(kind);
          text(out, message);
        });
  }

  /** What a frame's start adds after the tag and origin. */
  private interface Fields {
    void write(DataOutputStream out) throws IOException;
  }

  private static InputStream frameStart(int tag, String origin, Fields fields) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      out.writeByte(tag);
      text(out, origin);
      fields.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return new ByteArrayInputStream(buffer.toByteArray());
  }

  /**
   * Reads a whole stream, spooling each input's bytes into a file of {@code spool}; the inputs read
   * those files. An input over its limit becomes a rejection, its bytes passed over unread.
   */
  public static List<Input> receive(InputStream stream, Path spool) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    List<Input> inputs = new ArrayList<>();
    for (int tag = in.readByte(); tag != END; tag = in.readByte()) {
      String origin = text(in);
      if (tag == CONTENT) {
        inputs.add(content(in, origin, spool.resolve(Integer.toString(inputs.size()))));
      } else if (tag == UNREADABLE) {
        inputs.add(unreadable(origin, in.readByte(), text(in)));
      } else {
        throw new IOException("not a stream of inputs (frame " + tag + ")");
      }
    }
    return inputs;
  }

  private static Input content(DataInputStream in, String origin, Path file) throws IOException {
    long length = in.readLong();
    String tooLarge = InputLimits.check(origin, length).orElse(null);
    if (length < 0 || tooLarge != null) {
      in.skipNBytes(Math.max(0, length));
      return new Input(
          origin,
          () -> {
            throw new InputFiles.Unreadable(tooLarge == null ? "a negative length" : tooLarge);
          });
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (long left = length; left > 0; ) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          throw new EOFException("the stream ended inside " + origin);
        }
        out.write(buffer, 0, n);
        left -= n;
      }
    }
    return new Input(origin, () -> Files.readAllBytes(file));
  }

  private static Input unreadable(String origin, int kind, String message) {
    return new Input(
        origin,
        () -> {
          throw switch (kind) {
            case MISSING -> new NoSuchFileException(origin);
            case DENIED -> new AccessDeniedException(origin);
            default -> new InputFiles.Unreadable(message);
          };
        });
  }

  private static void text(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String text(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_TEXT) {
      throw new IOException("not a stream of inputs (a name of " + length + " bytes)");
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
