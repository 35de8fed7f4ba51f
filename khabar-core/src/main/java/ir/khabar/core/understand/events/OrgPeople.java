package ir.khabar.core.understand.events;

import ir.khabar.core.understand.entities.EntityRecognizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people who act for an international organisation, not for the country they come from:
 * ElBaradei meets for the IAEA, Annan for the UN, Solana for the EU. Read from the gazetteer's
 * people (whose role, now or «پیشین», names the organisation) and organisations.
 */
final class OrgPeople {
  private static final Map<String, String> ORG_OF = load();

  private OrgPeople() {}

  /** The id of the international organisation a person acts for, or null. */
  static String of(String personId) {
    return ORG_OF.get(personId);
  }

  private static Map<String, String> load() {
    List<String[]> names = new ArrayList<>();
    for (String[] r : rows("organisations.tsv")) {
      if (r.length > 2 && r[2].equals("international")) {
        names.add(new String[] {"org-" + r[0], r[1]});
        if (r.length > 4 && !r[4].equals("-")) {
          for (String alias : r[4].split("\\|")) {
            names.add(new String[] {"org-" + r[0], alias});
          }
        }
      }
    }
    // The longest name first: «شورای امنیت سازمان ملل» before «سازمان ملل».
    names.sort(Comparator.comparingInt((String[] n) -> -n[1].length()));
    Map<String, String> out = new HashMap<>();
    for (String[] r : rows("people.tsv")) {
      // The first office only, and not a country's envoy to the organisation («نماینده … در …»).
      String role = r.length > 3 ? r[3].split("؛")[0] : "";
      if (role.contains("نماینده") || role.contains(" در ")) {
        continue;
      }
      for (String[] n : names) {
        // «دبیرکل ناتو», not «نایب رئیس شورای امنیت روسیه»: the office ends with the name.
        if (n[1].length() > 3 && role.strip().endsWith(n[1])) {
          out.put(r[0], n[0]);
          break;
        }
      }
    }
    return Map.copyOf(out);
  }

  private static List<String[]> rows(String file) {
    List<String[]> out = new ArrayList<>();
    EntityRecognizer.gazetteerRows(file, out::add);
    return out;
  }
}
