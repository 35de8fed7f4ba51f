package ir.khabar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.khabar.core.extract.Agencies;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs carried from `khabar ingest` to a running server: what arrives reads as the files read
 * where they were, and a file that could not be read there is rejected for the same reason.
 */
class InputTransferTest {
  @TempDir Path dir;

  @Test
  void filesArriveWithTheirBytesAndUnreadableOnesWithTheirReasons() throws Exception {
    String persian = "مصرف گاز خانگی در استان\u200cهای شمالی به رکورد تازه\u200cای رسید.";
    Path text = Files.writeString(dir.resolve("gas.txt"), persian, StandardCharsets.UTF_8);
    Path big = Files.write(dir.resolve("big.html"), new byte[(int) InputLimits.HTML + 1]);
    Path missing = dir.resolve("nowhere.txt");
    List<Input> sent = Input.files(List.of(text, big, missing));
    Path spool = Files.createDirectories(dir.resolve("spool"));

    List<Input> received = InputTransfer.receive(InputTransfer.stream(sent), spool);

    assertThat(received)
        .extracting(Input::origin)
        .containsExactly(text.toString(), big.toString(), missing.toString());
    assertThat(new String(received.get(0).bytes().read(), StandardCharsets.UTF_8))
        .isEqualTo(persian);
    Reading reading = new Reading(Agencies.get());
    for (int i = 1; i < 3; i++) {
      assertThat(reading.read(received.get(i)).rejections())
          .isEqualTo(reading.read(sent.get(i)).rejections())
          .hasSize(1);
    }
    assertThat(reading.read(received.get(1)).rejections().get(0).reason()).contains("too large");
    assertThat(reading.read(received.get(2)).rejections().get(0).reason())
        .isEqualTo("no such file");
  }

  @Test
  void aStreamCutShortIsAnErrorAndAnOversizeFrameIsPassedOver() throws Exception {
    Path text = Files.writeString(dir.resolve("gas.txt"), "خبر", StandardCharsets.UTF_8);
    byte[] whole = InputTransfer.stream(Input.files(List.of(text))).readAllBytes();
    byte[] cut = Arrays.copyOf(whole, whole.length - 3);
    Path cutSpool = Files.createDirectories(dir.resolve("cut"));
    assertThatThrownBy(() -> InputTransfer.receive(new ByteArrayInputStream(cut), cutSpool))
        .isInstanceOf(EOFException.class);

    // A sender that claims more than a text may hold: refused by name, its bytes skipped.
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(raw);
    byte[] name = "huge.txt".getBytes(StandardCharsets.UTF_8);
    out.writeByte(1);
    out.writeInt(name.length);
    out.write(name);
    out.writeLong(InputLimits.TEXT + 1);
    out.write(new byte[(int) InputLimits.TEXT + 1]);
    out.writeByte(0);
    Path spool = Files.createDirectories(dir.resolve("spool"));
    List<Input> received =
        InputTransfer.receive(new ByteArrayInputStream(raw.toByteArray()), spool);
    assertThat(received).hasSize(1);
    assertThatThrownBy(() -> received.get(0).bytes().read()).hasMessageContaining("too large");
    try (var files = Files.list(spool)) {
      assertThat(files).as("nothing of it is spooled").isEmpty();
    }
  }
}
