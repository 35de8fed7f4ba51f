package ir.khabar.core.understand.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which articles the second blind event gold (event-gold-blind2.json) holds: foreign-relations news
 * drawn with its own seed from Hamshahri years the first blind gold did not use and from Fars News
 * records in neither gold, so the extractor can be measured on text nobody tuned it on.
 */
final class BlindSelection2 {
  static final long SEED = 2117;
  static final List<String> YEARS = List.of("2006", "2007");

  /** The annotated prefix of each stratum's draw (event-gold-blind2.README.md). */
  static final int HAMSHAHRI = 114;

  static final int FARS = 50;

  private BlindSelection2() {}

  /**
   * Hamshahri files then Fars links whose opening names a foreign country and whose text an
   * official role, less {@code excluded}, each stratum shuffled with the seed and cut.
   */
  static List<String> all(Path docs, List<JsonNode> records, Set<String> excluded)
      throws IOException {
    BlindSelection s = new BlindSelection(SEED, YEARS, BlindSelection.ROLES_2);
    Set<String> taken = new HashSet<>(excluded);
    List<String> out = new ArrayList<>();
    out.addAll(s.take(s.hamshahri(docs, taken, true), HAMSHAHRI, taken));
    out.addAll(s.take(s.fars(records, taken, true), FARS, taken));
    return out;
  }
}
