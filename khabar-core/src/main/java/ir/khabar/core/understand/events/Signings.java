package ir.khabar.core.understand.events;

import ir.khabar.core.Event;
import java.util.List;

/**
 * Whether an agreement's word tells a signing. A verb of signing or concluding is one («امضا
 * کردند», «منعقد شد», «به توافق رسیدند», «عقد قرارداد», «نهایی شد»); an agreement's noun is one
 * only in a clause that signs or concludes it («قرارداد … را امضا کردند»), else it names a treaty
 * the encounter is about («درباره اجرای توافق‌نامه …», «براساس قرارداد …»).
 */
final class Signings {
  private Signings() {}

  /** Whether the agreement's word at i, in clause c, is signed or concluded there. */
  static boolean sealed(List<String> keys, int i, Clause c) {
    if (EventWords.typeAt(keys, i) != Event.Type.AGREEMENT || sealing(keys.get(i))) {
      return true;
    }
    if (i + 1 < keys.size() && keys.get(i).startsWith("توافق") && reached(keys.get(i + 1))) {
      return true;
    }
    for (int k = c.from(); k < c.to(); k++) {
      if (sealing(keys.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Signed, concluded, contracted, exchanged or finalised: «عقد قرارداد», «نهایی شد». */
  private static boolean sealing(String key) {
    return key.startsWith("امضا")
        || key.startsWith("منعقد")
        || key.equals("عقد")
        || key.startsWith("بست")
        || key.equals("نهایی")
        || key.equals("مبادله");
  }

  /** «به توافق رسیدند», «توافق کردند»: the verb after «توافق» that makes it a deal reached. */
  private static boolean reached(String key) {
    return key.startsWith("رسید") || key.startsWith("کرد");
  }
}
