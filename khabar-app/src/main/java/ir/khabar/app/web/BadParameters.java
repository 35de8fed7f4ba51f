package ir.khabar.app.web;

import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A query parameter that is not what it must be («limit=abc»), said in Persian: Javalin's own
 * answer is English and a code ({@code TYPE_CONVERSION_FAILED}).
 */
final class BadParameters {
  private BadParameters() {}

  static String message(ValidationException e) {
    return e.getErrors().entrySet().stream()
        .map(BadParameters::one)
        .collect(Collectors.joining(" "));
  }

  private static String one(Map.Entry<String, List<ValidationError<Object>>> entry) {
    Object value = entry.getValue().isEmpty() ? null : entry.getValue().get(0).value;
    return "مقدار «"
        + (value == null ? "" : value)
        + "» برای «"
        + entry.getKey()
        + "» عدد درستی نیست.";
  }
}
