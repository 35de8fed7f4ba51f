package ir.khabar.core.understand.events;

import static ir.khabar.core.understand.events.EventSentences.countries;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events' twentieth pass (seventeenth session), from Khabar's output on Hamshahri development
 * files and Fars records outside every gold: sentences of those texts, letters and half-spaces as a
 * reader writes them; each rule beside a sentence it must leave alone.
 */
class EventTwentiethPassRulesTest {
  @Test
  void aVisitNamesItsVisitor() {
    assertThat(
            countries(
                "روز شنبه دو کامیون که از افغانستان وارد پاکستان می\u200cشدند پس از یک درگیری"
                    + " مسلحانه با سرنشینان آنها به تصرف نیروهای دولت درآمد و مشخص شد که حاوی"
                    + " سلاح، موشک انداز و مقادیر زیادی مهمات هستند."))
        .isEmpty();
    assertThat(
            countries(
                "یک گروه شورشی تحت حمایت رواندا نیز در این پیمان حضور دارد گفتنی است که گروه"
                    + " بمبا قبلا به جمهوری آفریقای مرکزی رفته بودند تا به رئیس جمهور آن در سرکوب"
                    + " و تلاش برای کودتا کمک کنند."))
        .isEmpty();
    assertThat(countries("هیات بلندپایه شورای حکومتی عراق راهی ایران شد"))
        .containsExactly(Set.of("IQ", "IR"));
  }
}
